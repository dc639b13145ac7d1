package io.github.jiceng.governance.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.assessment.ItemScore;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.volunteer.VolunteerRecording;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.report.SimulationReport;
import io.github.jiceng.governance.sim.report.TextReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's main job end to end: a year of the article's seed scenario, played from the file
 * with every invariant checked after every day, shows every part of the SDK at work.
 */
final class SeedScenarioSimulationTest {

  private static SimulationResult result;
  private static SimulationReport report;

  @BeforeAll
  static void playAYear() throws IOException {
    // a broken invariant throws here and fails every test of the class
    result = Simulator.run(ScenarioFiles.read(Path.of("../seeds/jungar-banner/scenario.json")), 1, 365,
        SimulationOptions.defaults());
    report = SimulationReport.of(result);
  }

  private static long count(EventKind kind) {
    return result.eventsByKind().getOrDefault(kind, 0L);
  }

  @Test
  void everyDeskWorksThroughTheYear() {
    assertThat(result.daily()).hasSize(365);
    assertThat(result.audit().violations()).isEmpty();
    for (EventKind kind : List.of(EventKind.DEMAND_CLOSED, EventKind.DEMAND_CLAIMED, EventKind.POINTS_AWARDED,
        EventKind.POINTS_REDEEMED, EventKind.CHECKED_IN, EventKind.VOLUNTEER_RECORDED, EventKind.DONATION_RECEIVED,
        EventKind.DISBURSEMENT_APPROVED, EventKind.CLUE_COMPLETED, EventKind.PROPOSAL_CLOSED,
        EventKind.PROPOSAL_ESCALATED, EventKind.ACTING_CHANGED)) {
      assertThat(count(kind)).as("%s events", kind).isPositive();
    }
  }

  @Test
  void handlersReferProposalsUpAtTheRateOfTheSeedsRecords() {
    // one of the seed's eight proposals was referred up on receipt (the heating subsidy), so the
    // run's handlers refer 125 per mille of what they receive (ReferralsTest checks the referrals)
    assertThat(result.parameters().proposals().orElseThrow().referPerMille()).isEqualTo(125);
  }

  @Test
  void everyMatterHasSomeoneToHandleIt() {
    // every grid of the seed lies below a post whose holder may handle demands, clues and proposals,
    // and with seed 1 no absence leaves a fund request without its approvers
    List<String> unhandled = result.events().stream().filter(e -> e.kind() == EventKind.REFUSED)
        .map(SimulationEvent::detail).filter(d -> d.contains("no handling post") || d.contains("no further approver"))
        .distinct().limit(5).toList();
    assertThat(unhandled).isEmpty();
  }

  @Test
  void volunteerRecordsAreTimedByTheStateCouncilsHolidayArrangement() {
    // a refusal reads "... LATE: entered 2024-10-17, 11 working days after 2024-09-27; deadline 2024-10-16"
    Pattern late = Pattern.compile("after (\\d{4}-\\d{2}-\\d{2}); deadline (\\d{4}-\\d{2}-\\d{2})$");
    List<Matcher> refusals = result.events().stream().filter(e -> e.kind() == EventKind.REFUSED)
        .map(SimulationEvent::detail).filter(d -> d.startsWith("volunteer record")).map(late::matcher)
        .filter(Matcher::find).toList();
    assertThat(refusals).isNotEmpty();
    int differFromWeekends = 0;
    for (Matcher m : refusals) {
      LocalDate activity = LocalDate.parse(m.group(1));
      LocalDate deadline = LocalDate.parse(m.group(2));
      assertThat(deadline).as("deadline of %s", activity)
          .isEqualTo(VolunteerRecording.deadline(activity, WorkingCalendars.mainlandChina()));
      differFromWeekends += deadline.equals(VolunteerRecording.deadline(activity, WorkingCalendar.weekendsOnly())) ? 0 : 1;
    }
    assertThat(differFromWeekends).as("refusals whose deadline the holidays moved").isPositive();
  }

