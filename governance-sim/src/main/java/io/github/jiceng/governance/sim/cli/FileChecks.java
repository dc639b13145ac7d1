package io.github.jiceng.governance.sim.cli;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.report.JsonReport;
import io.github.jiceng.governance.sim.report.ReportTexts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * Checks any file the SDK reads: finds its format in its envelope, reads it with that format's
 * reader (streams through record files), and, for a scenario that can be simulated, checks that
 * its parts refer to each other.
 *
 * <p>Every error of the file, finding its format included, is a {@link GovernanceFormatException}
 * with a JSON Pointer and a rule: a file that is not UTF-8 ({@code encoding}), not well-formed,
 * not an object, or without a string {@code format} at the top level. A file naming a format that
 * {@code validate} does not read is refused in the command's language with the name it gave and
 * the formats it could have named ({@code /format}, rule {@code format-name}).
 */
final class FileChecks {

  /** The formats {@link #check} reads, in the order of its cases. */
  private static final List<String> READ = List.of(GovernanceJson.GRID_HIERARCHY_FORMAT,
      GovernanceJson.SCENARIO_FORMAT, GovernanceJson.MATCHING_PROBLEM_FORMAT, GovernanceJson.MATCHING_RESULT_FORMAT,
      GovernanceJson.TRANSPARENCY_REPORT_FORMAT, GovernanceJson.DEMAND_EVENTS_FORMAT,
      GovernanceJson.POINTS_LEDGER_FORMAT, GovernanceJson.FUND_LEDGER_FORMAT, GovernanceJson.SIMULATION_EVENTS_FORMAT);

  private FileChecks() {}

  /** Returns what the file holds, in the command's language, or throws the reader's error. */
  static String check(Path file, ReportTexts lang) throws IOException {
    String format = format(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      switch (format) {
        case GovernanceJson.GRID_HIERARCHY_FORMAT: {
          GridHierarchy h = GovernanceJson.files().readGridHierarchy(in);
          return lang.text("validate.grid", h.size());
        }
        case GovernanceJson.SCENARIO_FORMAT: {
          Scenario s = GovernanceJson.files().readScenario(in);
          StringJoiner sections = new StringJoiner(", ");
          for (ScenarioSection<?> section : ScenarioSection.values()) {
            if (s.section(section).isPresent()) {
              sections.add(section.name());
            }
          }
          if (s.section(ScenarioSection.ROSTER).isEmpty()) {
            return lang.text("validate.scenario", sections);
          }
          Simulator.check(s);
          return lang.text(s.section(ScenarioSection.SIMULATION).isEmpty() ? "validate.scenarioDerived"
              : "validate.scenarioReady", sections, s.section(ScenarioSection.ROSTER).orElseThrow().persons().size(),
              s.section(ScenarioSection.RESOURCES).map(List::size).orElse(0));
        }
        case GovernanceJson.MATCHING_PROBLEM_FORMAT: {
          MatchingProblem p = GovernanceJson.files().readMatchingProblem(in);
          return lang.text("validate.matchingProblem", p.demands().size(), p.resources().size());
        }
        case GovernanceJson.MATCHING_RESULT_FORMAT: {
          MatchingResult r = GovernanceJson.files().readMatchingResult(in);
          return lang.text("validate.matchingResult", r.assignments().size(), r.unmatched().size());
        }
        case GovernanceJson.TRANSPARENCY_REPORT_FORMAT:
          return lang.text("validate.transparencyReport", GovernanceJson.files().readTransparencyReport(in).fund());
        case GovernanceJson.DEMAND_EVENTS_FORMAT:
          return lang.text("validate.demandEvents", count(GovernanceJson.files().readDemandEvents(in)));
        case GovernanceJson.POINTS_LEDGER_FORMAT:
          return lang.text("validate.pointsLedger", count(GovernanceJson.files().readPointsLedger(in)));
        case GovernanceJson.FUND_LEDGER_FORMAT:
          return lang.text("validate.fundLedger", count(GovernanceJson.files().readFundLedger(in)));
        case GovernanceJson.SIMULATION_EVENTS_FORMAT:
          return lang.text("validate.simulationEvents", count(GovernanceJson.files().readSimulationEvents(in)));
        case JsonReport.FORMAT:
          throw CliException.invalid(lang.text("cli.invalid", file, lang.text("validate.reportFormat", format)
              + " [format-name]"));
        default:
          throw CliException.invalid(lang.text("cli.invalid", file, lang.text("validate.unknownFormat",
              Excerpts.of(format), String.join(", ", READ)) + " [format-name]"));
      }
    }
  }

  private static long count(RecordReader<?, ?> r) throws IOException {
    try (r) {
      while (r.hasNext()) {
        r.next();
      }
      return r.count();
    }
  }

  /** The top-level {@code format} property, read token by token without reading the rest. */
  private static String format(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return GovernanceJson.files().readFormatName(in);
    }
  }
}
