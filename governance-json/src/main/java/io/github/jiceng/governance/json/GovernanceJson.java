package io.github.jiceng.governance.json;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Jackson2Syntax;

/**
 * The SDK's file formats on Jackson 2: their names, versions and limits, the shared
 * {@link #mapper()}, and {@link #files()}, which reads and writes every format (one typed method
 * per format, {@link GovernanceFiles}).
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
 * ({@link GovernanceFiles#readGridNodes}, {@link GovernanceFiles#writeGridNodes}).
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
 * ({@link GovernanceFiles#readDemandEvents}, {@link GovernanceFiles#writeDemandEvents}).
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
 * entry in bounded memory ({@link GovernanceFiles#readPointsLedger}, {@link GovernanceFiles#writePointsLedger},
 * {@link GovernanceFiles#readFundLedger}, {@link GovernanceFiles#writeFundLedger}); each entry is validated as the model
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
   * Returns the files read and written through Jackson 2, the one way to read and write the
   * formats described on this class: {@code GovernanceJson.files().readScenario(in)}.
   * {@code GovernanceJackson3.files()} reads and writes the same bytes through Jackson 3.
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
}
