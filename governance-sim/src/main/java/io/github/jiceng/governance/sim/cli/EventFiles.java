package io.github.jiceng.governance.sim.cli;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.json.RecordWriter;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.sim.engine.EventSink;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import io.github.jiceng.governance.sim.model.SimulationRun;
import io.github.jiceng.governance.sim.report.EventLogReports;
import io.github.jiceng.governance.sim.report.ReportTexts;
import io.github.jiceng.governance.sim.report.SafeText;
import io.github.jiceng.governance.sim.report.TextReport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Event log files: written as a run goes, read back for reports. */
final class EventFiles {

  private EventFiles() {}

  /** An event sink writing a log file as the run goes. */
  static final class Writer implements EventSink, Closeable {
    private final RecordWriter<SimulationEvent> out;

    private Writer(RecordWriter<SimulationEvent> out) {
      this.out = out;
    }

    @Override
    public void accept(SimulationEvent event) {
      try {
        out.write(event);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Opens a log file for the run and writes its header. */
  static Writer writer(Path file, SimulationRun run) throws IOException {
    return new Writer(GovernanceJson.files().writeSimulationEvents(run, new BufferedOutputStream(Files.newOutputStream(file),
        1 << 16)));
  }

  /** The run the scenario will be, as a log's header. */
  static SimulationRun run(String name, Scenario scenario, long seed, int days,
      io.github.jiceng.governance.model.matching.MatchingMode matching) {
    SimulationParameters parameters = Simulator.parameters(scenario);
    return new SimulationRun(name, seed, days, parameters.start(), parameters.zone(), matching,
        scenario.hierarchy().root(), scenario.hierarchy());
  }

  /** Reads a log file and renders the five lists or the fund's transparency report in a language. */
  static String report(Path file, boolean fund, ReportTexts lang) throws IOException {
    List<SimulationEvent> events = new ArrayList<>();
    SimulationRun run;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        RecordReader<SimulationRun, SimulationEvent> r = GovernanceJson.files().readSimulationEvents(in)) {
      run = r.header();
      while (r.hasNext()) {
        events.add(r.next());
      }
    }
    Interval period = Interval.of(run.start().atStartOfDay(run.zone()).toInstant(),
        run.start().plusDays(run.days()).atStartOfDay(run.zone()).toInstant());
    String head = lang.text("cli.eventLog", SafeText.line(run.scenario()), run.seed(),
        lang.period(run.start(), run.start().plusDays(run.days() - 1L)), run.days(), events.size()) + "\n";
    if (fund) {
      return head + EventLogReports.notice(events, period, run.zone(), lang.language())
          .orElseThrow(() -> CliException.invalid(lang.text("cli.noFund", file)));
    }
    FiveListsReport report = EventLogReports.fiveListsReport(events, run.hierarchy(), run.reportRoot(), period);
    return head + TextReport.fiveLists(report, run.hierarchy(), run.zone(), lang.language());
  }
}
