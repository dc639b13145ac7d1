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

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random sequences of donations, requests, approvals, declines, payments, replays and conflicting
 * entries, checked after every step: conservation to the fen, no holding below zero, maker-checker
 * on every booked disbursement, unchanged books on refusals, and at the end a replay of the ledger
 * into a fresh book and reports over random consecutive periods.
 */
final class FundPropertyTest {

  private static final List<PersonId> STAFF = List.of(CLERK, SECRETARY, TREASURER, DEPUTY, OUTSIDER);
  private static final List<ProjectId> PROJECTS =
      List.of(ProjectId.of("pr-1"), ProjectId.of("pr-2"), ProjectId.of("pr-3"), ProjectId.of("pr-4"));

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void conservationBalancesAndMakerCheckerHoldUnderRandomSequences(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FundRules rules = FundRules.of(LANTIAN, POLICY);
    FundBook book = rules.initialState();
    List<FundEvent> events = new ArrayList<>();
    Instant now = LAUNCH;
    List<RequestId> requests = new ArrayList<>();
    int entryIds = 0;
    int steps = 150 + random.nextInt(150);
    int paid = 0;
    for (int step = 0; step < steps; step++) {
      String where = "seed " + seed + " step " + step;
      now = now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
      Instant at = random.nextInt(20) == 0 ? now.minus(Duration.ofDays(1 + random.nextInt(30))) : now;
      int op = random.nextInt(100);
      FundBook.Step o;
      if (op < 30) {
        o = book.donate(randomDonation(random, "e" + entryIds++, at));
      } else if (op < 55) {
        DisbursementRequest r = randomRequest(random, "r" + requests.size(), at);
        requests.add(r.id());
        o = book.request(r);
      } else if (op < 75 && !requests.isEmpty()) {
        RequestId id = pick(random, book, requests, CaseStatus.PENDING);
        PersonId who = STAFF.get(random.nextInt(STAFF.size()));
        o = book.approve(id, who, at);
        expectMakerChecker(book, id, who, o, where);
      } else if (op < 80 && !requests.isEmpty()) {
        RequestId id = requests.get(random.nextInt(requests.size()));
        o = book.decline(id, STAFF.get(random.nextInt(STAFF.size())), at, "不予批准");
      } else if (op < 93 && !requests.isEmpty()) {
        RequestId id = pick(random, book, requests, CaseStatus.APPROVED);
        PersonId payer = STAFF.get(random.nextInt(STAFF.size()));
        boolean reuse = entryIds > 0 && random.nextInt(10) == 0;
        EntryId entry = EntryId.of("e" + (reuse ? random.nextInt(entryIds) : entryIds++));
        o = book.pay(id, entry, payer, at);
        Optional<DisbursementCase> c = book.findCase(id);
        if (c.isPresent() && c.get().status() == CaseStatus.APPROVED && payer.equals(c.get().request().requestedBy())) {
          assertThat(code(o)).as(where).contains(FundRefusal.REQUESTER_CANNOT_PAY);
        }
        if (o.decision() instanceof Decision.Applied<FundEvent> a) {
          Disbursement d = (Disbursement) ((FundEvent.Booked) a.last()).entry();
          assertThat(d.id()).as(where).isEqualTo(entry);
          assertThat(o.book().findCase(id).orElseThrow().payment().orElseThrow().entry()).as(where).isEqualTo(entry);
          paid++;
        }
      } else if (!book.ledger().entries().isEmpty()) {
        LedgerEntry old = book.ledger().entries().get(random.nextInt(book.ledger().size()));
        if (random.nextBoolean() || !(old instanceof Donation)) {
          o = book.record(old);
          assertThat(o.decision()).as(where + " replay of " + old.id())
              .isEqualTo(Decision.unchanged(List.of(new FundEvent.Booked(old))));
        } else {
          Donation d = (Donation) old;
          Donation changed = Donation.builder().id(d.id()).fund(d.fund()).at(d.at()).channel(d.channel())
              .donorKind(d.donorKind()).donor(d.donor()).amount(d.amount().plus(Money.ofFen(1))).earmark(d.earmark())
              .build();
          o = book.donate(changed);
          assertThat(code(o)).as(where + " reuse of " + old.id()).contains(FundRefusal.CONFLICTING_ID);
        }
      } else {
        continue;
      }
      if (!(o.decision() instanceof Decision.Applied)) {
        assertThat(o.book()).as(where + " unchanged after " + o).isSameAs(book);
      } else {
        assertThat(o.book()).as(where + " the fold of the events").isEqualTo(rules.fold(book, o.decision().events()));
      }
      events.addAll(o.decision() instanceof Decision.Applied ? o.decision().events() : List.of());
      book = o.book();
      checkInvariants(book, where);
    }
    assertThat(paid).as("seed %s paid something", seed).isPositive();
    checkReplay(book, "seed " + seed);
    assertThat(rules.fold(rules.initialState(), events)).as("seed %s: the book is the fold of its events", seed)
        .isEqualTo(book);
    checkReportsChain(book, random, now, "seed " + seed);
  }