  @Test
  void theFundPaysDuringTheRunAndItsFiguresCountOnlyTheRun() {
    assertThat(report.metrics().fundPaid().fen()).isPositive();
    // 2,211,000 yuan were paid before the start: history, not the run's spending
    assertThat(report.metrics().fundPaid().fen()).isLessThan(2_211_000_00L);
    assertThat(report.metrics().fundBalance()).isEqualTo(result.fundBook().orElseThrow().ledger().balance());
  }

  @Test
  void cluesComeWhereTheArticlesCameAndTheFundPaysForNewDirectedProjects() {
    // the file's 66 clues were reported in 蓝天街道; new ones come there too, and some become projects
    GridId lantian = GridId.of("lantian");
    List<SimulationEvent> collected = result.events().stream()
        .filter(e -> e.kind() == EventKind.CLUE_COLLECTED && result.period().contains(e.at()))
        .toList();
    assertThat(collected).isNotEmpty().allSatisfy(e -> assertThat(e.grid().orElseThrow().equals(lantian)
        || result.scenario().hierarchy().isAncestorOf(lantian, e.grid().orElseThrow())).isTrue());
    long paidForProjectsInRun = result.fundBook().orElseThrow().ledger().entries().stream()
        .filter(e -> result.period().contains(e.at()))
        .filter(e -> e instanceof Disbursement d && d.request().project().isPresent()).count();
    assertThat(paidForProjectsInRun).isPositive();
  }

  @Test
  void theCommunityBuysServicesWithinTheMonthlyBudgetItsHistoryShows() {
    // the seed's history bought one counselling (2,000 yuan) a quarter: its busiest month is the budget
    Money budget = result.parameters().purchaseBudgetPerMonth();
    assertThat(budget).isEqualTo(Money.ofYuan("2000"));
    Map<YearMonth, Money> spent = new TreeMap<>();
    result.fiveLists().services().stream()
        .filter(r -> r.channel() == Channel.PURCHASE && result.period().contains(r.time().start()))
        .forEach(r -> spent.merge(YearMonth.from(r.time().start().atZone(result.parameters().zone())),
            r.cost(), Money::plus));
    assertThat(spent.values()).anyMatch(m -> m.compareTo(Money.ZERO) > 0).allMatch(m -> m.compareTo(budget) <= 0);
  }

  @Test
  void partyMembersAreAssessedOnTheDemandsTheyClosed() {
    // 办结群众需求: whoever closed a demand as the handler on duty is credited with it and its rating
    Map<ActorId, Long> closed = result.events().stream().filter(e -> e.kind() == EventKind.DEMAND_CLOSED)
        .collect(Collectors.groupingBy(e -> e.actor().orElseThrow(), TreeMap::new, Collectors.counting()));
    List<Ranking.Ranked> closers = result.memberRanking().stream()
        .filter(r -> closed.containsKey(r.card().subject())).toList();
    assertThat(closers).isNotEmpty();
    for (Ranking.Ranked r : closers) {
      ItemScore fulfilled = r.card().items().stream()
          .filter(i -> i.key().equals(AssessmentSchemes.DEMANDS_FULFILLED)).findFirst().orElseThrow();
      long n = closed.get(r.card().subject());
      assertThat(fulfilled.input()).isEqualTo(n + " counted");
      ItemScore rating = r.card().items().stream().filter(i -> i.key().equals(AssessmentSchemes.RATING))
          .findFirst().orElseThrow();
      assertThat(rating.input()).matches("(.* average of )?" + n + " ratings");
      // ranked at the grid of a post they hold, not at the banner
      assertThat(result.scenario().section(io.github.jiceng.governance.json.ScenarioSection.ROSTER).orElseThrow().posts()).anyMatch(p -> p.holders().contains(r.card().subject())
          && p.scope().equals(r.card().grid()));
    }
    // the ones who closed demands rank above those who only checked in
    assertThat(closed).containsKey(result.memberRanking().get(0).card().subject());
  }

  @Test
  void theReportShowsTheArticlesCommunitiesThroughTheSdk() {
    String text = TextReport.render(report);
    assertThat(text).contains("五项清单", "站北社区", "南苑社区", "闪闪红星", "量化考核", "蓝天街道共建实践金收支公示", "提案");
    assertThat(report.escalations()).isNotEmpty();
  }
}
