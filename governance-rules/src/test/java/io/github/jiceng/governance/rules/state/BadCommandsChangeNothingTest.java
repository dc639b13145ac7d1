package io.github.jiceng.governance.rules.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.DecisionRule;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.DeductionRule;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.rules.checkin.CheckInAudit;
import io.github.jiceng.governance.rules.clue.ClueOutcome;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.deliberation.MajorAffairs;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.Ledger;
import io.github.jiceng.governance.rules.points.LedgerOutcome;
import io.github.jiceng.governance.rules.points.PointsLedger;
import io.github.jiceng.governance.rules.post.ActingHolders;
import io.github.jiceng.governance.rules.proposal.ProposalDesk;
import io.github.jiceng.governance.rules.proposal.ProposalOutcome;
import io.github.jiceng.governance.rules.service.DemandLifecycle;
import io.github.jiceng.governance.rules.service.TransitionResult;
import io.github.jiceng.governance.rules.volunteer.VolunteerRecording;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad command, thrown at every stateful rule, is refused (an outcome that says so,
 * or a typed error: {@code IllegalArgumentException}, of which {@code DomainValidationException}
 * is one, or {@code NullPointerException}) and leaves the rule's state exactly as it was. Any
 * other exception, such as an {@code ArithmeticException} or a {@code DateTimeException}, fails.
 */
final class BadCommandsChangeNothingTest {

  private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
  /** After the first expiry boundary of points awarded at {@link #T} under an annual reset. */
  private static final Instant NEXT_YEAR = Instant.parse("2025-02-01T02:00:00Z");
  private static final List<Instant> OUT_OF_RANGE = List.of(Instant.MAX, Instant.MIN,
      TimeLimits.LATEST.plusNanos(1), TimeLimits.EARLIEST.minusNanos(1));
  private static final PersonId A = PersonId.of("p-a");
  private static final PersonId B = PersonId.of("p-b");

  /**
   * One stateful rule: a fresh state, a view that captures everything it holds, whether a result
   * is a refusal for that state, and the bad commands.
   */
  private record Subject<S>(String name, Supplier<S> fresh, Function<S, Object> view,
      BiPredicate<S, Object> refusal, Map<String, Function<S, Object>> commands) {}