  /** Picks a request of the status most of the time, any request otherwise. */
  private static RequestId pick(SplittableRandom random, FundBook book, List<RequestId> requests, CaseStatus status) {
    List<RequestId> of = book.cases().stream().filter(c -> c.status() == status).map(DisbursementCase::id).toList();
    return !of.isEmpty() && random.nextInt(4) != 0
        ? of.get(random.nextInt(of.size()))
        : requests.get(random.nextInt(requests.size()));
  }

  private static void expectMakerChecker(FundBook before, RequestId id, PersonId who, FundBook.Step o, String where) {
    Optional<DisbursementCase> c = before.findCase(id);
    if (c.isEmpty() || c.get().status() != CaseStatus.PENDING) {
      assertThat(o.decision()).as(where).isInstanceOf(Decision.Refused.class);
      return;
    }
    DisbursementRequest r = c.get().request();
    if (who.equals(r.requestedBy())) {
      assertThat(code(o)).as(where + " requester approves").contains(FundRefusal.REQUESTER_CANNOT_APPROVE);
    } else if (!POLICY.approvers().contains(who)) {
      assertThat(code(o)).as(where + " outsider approves").contains(FundRefusal.NOT_AN_APPROVER);
    } else if (c.get().approvals().stream().anyMatch(a -> a.approver().equals(who))) {
      assertThat(code(o)).as(where + " approves twice").contains(FundRefusal.DUPLICATE_APPROVER);
    } else if (o.decision() instanceof Decision.Applied) {
      int needed = POLICY.approvalsRequired(r.amount());
      int have = c.get().approvals().size() + 1;
      assertThat(o.book().approvalsRemaining(id)).as(where + " approvals remaining").isEqualTo(Math.max(0, needed - have));
      assertThat(o.book().findCase(id).orElseThrow().status()).as(where)
          .isEqualTo(have >= needed ? CaseStatus.APPROVED : CaseStatus.PENDING);
    }
  }

  /** The refusal code of a step, if it was refused. */
  private static Optional<FundRefusal> code(FundBook.Step o) {
    return o.decision().refusalIfAny().map(r -> (FundRefusal) r.code());
  }

  private static void checkInvariants(FundBook book, String where) {
    Ledger l = book.ledger();
    long in = 0;
    long out = 0;
    Map<Account, Long> held = new TreeMap<>();
    for (LedgerEntry e : l.entries()) {
      assertThat(e.debits()).as(where + " entry " + e.id() + " balances").isEqualTo(e.credits());
      if (e instanceof Donation d) {
        in += d.amount().fen();
        held.merge(d.holding(), d.amount().fen(), Long::sum);
      } else {
        Disbursement d = (Disbursement) e;
        out += d.amount().fen();
        for (Draw draw : d.draws()) {
          held.merge(draw.holding(), -draw.amount().fen(), Long::sum);
        }
        DisbursementRequest r = d.request();
        assertThat(d.approvals().size()).as(where + " approvals of " + d.id())
            .isGreaterThanOrEqualTo(POLICY.approvalsRequired(r.amount()));
        for (Approval a : d.approvals()) {
          assertThat(a.approver()).as(where).isNotEqualTo(r.requestedBy());
          assertThat(POLICY.approvers()).as(where).contains(a.approver());
        }
        assertThat(d.paidBy()).as(where).isNotEqualTo(r.requestedBy());
        assertThat(book.findCase(r.id()).orElseThrow().status()).as(where).isEqualTo(CaseStatus.PAID);
      }
    }
    assertThat(l.totalIn()).as(where + " in").isEqualTo(Money.ofFen(in));
    assertThat(l.totalOut()).as(where + " out").isEqualTo(Money.ofFen(out));
    assertThat(l.balance()).as(where + " conservation").isEqualTo(Money.ofFen(in - out));
    held.forEach((h, fen) -> {
      assertThat(fen).as(where + " " + h + " not negative").isGreaterThanOrEqualTo(0L);
      assertThat(l.balance(h)).as(where + " " + h).isEqualTo(Money.ofFen(fen));
    });
    for (DisbursementCase c : book.cases()) {
      if (c.status() == CaseStatus.PAID) {
        assertThat(l.entry(c.payment().orElseThrow().entry())).as(where).isPresent();
      }
    }
  }

