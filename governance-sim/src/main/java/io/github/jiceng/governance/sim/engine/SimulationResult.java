package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.audit.AuditReport;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.points.PointsLedger;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulation produced: the event log (if kept), the lists and ledgers at the end, the
 * rankings, and the figures of every day. Built by the simulator.
 *
 * @param scenario the scenario played
 * @param parameters the parameters it was played with: its simulation section, or those derived
 *     from its records ({@link Simulator#parameters})
 * @param seed the seed
 * @param days the days simulated
 * @param options how it ran
 * @param period the simulated span, from the first day's midnight to the midnight after the last
 * @param events the event log, if kept ({@link SimulationOptions#retainEvents()}); else empty
 * @param eventCount how many events were logged
 * @param eventsByKind how many of each kind
 * @param audit the dual-hierarchy audit of the roster at the start
 * @param fiveLists the five lists at the end (五项清单)
 * @param demandStatuses where every demand stands at the end
 * @param waitingTimes for every demand claimed at least once, the time from its submission to its first claim
 * @param pointsEntries every entry of the points ledger, in booking order
 * @param pointsTotals every points account's totals at the end
 * @param fundBook the fund's books at the end, if the scenario has a fund
 * @param clues the issue clue registers at the end, one per matching partition that has clues
 * @param proposals every proposal's record at the end, by id
 * @param memberRanking the party members' assessment ranked within the report's subtree
 * @param unitRanking the units' assessment ranked within the report's subtree
 * @param daily the figures of every day
 * @param spaceLedgers every space-for-service grant's ledger at the end (以空间换服务), by grant id: service
 *     owed against service delivered, and the behind flag the weekly reviews left
 * @param agreements every co-building agreement's case at the end (共建协议), by agreement id: the report,
 *     the joint meetings' reviews of its fulfilment and the feedback sent
 */
public record SimulationResult(Scenario scenario, SimulationParameters parameters, long seed, int days, SimulationOptions options,
    Interval period, List<SimulationEvent> events, long eventCount, Map<EventKind, Long> eventsByKind,
    AuditReport audit, FiveLists fiveLists, Map<DemandId, DemandStatus> demandStatuses,
    Map<DemandId, Duration> waitingTimes, List<LedgerEntry> pointsEntries, List<AccountTotals> pointsTotals,
    Optional<FundBook> fundBook, List<ClueRegister> clues, List<ProposalRecord> proposals,
    List<Ranking.Ranked> memberRanking, List<Ranking.Ranked> unitRanking, List<DayFigures> daily,
    List<SpaceLedger> spaceLedgers, List<AgreementCase> agreements) {

  /** Checks that nothing is null. */
  public SimulationResult {
    requireNonNull(scenario, "scenario");
    requireNonNull(parameters, "parameters");
    requireNonNull(options, "options");
    requireNonNull(period, "period");
    requireNonNull(events, "events");
    requireNonNull(eventsByKind, "eventsByKind");
    requireNonNull(audit, "audit");
    requireNonNull(fiveLists, "fiveLists");
    requireNonNull(demandStatuses, "demandStatuses");
    requireNonNull(waitingTimes, "waitingTimes");
    requireNonNull(pointsEntries, "pointsEntries");
    requireNonNull(pointsTotals, "pointsTotals");
    requireNonNull(fundBook, "fundBook");
    requireNonNull(clues, "clues");
    requireNonNull(proposals, "proposals");
    requireNonNull(memberRanking, "memberRanking");
    requireNonNull(unitRanking, "unitRanking");
    requireNonNull(daily, "daily");
    spaceLedgers = List.copyOf(requireNonNull(spaceLedgers, "spaceLedgers"));
    agreements = List.copyOf(requireNonNull(agreements, "agreements"));
  }

  /**
   * Returns a points ledger restored from the entries: a fresh copy each call, which the caller
   * may query (balances as of any later instant, grades) and change without touching the result.
   */
  public PointsLedger pointsLedger() {
    return PointsLedger.restore(pointsPolicy(), scenario.section(ScenarioSection.SERVICE_CATALOGUE)
        .orElseGet(ServiceCatalogue::of), pointsEntries);
  }

  /** Returns what the run called its scenario ({@link SimulationOptions#scenarioName()}). */
  public String scenarioName() {
    return options.scenarioName();
  }

  /**
   * Returns the root of the subtree whose five lists the report shows and within which it ranks
   * the assessment: the hierarchy's root. The run's other figures always cover the whole scenario.
   */
  public GridId root() {
    return scenario.hierarchy().root();
  }

  /** Returns the red-star points policy the run awarded under: the scenario's, else the default. */
  public PointsPolicy pointsPolicy() {
    return scenario.sectionOrDefault(ScenarioSection.POINTS_POLICY).orElseThrow();
  }

  /** Returns the proposal handling policy of the run: the scenario's, else the default. */
  public HandlingPolicy handlingPolicy() {
    return scenario.sectionOrDefault(ScenarioSection.HANDLING_POLICY).orElseThrow();
  }

  /** Returns the taxonomy of 一核五共 of the run: the scenario's, else the article's. */
  public OneCoreFiveCo taxonomy() {
    return scenario.sectionOrDefault(ScenarioSection.TAXONOMY).orElseThrow().oneCoreFiveCo();
  }
}