  static Stream<Arguments> badCommands() {
    List<Subject<?>> subjects = List.of(pointsLedger(), fundBook(), fundLedger(), clueRegister(), proposalDesk(),
        demandLifecycle(), checkInAudit(), volunteerRecording(), actingHolders(), deliberation());
    List<Arguments> out = new ArrayList<>();
    for (Subject<?> s : subjects) {
      for (String command : s.commands().keySet()) {
        out.add(Arguments.of(s.name() + ": " + command, s, command));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCommands")
  void isRefusedAndLeavesTheStateExactlyAsItWas(String title, Subject<?> subject, String command) {
    check(subject, command);
  }

  private static <S> void check(Subject<S> subject, String command) {
    S state = subject.fresh().get();
    Object before = subject.view().apply(state);
    Object result;
    try {
      result = subject.commands().get(command).apply(state);
    } catch (IllegalArgumentException | NullPointerException typed) {
      result = typed;
    }
    if (!(result instanceof RuntimeException)) {
      assertThat(subject.refusal().test(state, result)).as("%s is a refusal", result).isTrue();
    }
    assertThat(subject.view().apply(state)).as("the state after %s", command).isEqualTo(before);
  }

  // ----------------------------------------------------------------------------------- points ledger

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(ServiceOffer.builder().id(OfferId.of("s"))
      .name("理疗").price(Points.of(10)).stock(3).build(), ServiceOffer.builder().id(OfferId.of("max")).name("最贵")
      .price(Points.of(Points.MAX_ENTRY)).build());

  private static final PointsPolicy POINTS_POLICY = PointsPolicy.builder().name("atomic").version(1)
      .zone(ZoneId.of("Asia/Shanghai")).expiry(ExpiryPolicy.annualReset())
      .addEarningRule(EarningRule.builder().id(RuleId.of("attend")).name("参加活动")
          .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(5).build())
      .addEarningRule(EarningRule.builder().id(RuleId.of("big")).name("组织活动")
          .kind(ContributionKind.ACTIVITY_ORGANISED).basePoints(1_000_000).build())
      .addDeductionRule(DeductionRule.of("late", "迟到", 3))
      .build();

  private static Contribution attended(String id, Instant at) {
    return Contribution.builder().id(EntryId.of(id)).actor(A).kind(ContributionKind.ACTIVITY_ATTENDED)
        .occurredAt(at).build();
  }

  private static Subject<PointsLedger> pointsLedger() {
    Map<String, Function<PointsLedger, Object>> c = new LinkedHashMap<>();
    for (Instant bad : OUT_OF_RANGE) {
      c.put("award at " + bad, l -> l.award(attended("a-new", T), bad));
      c.put("redeem at " + bad, l -> l.redeem(EntryId.of("r-new"), A, OfferId.of("s"), 1, bad));
      c.put("deduct at " + bad, l -> l.deduct(EntryId.of("x-new"), A, RuleId.of("late"), bad, "迟到"));
      c.put("advance to " + bad, l -> l.advanceTo(bad));
    }
    c.put("award before the clock", l -> l.award(attended("a-new", T), T.minusSeconds(1)));
    c.put("award under an id taken by other content", l -> l.award(attended("a-1", T.plusSeconds(5)), NEXT_YEAR));
    c.put("award under the expiry prefix", l -> l.award(attended(PointsLedger.EXPIRY_PREFIX + "x", T), NEXT_YEAR));
    c.put("award a kind without a rule", l -> l.award(Contribution.builder().id(EntryId.of("a-new")).actor(A)
        .kind(ContributionKind.SAFETY_PATROL).occurredAt(T).build(), NEXT_YEAR));
    c.put("award past the entry limit", l -> l.award(Contribution.builder().id(EntryId.of("a-new")).actor(A)
        .kind(ContributionKind.ACTIVITY_ORGANISED).occurredAt(T).count(1_001).build(), NEXT_YEAR));
    c.put("redeem an unknown service after an expiry", l -> l.redeem(EntryId.of("r-new"), A, OfferId.of("none"), 1,
        NEXT_YEAR));
    c.put("redeem beyond the balance after an expiry", l -> l.redeem(EntryId.of("r-new"), A, OfferId.of("s"), 1,
        NEXT_YEAR));
    c.put("redeem beyond the stock", l -> l.redeem(EntryId.of("r-new"), A, OfferId.of("s"), 4, T));
    c.put("redeem an overflowing quantity", l -> l.redeem(EntryId.of("r-new"), A, OfferId.of("max"),
        Integer.MAX_VALUE, NEXT_YEAR));
    c.put("redeem no units", l -> l.redeem(EntryId.of("r-new"), A, OfferId.of("s"), 0, NEXT_YEAR));
    c.put("deduct under an unknown rule after an expiry", l -> l.deduct(EntryId.of("x-new"), A, RuleId.of("none"),
        NEXT_YEAR, "?"));
    c.put("append an expiry that is not due", l -> l.append(new Expiry(EntryId.of("expiry:p:p-a:2025-01-01"), A,
        NEXT_YEAR, Points.of(10), "?")));
    c.put("append a redemption beyond the balance after an expiry", l -> l.append(new Redemption(EntryId.of("r-new"),
        A, NEXT_YEAR, OfferId.of("s"), 1, Points.of(10))));
    c.put("award nothing", l -> l.award(null, NEXT_YEAR));
    return new Subject<>("points ledger", () -> {
      PointsLedger l = PointsLedger.open(POINTS_POLICY, CATALOGUE);
      l.award(attended("a-1", T), T);
      l.award(Contribution.builder().id(EntryId.of("a-2")).actor(B).kind(ContributionKind.ACTIVITY_ATTENDED)
          .occurredAt(T).build(), T);
      return l;
    }, l -> List.of(l.entries(), l.clock(), l.allTotals(), l.members(), l.redeemedUnits(OfferId.of("s")),
        l.balanceAt(A, TimeLimits.LATEST), l.earnedInYear(A, 2024)),
        (l, o) -> o instanceof LedgerOutcome.Rejected, c);
  }

  // -------------------------------------------------------------------------------------- the fund

  private static final FundId FUND_ID = FundId.of("lantian-fund");
  private static final Fund FUND = Fund.builder().id(FUND_ID).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
      .launchedOn(LocalDate.of(2021, 6, 9)).build();
  private static final PersonId CLERK = PersonId.of("p-clerk");
  private static final PersonId SECRETARY = PersonId.of("p-secretary");
  private static final PersonId TREASURER = PersonId.of("p-treasurer");

  private static Donation donation(String id, Instant at, long fen) {
    return Donation.builder().id(io.github.jiceng.governance.model.fund.EntryId.of(id)).fund(FUND_ID).at(at)
        .channel(DonationChannel.DIRECTED).donorKind(DonationChannel.DIRECTED.donorKind()).amount(Money.ofFen(fen))
        .build();
  }

  private static DisbursementRequest request(String id, long fen) {
    return DisbursementRequest.builder().id(RequestId.of(id)).fund(FUND_ID).category(OutflowCategory.EMERGENCY)
        .recipient(PersonId.of("p-needy")).amount(Money.ofFen(fen)).requestedBy(CLERK).requestedAt(T)
        .purpose("救急").build();
  }

  private static Subject<FundBook> fundBook() {
    Map<String, Function<FundBook, Object>> c = new LinkedHashMap<>();
    for (Instant bad : OUT_OF_RANGE) {
      c.put("approve at " + bad, b -> b.approve(RequestId.of("r-1"), SECRETARY, bad));
      c.put("decline at " + bad, b -> b.decline(RequestId.of("r-1"), SECRETARY, bad, "不符合"));
      c.put("pay at " + bad, b -> b.pay(RequestId.of("r-2"), io.github.jiceng.governance.model.fund.EntryId.of("pay"),
          TREASURER, bad));
    }
    c.put("donate past the fund's total limit", b -> b.donate(donation("d-big", T, Money.MAX_ENTRY.fen())));
    c.put("donate under a taken id", b -> b.donate(donation("d-1", T, 1)));
    c.put("donate before the clock", b -> b.donate(donation("d-new", T.minusSeconds(1), 1)));
    c.put("approve an unknown request", b -> b.approve(RequestId.of("none"), SECRETARY, T));
    c.put("approve one's own request", b -> b.approve(RequestId.of("r-1"), CLERK, T));
    c.put("pay a pending request", b -> b.pay(RequestId.of("r-1"), io.github.jiceng.governance.model.fund.EntryId
        .of("pay"), TREASURER, T));
    c.put("request over the cap per case", b -> b.request(request("r-new", 600_000)));
    c.put("record a batch whose last entry is refused", b -> b.recordAll(List.of(donation("d-new", T, 1),
        donation("d-old", T.minusSeconds(1), 1))));
    c.put("record an empty batch", b -> b.recordAll(List.of()));
    return new Subject<>("fund book", () -> {
      FundBook b = FundBook.open(FUND, FundPolicies.streetDefault("lantian-fund@2021", List.of(SECRETARY, TREASURER,
          PersonId.of("p-deputy"))));
      for (int i = 0; i < 99; i++) {
        b = b.donate(donation("d-" + i, T, Money.MAX_ENTRY.fen())).book();
      }
      b = b.donate(donation("d-99", T, Money.MAX_ENTRY.fen() - 1_000_000)).book();
      b = b.request(request("r-1", 500)).book();
      b = b.request(request("r-2", 600)).book();
      return b.approve(RequestId.of("r-2"), SECRETARY, T).book();
    }, b -> List.of(b.ledger().entries(), b.cases(), b.audit()),
        (b, o) -> o instanceof FundBook.Step s && s.decision().isRefused() && s.book() == b, c);
  }

  private static Subject<Ledger> fundLedger() {
    Map<String, Function<Ledger, Object>> c = new LinkedHashMap<>();
    c.put("append past the total limit", l -> l.append(donation("d-big", T, Money.MAX_ENTRY.fen())));
    c.put("append a batch whose last entry is refused", l -> l.appendAll(List.of(donation("d-new", T, 1),
        donation("d-old", T.minusSeconds(1), 1))));
    c.put("append an empty batch", l -> l.appendAll(List.of()));
    return new Subject<>("fund ledger", () -> {
      List<Donation> entries = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        entries.add(donation("d-" + i, T, Money.MAX_ENTRY.fen() - 1));
      }
      return Ledger.of(FUND, entries);
    }, l -> List.of(l.entries(), l.balances()),
        (l, o) -> o instanceof Ledger.Step s && s.decision().isRefused() && s.ledger() == l, c);
  }

  // --------------------------------------------------------------------------------- clue register

  private static Subject<ClueRegister> clueRegister() {
    Map<String, Function<ClueRegister, Object>> c = new LinkedHashMap<>();
    ClueId a = ClueId.of("a");
    for (Instant bad : OUT_OF_RANGE) {
      c.put("screen at " + bad, r -> r.screen(a, bad));
      c.put("merge at " + bad, r -> r.merge(ClueId.of("b"), a, bad));
      c.put("start at " + bad, r -> r.start(a, bad));
      c.put("collect a clue reported at " + bad, r -> r.collect(IssueClue.builder().id(ClueId.of("c")).category(
          ClueCategory.FITNESS).grid(GridId.of("xuemeili")).reportedAt(bad).source(ClueSource.RESIDENT).summary("?")
          .build()));
    }
    c.put("screen an unknown clue", r -> r.screen(ClueId.of("none"), T));
    c.put("screen before the report", r -> r.screen(a, T.minusSeconds(1)));
    c.put("start a clue not decided", r -> r.start(a, T));
    c.put("merge a clue into itself", r -> r.merge(a, a, T));
    return new Subject<>("clue register", () -> {
      ClueRegister r = ClueRegister.empty();
      for (String id : List.of("a", "b")) {
        r = r.collect(IssueClue.builder().id(ClueId.of(id)).category(ClueCategory.FITNESS).grid(GridId.of("xuemeili"))
            .reportedAt(T).source(ClueSource.RESIDENT).summary("废弃广场无人管理").build()).register();
      }
      return r;
    }, r -> List.of(r.cases(), r.summary()), (r, o) -> o instanceof ClueOutcome.Refused f && f.register() == r, c);
  }

  // --------------------------------------------------------------------------------- proposal desk

  private static Subject<ProposalRecord> proposalDesk() {
    Map<String, Function<ProposalRecord, Object>> c = new LinkedHashMap<>();
    HandlingPolicy policy = HandlingPolicy.streetDefault();
    for (Instant bad : OUT_OF_RANGE) {
      c.put("accept at " + bad, r -> ProposalDesk.accept(r, CLERK, bad));
      c.put("start at " + bad, r -> ProposalDesk.start(r, CLERK, bad));
      c.put("close at " + bad, r -> ProposalDesk.close(r, policy, bad));
      c.put("receive a proposal submitted at " + bad, r -> ProposalDesk.receive(proposal("pr-2", bad)));
    }
    c.put("start a proposal not accepted", r -> ProposalDesk.start(r, CLERK, T));
    c.put("accept before submission", r -> ProposalDesk.accept(r, CLERK, T.minusSeconds(1)));
    return new Subject<>("proposal desk", () -> ProposalDesk.receive(proposal("pr-1", T)), r -> r,
        (r, o) -> o instanceof ProposalOutcome.Refused f && f.record() == r, c);
  }

  private static Proposal proposal(String id, Instant at) {
    return Proposal.builder().id(ProposalId.of(id)).title("小区东门路灯不亮").content("东门晚上太黑")
        .grid(GridId.of("n0")).submittedAt(at).submission(new Submission.ViaDeputy(PersonId.of("p-deputy"),
            io.github.jiceng.governance.model.actor.DeputyKind.PEOPLES_CONGRESS_DEPUTY, Optional.empty())).build();
  }

  // ----------------------------------------------------------------------------- demand lifecycle

  private static final DemandId D1 = DemandId.of("d-1");
  private static final OrganizationId COMMUNITY = OrganizationId.of("org-baiyun");

  private static Subject<DemandStatus> demandLifecycle() {
    DemandLifecycle lifecycle = DemandLifecycle.standard();
    Map<String, Function<DemandStatus, Object>> c = new LinkedHashMap<>();
    for (Instant bad : OUT_OF_RANGE) {
      c.put("accept at " + bad, s -> lifecycle.apply(s, DemandEvent.builder().demand(D1).transition(Transition.ACCEPT)
          .actor(COMMUNITY).at(bad).build()));
      c.put("ask what is overdue at " + bad, s -> lifecycle.overdue(s, DeadlinePolicy.standard(), bad));
    }
    c.put("start before acceptance", s -> lifecycle.apply(s, DemandEvent.builder().demand(D1)
        .transition(Transition.START).actor(COMMUNITY).at(T.plusSeconds(60)).build()));
    c.put("accept back in time", s -> lifecycle.apply(s, DemandEvent.builder().demand(D1)
        .transition(Transition.ACCEPT).actor(COMMUNITY).at(T.minusSeconds(60)).build()));
    return new Subject<>("demand lifecycle", () -> {
      TransitionResult r = lifecycle.submit(DemandEvent.builder().demand(D1).transition(Transition.SUBMIT).actor(A)
          .at(T).build());
      return ((TransitionResult.Applied) r).status();
    }, s -> s, (s, o) -> o instanceof TransitionResult.Refused, c);
  }

  // ------------------------------------------------------------- check-ins, volunteers, posts, votes

  private static Subject<List<CheckIn>> checkInAudit() {
    Map<String, Function<List<CheckIn>, Object>> c = new LinkedHashMap<>();
    for (Instant bad : OUT_OF_RANGE) {
      c.put("audit a check-in at " + bad, l -> {
        List<CheckIn> more = new ArrayList<>(l);
        more.add(checkIn("c-bad", bad));
        return CheckInAudit.audit(more, Map.of(A, Set.of()), CheckInPolicy.defaults());
      });
    }
    c.put("audit two check-ins with one id", l -> {
      List<CheckIn> twice = new ArrayList<>(l);
      twice.add(checkIn("c-1", T.plusSeconds(60)));
      return CheckInAudit.audit(twice, Map.of(), CheckInPolicy.defaults());
    });
    return new Subject<>("check-in audit", () -> new ArrayList<>(List.of(checkIn("c-1", T))), List::copyOf,
        (l, o) -> false, c);
  }

  private static CheckIn checkIn(String id, Instant at) {
    return CheckIn.builder().id(CheckInId.of(id)).member(A).household(
        io.github.jiceng.governance.model.actor.HouseholdId.of("h-1")).at(at).place(GeoPoint.of(39.865, 111.24))
        .kind(ContactKind.HOME_VISIT).note("了解用水情况").build();
  }

  private static Subject<List<VolunteerRecord>> volunteerRecording() {
    Map<String, Function<List<VolunteerRecord>, Object>> c = new LinkedHashMap<>();
    for (LocalDate bad : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1))) {
      c.put("check a record of " + bad, l -> VolunteerRecording.check(volunteerRecord("vr-bad", bad), WorkingCalendar
          .weekendsOnly()));
      c.put("give the deadline of " + bad, l -> VolunteerRecording.deadline(bad, WorkingCalendar.weekendsOnly()));
    }
    return new Subject<>("volunteer recording", () -> new ArrayList<>(List.of(volunteerRecord("vr-1",
        LocalDate.of(2024, 9, 27)))), List::copyOf, (l, o) -> false, c);
  }