  private static void checkReplay(FundBook book, String where) {
    if (book.ledger().entries().isEmpty()) {
      return;
    }
    FundBook.Step fresh = FundBook.open(LANTIAN, POLICY).recordAll(book.ledger().entries());
    assertThat(fresh.decision()).as(where).isInstanceOf(Decision.Applied.class);
    assertThat(fresh.book().ledger()).as(where).isEqualTo(book.ledger());
    assertThat(fresh.book().ledger().balances()).as(where).isEqualTo(book.ledger().balances());
    for (DisbursementCase c : fresh.book().cases()) {
      assertThat(book.findCase(c.id())).as(where).contains(c);
    }
    FundBook.Step again = fresh.book().recordAll(book.ledger().entries());
    assertThat(again.decision()).as(where).isInstanceOf(Decision.Unchanged.class);
    assertThat(again.book()).as(where).isSameAs(fresh.book());
  }

  private static void checkReportsChain(FundBook book, SplittableRandom random, Instant now, String where) {
    Instant end = now.plusSeconds(1);
    List<Instant> cuts = new ArrayList<>(List.of(LAUNCH, end));
    for (int i = random.nextInt(5); i > 0; i--) {
      cuts.add(LAUNCH.plusSeconds(1 + random.nextLong(Duration.between(LAUNCH, end).getSeconds() - 1)));
    }
    List<Instant> sorted = cuts.stream().distinct().sorted().toList();
    Money carried = Money.ZERO;
    Money in = Money.ZERO;
    Money out = Money.ZERO;
    for (int i = 1; i < sorted.size(); i++) {
      TransparencyReport r = TransparencyReports.of(book, Interval.of(sorted.get(i - 1), sorted.get(i)));
      assertThat(r.openingBalance()).as(where + " period " + i).isEqualTo(carried);
      carried = r.closingBalance();
      in = in.plus(r.totalIn());
      out = out.plus(r.totalOut());
      assertThat(r.inflows()).hasSize(DonationChannel.values().length);
      assertThat(r.outflows()).hasSize(OutflowCategory.values().length);
    }
    assertThat(carried).as(where).isEqualTo(book.ledger().balance());
    assertThat(in).as(where).isEqualTo(book.ledger().totalIn());
    assertThat(out).as(where).isEqualTo(book.ledger().totalOut());
  }

  private static Donation randomDonation(SplittableRandom random, String id, Instant at) {
    DonationChannel channel = DonationChannel.values()[random.nextInt(DonationChannel.values().length)];
    Optional<Earmark> earmark = switch (random.nextInt(5)) {
      case 0 -> Optional.of(Earmark.forCategory(OutflowCategory.values()[random.nextInt(OutflowCategory.values().length)]));
      case 1 -> Optional.of(Earmark.forProject(PROJECTS.get(random.nextInt(PROJECTS.size()))));
      default -> Optional.empty();
    };
    DonorKind kind = random.nextInt(5) == 0 ? DonorKind.values()[random.nextInt(DonorKind.values().length)] : channel.donorKind();
    return Donation.builder().id(EntryId.of(id)).fund(ID).at(at).channel(channel).donorKind(kind)
        .amount(amount(random)).earmark(earmark).build();
  }

  private static DisbursementRequest randomRequest(SplittableRandom random, String id, Instant at) {
    OutflowCategory category = OutflowCategory.values()[random.nextInt(OutflowCategory.values().length)];
    ActorId recipient = random.nextInt(4) == 0 ? OrganizationId.of("org-" + random.nextInt(3)) : PersonId.of("res-" + random.nextInt(8));
    DisbursementRequest.Builder b = DisbursementRequest.builder().id(RequestId.of(id)).fund(ID).category(category)
        .recipient(recipient).beneficiaries(1 + random.nextInt(500)).amount(amount(random))
        .requestedBy(random.nextInt(4) == 0 ? STAFF.get(random.nextInt(STAFF.size())) : CLERK)
        .requestedAt(at).purpose("随机申请 " + id);
    if (category.needsProject()) {
      b.project(PROJECTS.get(random.nextInt(PROJECTS.size())));
    }
    return b.build();
  }

  /** Amounts from one fen to 300,000 yuan, most of them small, some on the approval tiers' edges. */
  private static Money amount(SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> Money.ofFen(1 + random.nextInt(100));
      case 1 -> Money.ofYuan("10000").plus(Money.ofFen(random.nextInt(3) - 1));
      case 2 -> Money.ofFen(1 + random.nextLong(30_000_000L));
      default -> Money.ofFen(100 + random.nextLong(1_000_000L));
    };
  }
}
