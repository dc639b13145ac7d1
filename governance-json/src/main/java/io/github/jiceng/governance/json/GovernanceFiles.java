package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Formats;
import io.github.jiceng.governance.json.internal.RecordCursor;
import io.github.jiceng.governance.json.internal.RecordSink;
import io.github.jiceng.governance.json.internal.Syntax;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The SDK's files read and written through one JSON binding: the same formats, bytes, limits,
 * errors and streaming readers whichever binding it is. {@link GovernanceJson#files()} reads and
 * writes through Jackson 2, {@code GovernanceJackson3.files()} in {@code governance-json-jackson3} through Jackson 3. The
 * formats themselves are described on {@link GovernanceJson}.
 *
 * <p>Instances are immutable and safe to share.
 */
public final class GovernanceFiles {

  private final Syntax syntax;

  private GovernanceFiles(Syntax syntax) {
    this.syntax = syntax;
  }

  /**
   * Returns the files of a binding. The argument's type is internal: this factory is for the SDK's
   * binding modules; a host takes {@link GovernanceJson#files()} or {@code GovernanceJackson3.files()}.
   *
   * @param syntax the binding's streaming layer
   * @return the files read and written through it
   */
  public static GovernanceFiles of(Syntax syntax) {
    return new GovernanceFiles(requireNonNull(syntax, "syntax"));
  }

  /** Returns the binding's name, such as {@code "Jackson 2"}. */
  @Override
  public String toString() {
    return syntax.toString();
  }

  /**
   * Reads the name of a file's format from its envelope, the top-level {@code format} property
   * (such as {@link GovernanceJson#SCENARIO_FORMAT}), without reading the rest of the file into values, so a
   * tool can pick the reader before it reads. Errors are format errors like every reader's, with
   * a JSON Pointer and a rule.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the format name, as written
   * @throws GovernanceFormatException if the bytes are not UTF-8 (rule {@code encoding}), the
   *     text is not well-formed JSON, the document is not an object, or it has no string
   *     {@code format} property at the top level (pointer {@code /format})
   * @throws IOException if the stream cannot be read
   */
  public String readFormatName(InputStream in) throws IOException {
    return Documents.formatName(syntax, requireNonNull(in, "in"));
  }

  /**
   * Reads a grid hierarchy file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated hierarchy; never null
   * @throws GovernanceFormatException if the file breaks the format or the hierarchy is invalid
   * @throws IOException if the stream cannot be read
   */
  public GridHierarchy readGridHierarchy(InputStream in) throws IOException {
    return Documents.read(syntax, requireNonNull(in, "in"), Formats.GRID_HIERARCHY);
  }

  /**
   * Writes a grid hierarchy file: the envelope, the scheme, then the nodes in preorder.
   *
   * @param hierarchy the hierarchy to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public void writeGridHierarchy(GridHierarchy hierarchy, OutputStream out) throws IOException {
    Documents.write(syntax, requireNonNull(hierarchy, "hierarchy"), Formats.GRID_HIERARCHY, requireNonNull(out, "out"));
  }

  /**
   * Opens a grid hierarchy file for reading node by node, in bounded memory. Each node is checked
   * on its own; the rules of the whole tree (parents exist, one root, levels fit) are checked only
   * by {@link #readGridHierarchy}, which must hold every node.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return a reader whose header is the level scheme
   * @throws GovernanceFormatException if the envelope or the scheme break the format
   * @throws IOException if the stream cannot be read
   */
  public RecordReader<LevelScheme, GridNode> readGridNodes(InputStream in) throws IOException {
    return new RecordReader<>(new RecordCursor<>(syntax, Formats.GRID_NODES, requireNonNull(in, "in")));
  }

  /**
   * Opens a grid hierarchy file for writing node by node, in bounded memory; the bytes are those
   * {@link #writeGridHierarchy} writes for the same nodes in the same order.
   *
   * @param scheme the level scheme, written first
   * @param out where to write UTF-8 JSON; not closed
   * @return a writer; close it to complete the file
   * @throws IOException if the stream cannot be written
   */
  public RecordWriter<GridNode> writeGridNodes(LevelScheme scheme, OutputStream out) throws IOException {
    return new RecordWriter<>(new RecordSink<>(syntax, Formats.GRID_NODES, requireNonNull(scheme, "scheme"),
        requireNonNull(out, "out")));
  }

  /**
   * Reads a scenario file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated scenario; never null
   * @throws GovernanceFormatException if the file breaks the format or a section is invalid
   * @throws IOException if the stream cannot be read
   */
  public Scenario readScenario(InputStream in) throws IOException {
    return Documents.read(syntax, requireNonNull(in, "in"), Formats.SCENARIO);
  }

  /**
   * Writes a scenario file: the envelope, then its sections in a fixed order.
   *
   * @param scenario the scenario to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public void writeScenario(Scenario scenario, OutputStream out) throws IOException {
    Documents.write(syntax, requireNonNull(scenario, "scenario"), Formats.SCENARIO, requireNonNull(out, "out"));
  }

  /**
   * Reads a matching problem file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated problem; never null
   * @throws GovernanceFormatException if the file breaks the format or the problem is invalid
   * @throws IOException if the stream cannot be read
   */
  public MatchingProblem readMatchingProblem(InputStream in) throws IOException {
    return Documents.read(syntax, requireNonNull(in, "in"), Formats.MATCHING_PROBLEM);
  }

  /**
   * Writes a matching problem file; past ratings and loads are written sorted by id.
   *
   * @param problem the problem to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public void writeMatchingProblem(MatchingProblem problem, OutputStream out) throws IOException {
    Documents.write(syntax, requireNonNull(problem, "problem"), Formats.MATCHING_PROBLEM, requireNonNull(out, "out"));
  }

  /**
   * Reads a matching result file. Each score's explanation, when present, must be the one its
   * breakdown gives.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated result; never null
   * @throws GovernanceFormatException if the file breaks the format
   * @throws IOException if the stream cannot be read
   */
  public MatchingResult readMatchingResult(InputStream in) throws IOException {
    return Documents.read(syntax, requireNonNull(in, "in"), Formats.MATCHING_RESULT);
  }

  /**
   * Writes a matching result file, with an explanation line for every assignment's score.
   *
   * @param result the result to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public void writeMatchingResult(MatchingResult result, OutputStream out) throws IOException {
    Documents.write(syntax, requireNonNull(result, "result"), Formats.MATCHING_RESULT, requireNonNull(out, "out"));
  }

  /**
   * Opens a demand event file for reading one event at a time, in bounded memory. Each event is
   * checked on its own; whether the events replay to valid statuses is the lifecycle's question
   * ({@code rules.service}).
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return a reader whose header is the scope (the root of the grid subtree the log covers), if given
   * @throws GovernanceFormatException if the envelope or the header break the format
   * @throws IOException if the stream cannot be read
   */
  public RecordReader<Optional<GridId>, DemandEvent> readDemandEvents(InputStream in) throws IOException {
    return new RecordReader<>(new RecordCursor<>(syntax, Formats.DEMAND_EVENT_RECORDS, requireNonNull(in, "in")));
  }

  /**
   * Opens a demand event file for writing one event at a time, in bounded memory.
   *
   * @param scope the root of the grid subtree the log covers, if it says
   * @param out where to write UTF-8 JSON; not closed
   * @return a writer; close it to complete the file
   * @throws IOException if the stream cannot be written
   */
  public RecordWriter<DemandEvent> writeDemandEvents(Optional<GridId> scope, OutputStream out)
      throws IOException {
    return new RecordWriter<>(new RecordSink<>(syntax, Formats.DEMAND_EVENT_RECORDS, requireNonNull(scope, "scope"),
        requireNonNull(out, "out")));
  }

  /**
   * Reads a transparency report file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated report, whose arithmetic adds up; never null
   * @throws GovernanceFormatException if the file breaks the format or the report does not add up
   * @throws IOException if the stream cannot be read
   */
  public TransparencyReport readTransparencyReport(InputStream in) throws IOException {
    return Documents.read(syntax, requireNonNull(in, "in"), Formats.TRANSPARENCY_REPORT);
  }

  /**
   * Writes a transparency report file: the envelope, then the report's lines in their order.
   *
   * @param report the report to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public void writeTransparencyReport(TransparencyReport report, OutputStream out) throws IOException {
    Documents.write(syntax, requireNonNull(report, "report"), Formats.TRANSPARENCY_REPORT, requireNonNull(out, "out"));
  }

  /**
   * Opens a points ledger file for reading entry by entry, in bounded memory.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return a reader whose header is the policy the ledger is kept under
   * @throws GovernanceFormatException if the envelope or the policy break the format
   * @throws IOException if the stream cannot be read
   */
  public RecordReader<PointsPolicy, io.github.jiceng.governance.model.points.LedgerEntry> readPointsLedger(
      InputStream in) throws IOException {
    return new RecordReader<>(new RecordCursor<>(syntax, Formats.POINTS_LEDGER, requireNonNull(in, "in")));
  }

  /**
   * Opens a points ledger file for writing entry by entry, in bounded memory.
   *
   * @param policy the policy the ledger is kept under, written first
   * @param out where to write UTF-8 JSON; not closed
   * @return a writer; close it to complete the file
   * @throws IOException if the stream cannot be written
   */
  public RecordWriter<io.github.jiceng.governance.model.points.LedgerEntry> writePointsLedger(
      PointsPolicy policy, OutputStream out) throws IOException {
    return new RecordWriter<>(new RecordSink<>(syntax, Formats.POINTS_LEDGER, requireNonNull(policy, "policy"),
        requireNonNull(out, "out")));
  }

  /**
   * Opens a fund ledger file for reading entry by entry, in bounded memory.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return a reader whose header is the fund
   * @throws GovernanceFormatException if the envelope or the fund break the format
   * @throws IOException if the stream cannot be read
   */
  public RecordReader<Fund, io.github.jiceng.governance.model.fund.LedgerEntry> readFundLedger(InputStream in)
      throws IOException {
    return new RecordReader<>(new RecordCursor<>(syntax, Formats.FUND_LEDGER, requireNonNull(in, "in")));
  }

  /**
   * Opens a fund ledger file for writing entry by entry, in bounded memory.
   *
   * @param fund the fund whose ledger it is, written first
   * @param out where to write UTF-8 JSON; not closed
   * @return a writer; close it to complete the file
   * @throws IOException if the stream cannot be written
   */
  public RecordWriter<io.github.jiceng.governance.model.fund.LedgerEntry> writeFundLedger(Fund fund,
      OutputStream out) throws IOException {
    return new RecordWriter<>(new RecordSink<>(syntax, Formats.FUND_LEDGER, requireNonNull(fund, "fund"),
        requireNonNull(out, "out")));
  }

  /**
   * Opens a simulation event log for reading event by event, in bounded memory: the header says
   * which run the log is of (scenario, seed, days, start, zone, matching, report root, hierarchy).
   *
   * @param in the file; closed with the reader
   * @return the reader, its header read
   * @throws GovernanceFormatException if the header breaks the format
   * @throws IOException if reading fails
   */
  public RecordReader<SimulationRun, SimulationEvent> readSimulationEvents(InputStream in) throws IOException {
    return new RecordReader<>(new RecordCursor<>(syntax, Formats.SIMULATION_EVENT_RECORDS, requireNonNull(in, "in")));
  }

  /**
   * Opens a simulation event log for writing event by event, in bounded memory.
   *
   * @param run the run the log is of
   * @param out where to write; closed with the writer
   * @return the writer, its header written
   * @throws IOException if writing fails
   */
  public RecordWriter<SimulationEvent> writeSimulationEvents(SimulationRun run, OutputStream out)
      throws IOException {
    return new RecordWriter<>(new RecordSink<>(syntax, Formats.SIMULATION_EVENT_RECORDS, requireNonNull(run, "run"),
        requireNonNull(out, "out")));
  }
}