  private static VolunteerRecord volunteerRecord(String id, LocalDate day) {
    return VolunteerRecord.builder().id(VolunteerRecordId.of(id)).volunteer(A).activityName("疫苗接种宣传")
        .activityDate(day).place("站北社区党群服务中心").content("入户宣传疫苗接种政策").serviceTime(Duration.ofMinutes(90))
        .organiser(OrganizationId.of("org-volunteers")).personInCharge(B).recordedOn(day).build();
  }

  private static Subject<List<Absence>> actingHolders() {
    Post post = Post.builder().id(PostId.of("exec")).kind(PostKind.EXECUTIVE_SECRETARY)
        .organization(OrganizationId.of("branch")).scope(GridId.of("baiyun")).holderA(A).holderB(B).build();
    Map<String, Function<List<Absence>, Object>> c = new LinkedHashMap<>();
    for (Instant bad : OUT_OF_RANGE) {
      c.put("resolve at " + bad, l -> ActingHolders.resolve(post, l, bad));
    }
    return new Subject<>("acting holders", () -> new ArrayList<>(List.of(new Absence(A, Interval.of(T,
        T.plusSeconds(86_400)), AbsenceKind.LEAVE))), List::copyOf, (l, o) -> false, c);
  }

  private static Subject<List<Ballot>> deliberation() {
    MajorAffair affair = MajorAffair.builder().id(AffairId.of("affair-1")).title("雪梅里广场改造方案")
        .grid(GridId.of("xuemeili")).quorum(1).addOptions("健身广场", "停车场").rule(DecisionRule.SIMPLE_MAJORITY)
        .openedAt(T).addParticipant(A).addParticipant(B).build();
    Map<String, Function<List<Ballot>, Object>> c = new LinkedHashMap<>();
    for (Instant bad : OUT_OF_RANGE) {
      c.put("decide at " + bad, l -> MajorAffairs.decide(affair, l, bad));
    }
    return new Subject<>("deliberation", () -> new ArrayList<>(List.of(Ballot.forOption(A, 0, T.plusSeconds(1)))),
        List::copyOf, (l, o) -> false, c);
  }
}
