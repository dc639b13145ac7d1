package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Formats;
import io.github.jiceng.governance.json.internal.RecordCursor;
import io.github.jiceng.governance.json.internal.RecordSink;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.points.PointsPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

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
 * ({@code grid-hierarchy}, {@code scenario}, {@code transparency-report}, {@code points-ledger},
 * {@code fund-ledger}).
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
 *   "hierarchy": {"scheme": {...}, "nodes": [...]}
 * }
 * }</pre>
 *
 * <p>Every section but the hierarchy is optional (see {@link ScenarioSection}): a scenario names
 * only the features it plays. The policies ({@code pointsPolicy}, {@code serviceCatalogue},
 * {@code workingCalendar}, {@code checkInPolicy}, {@code assessmentSchemes},
 * {@code handlingPolicy}), the co-building fund with its disbursement policy ({@code fund}) and its
 * initial ledger entries ({@code fundEntries}), and the dated records ({@code clues},
 * {@code proposals}, {@code majorAffairs}, {@code jointMeetings}) each take one property. Within
 * them, a property the model defaults (a rule's pillar, a policy's rounding, a calendar's weekend)
 * reads as that default when absent and is always written.
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
 * <p>An actor is written {@code "person:<id>"} or {@code "organization:<id>"}; an earmark
 * {@code "category:<CATEGORY>"} or {@code "project:<id>"}; points as a whole number; money as
 * {@code {"fen", "currency"}}.
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

  private static final JsonMapper MAPPER = newMapper();

  private GovernanceJson() {}

  /**
   * Returns a shared mapper with the {@link GovernanceJsonModule} and strict settings: unknown
   * properties and duplicate keys fail, trailing tokens fail, map keys are written sorted, and
   * input is bounded as described above. The mapper is immutable and safe to share.
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static JsonMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(Documents.LIMITS)
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
   * Reads a grid hierarchy file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated hierarchy; never null
   * @throws GovernanceFormatException if the file breaks the format or the hierarchy is invalid
   * @throws IOException if the stream cannot be read
   */
  public static GridHierarchy readGridHierarchy(InputStream in) throws IOException {
    return Documents.read(requireNonNull(in, "in"), Formats.GRID_HIERARCHY);
  }

  /**
   * Writes a grid hierarchy file: the envelope, the scheme, then the nodes in preorder.
   *
   * @param hierarchy the hierarchy to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeGridHierarchy(GridHierarchy hierarchy, OutputStream out) throws IOException {
    Documents.write(requireNonNull(hierarchy, "hierarchy"), Formats.GRID_HIERARCHY, requireNonNull(out, "out"));
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
    return new RecordReader<>(new RecordCursor<>(Formats.GRID_NODES, requireNonNull(in, "in")));
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
    return new RecordWriter<>(new RecordSink<>(Formats.GRID_NODES, requireNonNull(scheme, "scheme"),
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
  public static Scenario readScenario(InputStream in) throws IOException {
    return Documents.read(requireNonNull(in, "in"), Formats.SCENARIO);
  }

  /**
   * Writes a scenario file: the envelope, then its sections in a fixed order.
   *
   * @param scenario the scenario to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeScenario(Scenario scenario, OutputStream out) throws IOException {
    Documents.write(requireNonNull(scenario, "scenario"), Formats.SCENARIO, requireNonNull(out, "out"));
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
    return Documents.read(requireNonNull(in, "in"), Formats.TRANSPARENCY_REPORT);
  }

  /**
   * Writes a transparency report file: the envelope, then the report's lines in their order.
   *
   * @param report the report to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeTransparencyReport(TransparencyReport report, OutputStream out) throws IOException {
    Documents.write(requireNonNull(report, "report"), Formats.TRANSPARENCY_REPORT, requireNonNull(out, "out"));
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
    return new RecordReader<>(new RecordCursor<>(Formats.POINTS_LEDGER, requireNonNull(in, "in")));
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
    return new RecordWriter<>(new RecordSink<>(Formats.POINTS_LEDGER, requireNonNull(policy, "policy"),
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
  public static RecordReader<Fund, io.github.jiceng.governance.model.fund.LedgerEntry> readFundLedger(InputStream in)
      throws IOException {
    return new RecordReader<>(new RecordCursor<>(Formats.FUND_LEDGER, requireNonNull(in, "in")));
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
    return new RecordWriter<>(new RecordSink<>(Formats.FUND_LEDGER, requireNonNull(fund, "fund"),
        requireNonNull(out, "out")));
  }
}
