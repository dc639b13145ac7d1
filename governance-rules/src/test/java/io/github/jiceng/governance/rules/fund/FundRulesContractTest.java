package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.CLERK;
import static io.github.jiceng.governance.rules.fund.Funds.DEPUTY;
import static io.github.jiceng.governance.rules.fund.Funds.ID;
import static io.github.jiceng.governance.rules.fund.Funds.LANTIAN;
import static io.github.jiceng.governance.rules.fund.Funds.LAUNCH;
import static io.github.jiceng.governance.rules.fund.Funds.OUTSIDER;
import static io.github.jiceng.governance.rules.fund.Funds.POLICY;
import static io.github.jiceng.governance.rules.fund.Funds.SECRETARY;
import static io.github.jiceng.governance.rules.fund.Funds.TREASURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.decider.DeciderHarness;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;

/**
 * The fund's rules run through the generic decider contract over many seeds: random sequences of
 * donations, requests, approvals, declines, payments and stored entries, valid, repeated and
 * refusable, reach every variant of a decision and every refusal code of the fund; and every
 * refusal's arguments are exactly the placeholders of its messages in both languages.
 */
final class FundRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = SeedCount.of(240, 60);
  private static final List<PersonId> STAFF = List.of(CLERK, SECRETARY, TREASURER, DEPUTY, OUTSIDER);
  /** The street default without a rule for orphans, so that one category is not allowed. */
  private static final DisbursementPolicy WITHOUT_ORPHANS = DisbursementPolicy.builder()
      .label("lantian-fund@contract").addAllApprovers(POLICY.approvers()).addAllApprovalTiers(POLICY.approvalTiers())
      .addAllCategoryRules(POLICY.categoryRules().stream().filter(r -> r.category() != OutflowCategory.ORPHANS).toList())
      .build();
  private static final FundRules RULES = FundRules.of(LANTIAN, WITHOUT_ORPHANS);

  @Test
  void randomCommandsReachEveryVariantAndEveryRefusalCodeWhileTheContractHolds() {
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    Set<String> keys = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<FundCommand> commands = new Generator(new Random(seed)).commands();
      DeciderHarness.Run run = DeciderHarness.run("seed " + seed, RULES, commands);
      assertThat(run.applied() + run.unchanged() + run.refused()).as("seed %s", seed).isEqualTo(commands.size());
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      keys.addAll(run.refusalKeys());
    }
    assertThat(applied).as("applied").isPositive();
    assertThat(unchanged).as("unchanged").isPositive();
    assertThat(refused).as("refused").isPositive();
    assertThat(keys).as("refusal codes reached over %s seeds", SEEDS)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(FundRefusal.values()).map(FundRefusal::key).toList());
  }

  @Test
  void everyRefusalCarriesExactlyTheArgumentsItsMessagesNameInBothLanguages() throws IOException {
    Map<String, Set<String>> en = placeholders("refusals_en.properties");
    Map<String, Set<String>> zh = placeholders("refusals_zh.properties");
    List<String> keys = Arrays.stream(FundRefusal.values()).map(FundRefusal::key).toList();
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(zh).as("the Chinese templates name the same arguments as the English ones").isEqualTo(en);
    Set<String> met = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<FundCommand, FundBook, FundEvent> stream = InMemoryStream.open(RULES);
      for (FundCommand c : new Generator(new Random(seed)).commands()) {
        Optional<Refusal> refusal = stream.handle(c).refusalIfAny();
        if (refusal.isPresent()) {
          Refusal r = refusal.get();
          met.add(r.code().key());
          assertThat(r.arguments().keySet()).as("seed %s: the arguments of %s", seed, r)
              .isEqualTo(en.get(r.code().key()));
          assertThat(r.detail()).as("seed %s", seed).isNotBlank();
        }
      }
    }
    assertThat(met).containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void anEventNoDecisionCouldHaveProducedIsAnIllegalState() {
    Donation d = Generator.donation(EntryId.of("d-1"), Money.ofYuan("100"), Optional.empty(), LAUNCH);
    FundBook funded = RULES.evolve(RULES.initialState(), new FundEvent.Booked(d));
    Instant later = LAUNCH.plus(Duration.ofDays(1));
    assertThatThrownBy(() -> RULES.evolve(funded, new FundEvent.Booked(d)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("d-1");
    assertThatThrownBy(() -> RULES.evolve(funded, new FundEvent.Approved(RequestId.of("r-none"),
        new Approval(SECRETARY, later)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown");
    DisbursementRequest r = DisbursementRequest.builder().id(RequestId.of("r-1")).fund(ID)
        .category(OutflowCategory.ELDERLY).recipient(PersonId.of("res-1")).amount(Money.ofYuan("50"))
        .requestedBy(CLERK).requestedAt(later).purpose("扶老").build();
    FundBook requested = RULES.evolve(funded, new FundEvent.Requested(r));
    assertThatThrownBy(() -> RULES.evolve(requested, new FundEvent.Requested(r)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(requested, new FundEvent.Approved(r.id(), new Approval(CLERK, later))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("p-clerk");
    FundBook declined = RULES.evolve(requested, new FundEvent.Declined(r.id(),
        new io.github.jiceng.governance.model.fund.Decline(SECRETARY, later, "不符合条件")));
    assertThatThrownBy(() -> RULES.evolve(declined, new FundEvent.Approved(r.id(), new Approval(TREASURER, later))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DECLINED");
    assertThat(RULES.fold(RULES.initialState(), List.of(new FundEvent.Booked(d), new FundEvent.Requested(r))))
        .isEqualTo(requested);
  }

  @Test
  void keysAreTheFeatureAndTheConstantInKebabCase() {
    assertThat(FundRefusal.OVER_CASE_CAP.key()).isEqualTo("fund.over-case-cap");
    assertThat(FundRefusal.REQUESTER_CANNOT_APPROVE.key()).isEqualTo("fund.requester-cannot-approve");
    assertThat(Arrays.stream(FundRefusal.values()).map(FundRefusal::key).distinct()).hasSize(FundRefusal.values().length);
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

  private static Map<String, Set<String>> placeholders(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FundRefusal.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String key : p.stringPropertyNames()) {
      Set<String> names = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
      while (m.find()) {
        names.add(m.group(1));
      }
      out.put(key, names);
    }
    return out;
  }

  /** Builds one seed's commands: mostly lawful, some repeated, some refusable. */
  private static final class Generator {

    private final Random random;
    private final List<FundCommand> out = new ArrayList<>();
    private final List<Donation> donations = new ArrayList<>();
    private final List<DisbursementRequest> requests = new ArrayList<>();
    private final List<FundCommand.Pay> payments = new ArrayList<>();
    private Instant now = LAUNCH.plus(Duration.ofHours(9));
    private int entries;
    private int ids;

    Generator(Random random) {
      this.random = random;
    }

    List<FundCommand> commands() {
      donate(Money.ofYuan(String.valueOf(20_000 + random.nextInt(200_000))), Optional.empty());
      int steps = 60 + random.nextInt(80);
      for (int step = 0; step < steps; step++) {
        now = now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 2)));
        int op = random.nextInt(100);
        if (op < 14) {
          donate(amount(), random.nextInt(6) == 0
              ? Optional.of(Earmark.forCategory(category()))
              : Optional.empty());
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
