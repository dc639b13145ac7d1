package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.NoticeBoard;
import io.github.jiceng.governance.rules.fund.TransparencyReports;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports rebuilt from an event log alone (事件日志报表), without the scenario: the five lists from
 * the records the events carry, and the fund's books by recording its entries again through
 * {@link FundBook#record}, which checks every payment's approvals against the policy once more.
 *
 * <p>A log records what was paid, not what was still waiting: requests open at the end appear in
 * the simulator's own report, not in one rebuilt from its log.
 */
public final class EventLogReports {

  private EventLogReports() {}

  /**
   * Collects the five lists the events carry.
   *
   * @param events the log, in order
   * @return the lists
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the records do not link
   */
  public static FiveLists fiveLists(Iterable<SimulationEvent> events) {
    requireNonNull(events, "events");
    List<Demand> demands = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    List<ServiceRecord> services = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (SimulationEvent e : events) {
      if (e.payload().isEmpty()) {
        continue;
      }
      EventPayload p = e.payload().get();
      if (p instanceof EventPayload.OfDemand d) {
        demands.add(d.demand());
      } else if (p instanceof EventPayload.OfResource r) {
        resources.add(r.resource());
      } else if (p instanceof EventPayload.OfProject pr) {
        projects.add(pr.project());
      } else if (p instanceof EventPayload.OfService s) {
        services.add(s.service());
      } else if (p instanceof EventPayload.OfOutcome o) {
        outcomes.add(o.outcome());
      }
    }
    return FiveLists.of(demands, resources, projects, services, outcomes);
  }

  /**
   * Computes the five-lists report of a subtree from the events.
   *
   * @param events the log, in order
   * @param hierarchy the hierarchy the log's grids belong to
   * @param root the subtree to report on
   * @param period the period to report on
   * @return the report
   */
  public static FiveListsReport fiveListsReport(Iterable<SimulationEvent> events, GridHierarchy hierarchy, GridId root,
      Interval period) {
    return FiveListsReport.of(fiveLists(events), hierarchy, root, period);
  }

  /**
   * Rebuilds the fund's books: opened by the log's {@code FUND_OPENED} event, then every pledge,
   * donation and payment recorded in order.
   *
   * @param events the log, in order
   * @return the books, or empty if the log opens no fund
   * @throws IllegalArgumentException if the books refuse a pledge or an entry the log carries, naming it
   */
  public static Optional<FundBook> fundBook(Iterable<SimulationEvent> events) {
    requireNonNull(events, "events");
    FundBook book = null;
    for (SimulationEvent e : events) {
      if (e.payload().isEmpty()) {
        continue;
      }
      EventPayload p = e.payload().get();
      if (p instanceof EventPayload.OfFund f) {
        if (book != null) {
          throw new IllegalArgumentException("event #" + e.sequence() + " opens a second fund");
        }
        book = FundBook.open(f.fund(), f.policy());
      } else if (p instanceof EventPayload.OfPledge pledge) {
        if (book == null) {
          throw new IllegalArgumentException("event #" + e.sequence() + " records a pledge before the fund opens");
        }
        FundBook.Step o = book.pledge(pledge.pledge());
        if (o.decision().refusalIfAny().isPresent()) {
          Refusal r = o.decision().refusalIfAny().get();
          throw new IllegalArgumentException("event #" + e.sequence() + ": the books refuse pledge "
              + pledge.pledge().id() + ": " + r.code() + ": " + r.detail());
        }
        book = o.book();
      } else if (p instanceof EventPayload.OfFundEntry entry) {
        if (book == null) {
          throw new IllegalArgumentException("event #" + e.sequence() + " records a fund entry before the fund opens");
        }
        FundBook.Step o = book.record(entry.entry());
        if (o.decision().refusalIfAny().isPresent()) {
          Refusal r = o.decision().refusalIfAny().get();
          throw new IllegalArgumentException("event #" + e.sequence() + ": the books refuse entry " + entry.entry().id()
              + ": " + r.code() + ": " + r.detail());
        }
        book = o.book();
      }
    }
    return Optional.ofNullable(book);
  }

  /**
   * Computes the fund's transparency report over the period from the events.
   *
   * @param events the log, in order
   * @param period the period; its start should be at or before the fund's launch to include every entry
   * @return the report, or empty if the log opens no fund
   */
  public static Optional<TransparencyReport> transparency(Iterable<SimulationEvent> events, Interval period) {
    requireNonNull(period, "period");
    return fundBook(events).map(book -> TransparencyReports.of(book, SimulationReport.fundPeriod(book, period)));
  }

  /**
   * Renders the fund's transparency report from the events as notice-board text (公示).
   *
   * @param events the log, in order
   * @param period the run's period
   * @param zone the zone whose dates the notice gives
   * @return the text, its lines kept and everything else a terminal would act on escaped by
   *     {@link SafeText#block}; or empty if the log opens no fund
   */
  public static Optional<String> notice(Iterable<SimulationEvent> events, Interval period, ZoneId zone) {
    requireNonNull(zone, "zone");
    return transparency(events, period).map(t -> SafeText.block(NoticeBoard.render(t, zone)));
  }

  /**
   * Renders the fund's transparency report from the events as a table of text in a language:
   * labelled rows with aligned columns, dates as the language writes them, the period to its last
   * day, inclusive.
   *
   * @param events the log, in order
   * @param period the run's period
   * @param zone the zone whose dates the notice gives
   * @param language the language, chosen by the caller
   * @return the text, ending with a line break; or empty if the log opens no fund
   */
  public static Optional<String> notice(Iterable<SimulationEvent> events, Interval period, ZoneId zone,
      Language language) {
    requireNonNull(zone, "zone");
    ReportTexts lang = ReportTexts.of(language);
    return transparency(events, period).map(t -> {
      StringBuilder out = new StringBuilder();
      FundNotice.text(out, FundNotice.of(t, zone, lang), "");
      return out.toString();
    });
  }
}
