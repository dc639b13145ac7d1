package io.github.jiceng.governance.testkit;


import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRules;
import java.time.LocalDate;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The co-building fund of 蓝天街道; see {@link Generators#fund()}. */
final class FundGenerator implements CommandGenerator<FundCommand, FundBook, FundEvent> {

  static final FundId ID = FundId.of("lantian-fund");
  static final Fund LANTIAN = Fund.builder().id(ID).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
      .launchedOn(LocalDate.of(2021, 6, 9)).build();
  /** Local midnight of the launch day, 2021-06-09T00:00+08:00. */
  static final Instant LAUNCH = LANTIAN.launchedAt();
  static final PersonId CLERK = PersonId.of("p-clerk");
  static final PersonId SECRETARY = PersonId.of("p-secretary");
  static final PersonId TREASURER = PersonId.of("p-treasurer");
  static final PersonId DEPUTY = PersonId.of("p-deputy");
  static final PersonId OUTSIDER = PersonId.of("p-outsider");
  static final DisbursementPolicy POLICY =
      FundPolicies.streetDefault("lantian-fund@2021", List.of(SECRETARY, TREASURER, DEPUTY));
  static final List<PersonId> STAFF = List.of(CLERK, SECRETARY, TREASURER, DEPUTY, OUTSIDER);
  /** The co-building units that pledge. */
  static final List<OrganizationId> UNITS = List.of(OrganizationId.of("unit-a"), OrganizationId.of("unit-b"),
      OrganizationId.of("unit-c"));
  /** The street default without a rule for orphans, so that one category is not allowed. */
  static final DisbursementPolicy WITHOUT_ORPHANS = DisbursementPolicy.builder()
      .label("lantian-fund@contract").addAllApprovers(POLICY.approvers()).addAllApprovalTiers(POLICY.approvalTiers())
      .addAllCategoryRules(POLICY.categoryRules().stream().filter(r -> r.category() != OutflowCategory.ORPHANS).toList())
      .build();
  static final FundRules RULES = FundRules.of(LANTIAN, WITHOUT_ORPHANS);

  @Override
  public FundRules rules(long seed) {
    return RULES;
  }

  @Override
  public List<FundCommand> commands(long seed) {
    return new Sequence(new Random(seed)).commands();
  }

  static Donation donation(EntryId id, Money amount, Optional<Earmark> earmark, Instant at) {
    return Sequence.donation(id, amount, earmark, at);
  }
  /** Builds one seed's commands: mostly lawful, some repeated, some refusable. */
  private static final class Sequence {

    private final Random random;
    private final List<FundCommand> out = new ArrayList<>();
    private final List<Donation> donations = new ArrayList<>();
    private final List<DisbursementRequest> requests = new ArrayList<>();
    private final List<FundCommand.Pay> payments = new ArrayList<>();
    private final List<Pledge> pledges = new ArrayList<>();
    private final Map<PledgeId, Money> paidOn = new LinkedHashMap<>();
    private Instant now = LAUNCH.plus(Duration.ofHours(9));
    private int entries;
    private int ids;

    Sequence(Random random) {
      this.random = random;
    }

    List<FundCommand> commands() {
      donate(Money.ofYuan(String.valueOf(20_000 + random.nextInt(200_000))), Optional.empty());
      int steps = 60 + random.nextInt(80);
      for (int step = 0; step < steps; step++) {
        now = now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 2)));
        int op = random.nextInt(100);
        if (op < 14) {
          int k = random.nextInt(10);
          if (k < 2) {
            pledge();
          } else if (k < 5 && !pledges.isEmpty()) {
            payPledge();
          } else {
            donate(amount(), random.nextInt(6) == 0
                ? Optional.of(Earmark.forCategory(category()))
                : Optional.empty());
          }
        } else if (op < 20 && !donations.isEmpty()) {
          oddDonation();
        } else if (op < 40) {
          out.add(new FundCommand.Request(newRequest()));
        } else if (op < 45 && !requests.isEmpty()) {
          oddRequest();
        } else if (op < 63 && !requests.isEmpty()) {
          out.add(new FundCommand.Approve(requestId(), staff(), instant()));
        } else if (op < 67 && !requests.isEmpty()) {
          out.add(new FundCommand.Decline(requestId(), staff(), instant(), "不符合条件"));
        } else if (op < 82 && !requests.isEmpty()) {
          EntryId entry = random.nextInt(8) == 0 && entries > 0
              ? EntryId.of("e-" + random.nextInt(entries))
              : EntryId.of("e-" + entries++);
          FundCommand.Pay pay = new FundCommand.Pay(requestId(), entry, random.nextInt(6) == 0 ? CLERK : TREASURER,
              random.nextInt(30) == 0 ? Instant.MAX : now);
          payments.add(pay);
          out.add(pay);
        } else if (op < 87 && !payments.isEmpty()) {
          out.add(payments.get(random.nextInt(payments.size())));
        } else if (op < 94) {
          out.add(new FundCommand.Record(storedDisbursement()));
        } else if (op < 97 && !donations.isEmpty()) {
          List<LedgerEntry> batch = new ArrayList<>();
          batch.add(donations.get(random.nextInt(donations.size())));
          batch.add(donation(EntryId.of("e-" + entries++), Money.ofYuan("100"), Optional.empty(),
              random.nextInt(4) == 0 ? now.minus(Duration.ofDays(3)) : now));
          out.add(new FundCommand.RecordAll(batch));
        } else if (op < 99) {
          hardshipBurst();
        }
      }
      return out;
    }

    private void donate(Money amount, Optional<Earmark> earmark) {
      Donation d = donation(EntryId.of("e-" + entries++), amount, earmark, now);
      donations.add(d);
      out.add(new FundCommand.Donate(d));
    }

    /** A unit pledges; sometimes a pledge again, or its id with other content. */
    private void pledge() {
      int k = random.nextInt(8);
      if (k == 0 && !pledges.isEmpty()) {
        out.add(new FundCommand.Pledge(pledges.get(random.nextInt(pledges.size()))));   // the same pledge again
        return;
      }
      PledgeId id = k == 1 && !pledges.isEmpty() ? pledges.get(random.nextInt(pledges.size())).id()
          : PledgeId.of("pl-" + pledges.size());
      Pledge p = Pledge.builder().id(id).fund(ID).at(now).channel(DonationChannel.DIRECTED)
          .donorKind(DonationChannel.DIRECTED.donorKind()).donor(UNITS.get(random.nextInt(UNITS.size())))
          .amount(Money.ofYuan(String.valueOf(1_000 + random.nextInt(200_000))))
          .dueOn(random.nextBoolean() ? Optional.of(LocalDate.of(2021, 12, 31)) : Optional.empty()).build();
      if (!paidOn.containsKey(id)) {
        pledges.add(p);
        paidOn.put(id, Money.ZERO);
      }
      out.add(new FundCommand.Pledge(p));
    }

    /**
     * A donation paying a pledge: mostly within what is outstanding, sometimes all of it, over it,
     * by another donor or naming a pledge never made.
     */
    private void payPledge() {
      Pledge p = pledges.get(random.nextInt(pledges.size()));
      Money outstanding = p.amount().minus(paidOn.get(p.id()));
      int k = random.nextInt(12);
      ActorId donor = k == 0 ? OrganizationId.of("unit-other") : p.donor();
      PledgeId pledge = k == 1 ? PledgeId.of("pl-unknown") : p.id();
      Money amount;
      if (k == 2 || outstanding.isZero()) {
        amount = outstanding.plus(Money.ofYuan("1"));
      } else if (k < 6) {
        amount = outstanding;
      } else {
        amount = Money.ofFen(1 + random.nextLong(outstanding.fen()));
      }
      Donation d = Donation.builder().id(EntryId.of("e-" + entries++)).fund(ID).at(now).channel(DonationChannel.DIRECTED)
          .donorKind(DonationChannel.DIRECTED.donorKind()).donor(donor).amount(amount)
          .earmark(random.nextInt(5) == 0 ? Optional.of(Earmark.forCategory(category())) : Optional.empty())
          .pledge(pledge).build();
      if (k > 2 && !outstanding.isZero()) {
        paidOn.put(p.id(), paidOn.get(p.id()).plus(amount));
        donations.add(d);
      }
      out.add(new FundCommand.Donate(d));
    }

    private void oddDonation() {
      Donation old = donations.get(random.nextInt(donations.size()));
      switch (random.nextInt(4)) {
        case 0 -> out.add(new FundCommand.Donate(old));   // the same donation again
        case 1 -> out.add(new FundCommand.Donate(donation(old.id(), old.amount().plus(Money.ofFen(1)), old.earmark(),
            old.at())));                                  // its id with other content
        case 2 -> out.add(new FundCommand.Donate(donation(EntryId.of("e-" + entries++), Money.ofYuan("10"),
            Optional.empty(), now.minus(Duration.ofDays(4)))));   // before the last entry
        default -> out.add(new FundCommand.Donate(Donation.builder().id(EntryId.of("e-" + entries++))
            .fund(FundId.of("other-fund")).at(now).channel(DonationChannel.LEAD)
            .donorKind(DonationChannel.LEAD.donorKind()).amount(Money.ofYuan("10")).build()));
      }
    }

    private static Donation donation(EntryId id, Money amount, Optional<Earmark> earmark, Instant at) {
      return Donation.builder().id(id).fund(ID).at(at).channel(DonationChannel.DIRECTED)
          .donorKind(DonationChannel.DIRECTED.donorKind()).amount(amount).earmark(earmark).build();
    }

    private DisbursementRequest newRequest() {
      OutflowCategory category = category();
      ActorId recipient = random.nextInt(5) == 0
          ? OrganizationId.of("org-" + random.nextInt(3))
          : PersonId.of("res-" + random.nextInt(6));
      Instant at = random.nextInt(25) == 0 ? LAUNCH.minus(Duration.ofDays(1)) : now;
      DisbursementRequest.Builder b = DisbursementRequest.builder().id(RequestId.of("r-" + ids++))
          .fund(random.nextInt(40) == 0 ? FundId.of("other-fund") : ID).category(category).recipient(recipient)
          .amount(amount()).requestedBy(random.nextInt(8) == 0 ? DEPUTY : CLERK).requestedAt(at)
          .purpose("申请 " + category);
      if (category.needsProject()) {
        b.project(io.github.jiceng.governance.model.service.ProjectId.of("pr-" + random.nextInt(3)));
      }
      DisbursementRequest r = b.build();
      requests.add(r);
      return r;
    }

    private void oddRequest() {
      DisbursementRequest old = requests.get(random.nextInt(requests.size()));
      out.add(new FundCommand.Request(random.nextBoolean() ? old
          : DisbursementRequest.builder().id(old.id()).fund(old.fund()).category(old.category()).project(old.project())
              .recipient(old.recipient()).amount(old.amount().plus(Money.ofFen(1))).requestedBy(old.requestedBy())
              .requestedAt(old.requestedAt()).purpose(old.purpose()).build()));
    }

    private void hardshipBurst() {
      donate(Money.ofYuan("300000"), Optional.empty());
      for (int k = 0; k < 22; k++) {
        DisbursementRequest r = DisbursementRequest.builder().id(RequestId.of("r-" + ids++)).fund(ID)
            .category(OutflowCategory.HARDSHIP).recipient(PersonId.of("burst-" + ids)).amount(Money.ofYuan("10000"))
            .requestedBy(CLERK).requestedAt(now).purpose("救难").build();
        requests.add(r);
        out.add(new FundCommand.Request(r));
      }
    }

    /** A disbursement kept in storage, with one or two approvals, sometimes by an outsider. */
    private Disbursement storedDisbursement() {
      Money amount = random.nextBoolean() ? Money.ofYuan("500") : Money.ofYuan("15000");
      DisbursementRequest r = DisbursementRequest.builder().id(RequestId.of("r-" + ids++)).fund(ID)
          .category(OutflowCategory.PUBLIC_WELFARE).recipient(OrganizationId.of("org-team")).amount(amount)
          .requestedBy(CLERK).requestedAt(now.minus(Duration.ofHours(2))).purpose("公益项目").build();
      requests.add(r);
      List<Approval> approvals = new ArrayList<>();
      approvals.add(new Approval(random.nextInt(6) == 0 ? OUTSIDER : SECRETARY, now.minus(Duration.ofHours(1))));
      if (random.nextBoolean()) {
        approvals.add(new Approval(TREASURER, now.minus(Duration.ofMinutes(30))));
      }
      return Disbursement.builder().id(EntryId.of("e-" + entries++)).at(now).request(r).addAllApprovals(approvals)
          .paidBy(DEPUTY).addDraw(new Draw(Optional.empty(), amount)).build();
    }

    private RequestId requestId() {
      return random.nextInt(15) == 0 ? RequestId.of("r-unknown")
          : requests.get(random.nextInt(requests.size())).id();
    }

    private PersonId staff() {
      return STAFF.get(random.nextInt(STAFF.size()));
    }

    /** Now, mostly; sometimes before the request's day or outside the time limits. */
    private Instant instant() {
      int k = random.nextInt(30);
      return k == 0 ? Instant.MAX : k == 1 ? LAUNCH.minus(Duration.ofDays(2)) : now;
    }

    private OutflowCategory category() {
      OutflowCategory[] all = OutflowCategory.values();
      return all[random.nextInt(all.length)];
    }

    /** From one fen to 250,000 yuan, most of them small, some on the caps' and tiers' edges. */
    private Money amount() {
      return switch (random.nextInt(6)) {
        case 0 -> Money.ofFen(1 + random.nextInt(100_000));
        case 1 -> Money.ofYuan("10000").plus(Money.ofFen(random.nextInt(3) - 1));
        case 2 -> Money.ofFen(1 + random.nextLong(25_000_000L));
        default -> Money.ofFen(100 + random.nextLong(600_000L));
      };
    }
  }
}
