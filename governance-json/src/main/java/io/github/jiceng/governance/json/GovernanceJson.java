package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Jackson2Syntax;
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
import io.github.jiceng.governance.model.simulation.SimulationEvent;
import io.github.jiceng.governance.model.simulation.SimulationRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Reading and writing the SDK's files.
 *
 * <p>Every file carries an envelope, {@code {"format": ..., "formatVersion": ...}}, then its
 * content. Reading is strict: unknown properties, missing or mistyped ones, repeated keys, invalid
 * codes, broken invariants, malformed JSON and trailing content all fail with a
 * {@link GovernanceFormatException} naming the JSON Pointer of the bad node; nothing partial is
 * ever returned. Inputs are bounded more tightly than Jackson's defaults: nesting depth
 * {@value #MAX_DEPTH}, strings of {@value #MAX_STRING_LENGTH} characters, numbers of
 * {@value #MAX_NUMBER_LENGTH} characters, property names of {@value #MAX_NAME_LENGTH} characters
 * and documents of {@value #MAX_DOCUMENT_LENGTH} bytes. Writing is deterministic: the same value
 * always gives the same bytes, in the layout of the files in {@code seeds/}.
 *
 * <p>Each format has a JSON Schema (2020-12) generated from the same tables that read and write
 * it, on the class path at {@code io/github/jiceng/governance/json/schema/<format>.schema.json}
 * ({@code grid-hierarchy}, {@code scenario}, {@code matching-problem}, {@code matching-result},
 * {@code demand-events}, {@code transparency-report}, {@code points-ledger}, {@code fund-ledger}).
 *
 * <h2>Grid hierarchy file</h2>
 *
 * <pre>{@code
 * {
 *   "format": "jiceng-governance/grid-hierarchy",
 *   "formatVersion": 1,
 *   "scheme": {"name": "county", "version": 1, "levels": [...], "roots": [...], "allowedChildren": {...}},
 *   "nodes": [{"id": "zhungeer", "level": "COUNTY", "name": "准格尔旗", "code": "150622000000@2016"}, ...]
 * }
 * }</pre>
 *
 * <p>A hierarchy of any size can also be read and written node by node, in bounded memory
 * ({@link #readGridNodes}, {@link #writeGridNodes}).
 *
 * <h2>Scenario file</h2>
 *
 * <pre>{@code
 * {
 *   "format": "jiceng-governance/scenario",
 *   "formatVersion": 1,
 *   "hierarchy": {"scheme": {...}, "nodes": [...]},
 *   "taxonomy": {"oneCoreFiveCo": {...}, "oneLeadFourIntegrations": {...}},
 *   "roster": {"persons": [...], "households": [...], "organizations": [...], "squads": [...], "posts": [...]},
 *   "staffingPolicy": {...}, "authorityPolicy": {...},
 *   "resources": [...],
 *   "channelPolicy": {...}, "scoreWeights": {...}, "deadlinePolicy": {"limits": {"SUBMITTED": "PT72H"}},
 *   "serviceChain": {"demands": [...], "projects": [...], "services": [...], "outcomes": [...]}
 * }
 * }</pre>
 *
 * <p>Only the hierarchy is required. The policies, when absent, are the shipped defaults
 * ({@link Scenario#sectionOrDefault}); the service chain's resource list is the resources section.
 * Persons' names, identity numbers and mobiles are written raw (a roster is a register) and shown
 * only masked in every error.
 *
 * <h2>Matching files</h2>
 *
 * <p>A matching problem file ({@code jiceng-governance/matching-problem}) holds one period's
 * problem: {@code hierarchy}, {@code demands}, {@code resources}, and the {@code policy},
 * {@code weights}, {@code purchaseBudget}, {@code pastRatings} and {@code currentLoad}, which
 * default to the model's defaults. A matching result file ({@code jiceng-governance/matching-result})
 * holds the result; every assignment's score has its breakdown and an {@code explanation} line a
 * secretary can read ({@code d-1 -> r-2: 5301 = 1 + CAPABILITY_FIT 3x500 + ...}), derived from the
 * breakdown and checked against it on reading; every unmatched demand has its reason.
 *
 * <h2>Demand event file</h2>
 *
 * <p>A demand event file ({@code jiceng-governance/demand-events}) is a log of lifecycle events in
 * the order they happened, with an optional {@code scope} (the root of the grid subtree the log
 * covers). It is read and written one event at a time, in bounded memory
 * ({@link #readDemandEvents}, {@link #writeDemandEvents}).
 *
 * <h2>Transparency report file</h2>
 *
 * <p>What a co-building fund took in, paid out and holds for one period (资金公示), as the notice
 * board shows it; the reader checks the report's arithmetic as the model does.
 *
 * <pre>{@code
 * {
 *   "format": "jiceng-governance/transparency-report",
 *   "formatVersion": 1,
 *   "fund": "lantian-fund",
 *   "fundName": "蓝天街道共建实践金",
 *   "period": {"start": "2021-01-01T00:00:00Z", "end": "2022-01-01T00:00:00Z"},
 *   "openingBalance": {"fen": 0, "currency": "CNY"},
 *   "inflows": [{"channel": "DIRECTED", "donations": 2, "amount": {...}}, ...],
 *   "donors": [...], "outflows": [...], "closingBalance": {...}, "holdings": [...], "projects": [...],
 *   "openRequests": 0, "openAmount": {"fen": 0, "currency": "CNY"}
 * }
 * }</pre>
 *
 * <h2>Ledger files</h2>
 *
 * <p>A points ledger and a fund ledger are record streams: the envelope, a header, then the
 * entries, each an object whose {@code "type"} names its kind. They are read and written entry by
 * entry in bounded memory ({@link #readPointsLedger}, {@link #writePointsLedger},
 * {@link #readFundLedger}, {@link #writeFundLedger}); each entry is validated as the model
 * validates it, and whether it may be appended to the ledger (idempotency, floors, earmarks) is
 * for the rules that replay it.
 *
 * <pre>{@code
 * {
 *   "format": "jiceng-governance/points-ledger",
 *   "formatVersion": 1,
 *   "policy": {"name": "zhungeer-red-star", "version": 1, "zone": "Asia/Shanghai", ...},
 *   "entries": [{"type": "award", "contribution": {...}, "at": "...", "points": 25, ...}, ...]
 * }
 *
 * {
 *   "format": "jiceng-governance/fund-ledger",
 *   "formatVersion": 1,
 *   "fund": {"id": "lantian-fund", "name": "蓝天街道共建实践金", "grid": "lantian", "launchedOn": "2021-06-09",
 *            "zone": "Asia/Shanghai"},
 *   "entries": [{"type": "donation", "id": "don-2021-0001", ...}, {"type": "disbursement", ...}]
 * }
 * }</pre>
 *
 * <p>In these files an earmark is written {@code "category:<CATEGORY>"} or {@code "project:<id>"},
 * points as a whole number; a clue's or a proposal's mobile number and residents' free text are
 * written raw and never shown in an error.
 */
public final class GovernanceJson {

  /** The format name of grid hierarchy files. */
  public static final String GRID_HIERARCHY_FORMAT = "jiceng-governance/grid-hierarchy";

  /** The version of the grid hierarchy format this release reads and writes. */
  public static final int GRID_HIERARCHY_VERSION = 1;

  /** The format name of scenario files. */
  public static final String SCENARIO_FORMAT = "jiceng-governance/scenario";

  /** The version of the scenario format this release reads and writes. */
  public static final int SCENARIO_VERSION = 1;

  /** The format name of matching problem files. */
  public static final String MATCHING_PROBLEM_FORMAT = "jiceng-governance/matching-problem";

  /** The version of the matching problem format this release reads and writes. */
  public static final int MATCHING_PROBLEM_VERSION = 1;

  /** The format name of matching result files. */
  public static final String MATCHING_RESULT_FORMAT = "jiceng-governance/matching-result";

  /** The version of the matching result format this release reads and writes. */
  public static final int MATCHING_RESULT_VERSION = 1;

  /** The format name of demand event files. */
  public static final String DEMAND_EVENTS_FORMAT = "jiceng-governance/demand-events";

  /** The version of the demand event format this release reads and writes. */
  public static final int DEMAND_EVENTS_VERSION = 1;

  /** The format name of transparency report files. */
  public static final String TRANSPARENCY_REPORT_FORMAT = "jiceng-governance/transparency-report";

  /** The version of the transparency report format this release reads and writes. */
  public static final int TRANSPARENCY_REPORT_VERSION = 1;

  /** The format name of points ledger files. */
  public static final String POINTS_LEDGER_FORMAT = "jiceng-governance/points-ledger";

  /** The version of the points ledger format this release reads and writes. */
  public static final int POINTS_LEDGER_VERSION = 1;

  /** The format name of fund ledger files. */
  public static final String FUND_LEDGER_FORMAT = "jiceng-governance/fund-ledger";

  /** The version of the fund ledger format this release reads and writes. */
  public static final int FUND_LEDGER_VERSION = 1;

  /** The format name of a simulation event log. */
  public static final String SIMULATION_EVENTS_FORMAT = "jiceng-governance/simulation-events";

  /** The version of the simulation event log format this release reads and writes. */
  public static final int SIMULATION_EVENTS_VERSION = 1;

  /** The deepest nesting accepted in a file. */
  public static final int MAX_DEPTH = Documents.MAX_DEPTH;

  /** The longest string accepted in a file, in characters. */
  public static final int MAX_STRING_LENGTH = Documents.MAX_STRING_LENGTH;

  /** The longest number accepted in a file, in characters. */
  public static final int MAX_NUMBER_LENGTH = Documents.MAX_NUMBER_LENGTH;

  /** The longest property name accepted in a file, in characters. */
  public static final int MAX_NAME_LENGTH = Documents.MAX_NAME_LENGTH;

  /** The largest file accepted, in bytes (512 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = Documents.MAX_DOCUMENT_LENGTH;

  /**
   * The largest record stream accepted by the streaming readers, in bytes (16 GiB): they hold one
   * record at a time, so the cap bounds only the time spent, not memory.
   */
  public static final long MAX_STREAM_LENGTH = Documents.MAX_STREAM_LENGTH;

  private static final JsonMapper MAPPER = newMapper();

  private static final GovernanceFiles FILES = GovernanceFiles.of(Jackson2Syntax.INSTANCE);

  private GovernanceJson() {}

  /**
   * Returns a shared mapper with the {@link GovernanceJsonModule} and strict settings: unknown
   * properties and duplicate keys fail, trailing tokens fail, map keys are written sorted, and
   * input is bounded as described above. The mapper is immutable and safe to share.
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns the files read and written through Jackson 2: the static methods of this class are
   * its shortcuts. {@code GovernanceJackson3.files()} reads and writes the same bytes through
   * Jackson 3.
   */
  public static GovernanceFiles files() {
    return FILES;
  }

  private static JsonMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(Jackson2Syntax.LIMITS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new GovernanceJsonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * Reads the name of a file's format from its envelope, the top-level {@code format} property
   * (such as {@link #SCENARIO_FORMAT}), without reading the rest of the file into values, so a
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
  public static String readFormatName(InputStream in) throws IOException {
    return FILES.readFormatName(in);
  }

  /**
   * Reads a grid hierarchy file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated hierarchy; never null
   * @throws GovernanceFormatException if the file breaks the format or the hierarchy is invalid
   * @throws IOException if the stream cannot be read
   */
  public static GridHierarchy readGridHierarchy(InputStream in) throws IOException {
    return FILES.readGridHierarchy(in);
  }

  /**
   * Writes a grid hierarchy file: the envelope, the scheme, then the nodes in preorder.
   *
   * @param hierarchy the hierarchy to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeGridHierarchy(GridHierarchy hierarchy, OutputStream out) throws IOException {
    FILES.writeGridHierarchy(hierarchy, out);
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
  public static RecordReader<LevelScheme, GridNode> readGridNodes(InputStream in) throws IOException {
    return FILES.readGridNodes(in);
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
  public static RecordWriter<GridNode> writeGridNodes(LevelScheme scheme, OutputStream out) throws IOException {
    return FILES.writeGridNodes(scheme, out);
  }

  /**
   * Reads a scenario file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated scenario; never null
   * @throws GovernanceFormatException if the file breaks the format or a section is invalid
   * @throws IOException if the stream cannot be read
   */
  public static Scenario readScenario(InputStream in) throws IOException {
    return FILES.readScenario(in);
  }

  /**
   * Writes a scenario file: the envelope, then its sections in a fixed order.
   *
   * @param scenario the scenario to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeScenario(Scenario scenario, OutputStream out) throws IOException {
    FILES.writeScenario(scenario, out);
  }

  /**
   * Reads a matching problem file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated problem; never null
   * @throws GovernanceFormatException if the file breaks the format or the problem is invalid
   * @throws IOException if the stream cannot be read
   */
  public static MatchingProblem readMatchingProblem(InputStream in) throws IOException {
    return FILES.readMatchingProblem(in);
  }

  /**
   * Writes a matching problem file; past ratings and loads are written sorted by id.
   *
   * @param problem the problem to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeMatchingProblem(MatchingProblem problem, OutputStream out) throws IOException {
    FILES.writeMatchingProblem(problem, out);
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
  public static MatchingResult readMatchingResult(InputStream in) throws IOException {
    return FILES.readMatchingResult(in);
  }

  /**
   * Writes a matching result file, with an explanation line for every assignment's score.
   *
   * @param result the result to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeMatchingResult(MatchingResult result, OutputStream out) throws IOException {
    FILES.writeMatchingResult(result, out);
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
  public static RecordReader<Optional<GridId>, DemandEvent> readDemandEvents(InputStream in) throws IOException {
    return FILES.readDemandEvents(in);
  }

  /**
   * Opens a demand event file for writing one event at a time, in bounded memory.
   *
   * @param scope the root of the grid subtree the log covers, if it says
   * @param out where to write UTF-8 JSON; not closed
   * @return a writer; close it to complete the file
   * @throws IOException if the stream cannot be written
   */
  public static RecordWriter<DemandEvent> writeDemandEvents(Optional<GridId> scope, OutputStream out) throws IOException {
    return FILES.writeDemandEvents(scope, out);
  }

  /**
   * Reads a transparency report file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated report, whose arithmetic adds up; never null
   * @throws GovernanceFormatException if the file breaks the format or the report does not add up
   * @throws IOException if the stream cannot be read
   */
  public static TransparencyReport readTransparencyReport(InputStream in) throws IOException {
    return FILES.readTransparencyReport(in);
  }

  /**
   * Writes a transparency report file: the envelope, then the report's lines in their order.
   *
   * @param report the report to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeTransparencyReport(TransparencyReport report, OutputStream out) throws IOException {
    FILES.writeTransparencyReport(report, out);
  }

  /**
   * Opens a points ledger file for reading entry by entry, in bounded memory.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return a reader whose header is the policy the ledger is kept under
   * @throws GovernanceFormatException if the envelope or the policy break the format
   * @throws IOException if the stream cannot be read
   */
  public static RecordReader<PointsPolicy, io.github.jiceng.governance.model.points.LedgerEntry> readPointsLedger(
      InputStream in) throws IOException {
    return FILES.readPointsLedger(in);
  }

  /**
   * Opens a points ledger file for writing entry by entry, in bounded memory.
   *
   * @param policy the policy the ledger is kept under, written first
   * @param out where to write UTF-8 JSON; not closed
   * @return a writer; close it to complete the file
   * @throws IOException if the stream cannot be written
   */
  public static RecordWriter<io.github.jiceng.governance.model.points.LedgerEntry> writePointsLedger(
      PointsPolicy policy, OutputStream out) throws IOException {
    return FILES.writePointsLedger(policy, out);
  }

  /**
   * Opens a fund ledger file for reading entry by entry, in bounded memory.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return a reader whose header is the fund
   * @throws GovernanceFormatException if the envelope or the fund break the format
   * @throws IOException if the stream cannot be read
   */
  public static RecordReader<Fund, io.github.jiceng.governance.model.fund.LedgerEntry> readFundLedger(InputStream in) throws IOException {
    return FILES.readFundLedger(in);
  }

  /**
   * Opens a fund ledger file for writing entry by entry, in bounded memory.
   *
   * @param fund the fund whose ledger it is, written first
   * @param out where to write UTF-8 JSON; not closed
   * @return a writer; close it to complete the file
   * @throws IOException if the stream cannot be written
   */
  public static RecordWriter<io.github.jiceng.governance.model.fund.LedgerEntry> writeFundLedger(Fund fund,
      OutputStream out) throws IOException {
    return FILES.writeFundLedger(fund, out);
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
  public static RecordReader<SimulationRun, SimulationEvent> readSimulationEvents(InputStream in) throws IOException {
    return FILES.readSimulationEvents(in);
  }

  /**
   * Opens a simulation event log for writing event by event, in bounded memory.
   *
   * @param run the run the log is of
   * @param out where to write; closed with the writer
   * @return the writer, its header written
   * @throws IOException if writing fails
   */
  public static RecordWriter<SimulationEvent> writeSimulationEvents(SimulationRun run, OutputStream out) throws IOException {
    return FILES.writeSimulationEvents(run, out);
  }
}
