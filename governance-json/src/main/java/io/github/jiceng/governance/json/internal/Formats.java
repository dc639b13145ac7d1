package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.Scenario;
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
import java.util.List;
import java.util.Optional;

/** The SDK's file formats: their codecs, streaming forms and published schemas. */
public final class Formats {

  /** The grid hierarchy file: envelope, scheme, nodes in preorder. */
  public static final ObjectCodec<GridHierarchy> GRID_HIERARCHY =
      GridCodecs.GRID_HIERARCHY.withEnvelope("jiceng-governance/grid-hierarchy", 1);

  /** The grid hierarchy file read and written as a stream of nodes, with the scheme as header. */
  public static final RecordFormat<LevelScheme, GridNode> GRID_NODES = RecordFormat.of(GRID_HIERARCHY,
      GridCodecs.NODES, v -> v.get(GridCodecs.SCHEME), (scheme, out) -> out.put(GridCodecs.SCHEME, scheme));

  /** The scenario file: envelope, then one property per section. */
  public static final ObjectCodec<Scenario> SCENARIO =
      ScenarioCodecs.SCENARIO.withEnvelope("jiceng-governance/scenario", 1);

  /** The matching problem file: envelope, then the problem's properties. */
  public static final ObjectCodec<MatchingProblem> MATCHING_PROBLEM =
      MatchingCodecs.MATCHING_PROBLEM.withEnvelope("jiceng-governance/matching-problem", 1);

  /** The matching result file: envelope, then the result's properties with every score explained. */
  public static final ObjectCodec<MatchingResult> MATCHING_RESULT =
      MatchingCodecs.MATCHING_RESULT.withEnvelope("jiceng-governance/matching-result", 1);

  /** The demand-event file: envelope, an optional scope, then the events. */
  public static final ObjectCodec<ServiceCodecs.DemandEventFile> DEMAND_EVENTS =
      ServiceCodecs.DEMAND_EVENT_FILE.withEnvelope("jiceng-governance/demand-events", 1);

  /** The demand-event file read and written one event at a time, with the scope as header. */
  public static final RecordFormat<Optional<GridId>, DemandEvent> DEMAND_EVENT_RECORDS = RecordFormat.of(
      DEMAND_EVENTS, ServiceCodecs.EVENTS, v -> v.get(ServiceCodecs.EVENT_SCOPE),
      (scope, out) -> out.put(ServiceCodecs.EVENT_SCOPE, scope));

  /** The transparency report file (资金公示): envelope, then the report. */
  public static final ObjectCodec<TransparencyReport> TRANSPARENCY_REPORT =
      FundCodecs.TRANSPARENCY_REPORT.withEnvelope("jiceng-governance/transparency-report", 1);

  /** The points ledger file: envelope, the policy, then the entries; read and written as a stream. */
  static final ObjectCodec<LedgerFile<PointsPolicy, io.github.jiceng.governance.model.points.LedgerEntry>>
      POINTS_LEDGER_FILE = PointsCodecs.LEDGER_FILE.withEnvelope("jiceng-governance/points-ledger", 1);

  /** The points ledger file as a stream of entries, with the policy as header. */
  public static final RecordFormat<PointsPolicy, io.github.jiceng.governance.model.points.LedgerEntry> POINTS_LEDGER =
      RecordFormat.of(POINTS_LEDGER_FILE, PointsCodecs.LEDGER_ENTRIES, v -> v.get(PointsCodecs.LEDGER_POLICY),
          (policy, out) -> out.put(PointsCodecs.LEDGER_POLICY, policy));

  /** The fund ledger file: envelope, the fund, then the entries; read and written as a stream. */
  static final ObjectCodec<LedgerFile<Fund, io.github.jiceng.governance.model.fund.LedgerEntry>> FUND_LEDGER_FILE =
      FundCodecs.LEDGER_FILE.withEnvelope("jiceng-governance/fund-ledger", 1);

  /** The fund ledger file as a stream of entries, with the fund as header. */
  public static final RecordFormat<Fund, io.github.jiceng.governance.model.fund.LedgerEntry> FUND_LEDGER =
      RecordFormat.of(FUND_LEDGER_FILE, FundCodecs.LEDGER_ENTRIES, v -> v.get(FundCodecs.LEDGER_FUND),
          (fund, out) -> out.put(FundCodecs.LEDGER_FUND, fund));

  /** The simulation event log: envelope, the run it logs, then the events. */
  public static final ObjectCodec<SimulationCodecs.EventLog> SIMULATION_EVENTS =
      SimulationCodecs.EVENT_LOG.withEnvelope("jiceng-governance/simulation-events", 1);

  /** The simulation event log read and written one event at a time, with the run as header. */
  public static final RecordFormat<SimulationRun, SimulationEvent> SIMULATION_EVENT_RECORDS = RecordFormat.of(
      SIMULATION_EVENTS, SimulationCodecs.LOG.events, SimulationCodecs.LOG::run, SimulationCodecs.LOG::header);

  /**
   * A file format with a published schema.
   *
   * @param title the schema's title
   * @param codec the file's codec, with its envelope
   */
  public record FileFormat(String title, ObjectCodec<?> codec) {

    /** Returns the format name in the envelope. */
    public String name() {
      return codec.formatName();
    }

    /** Returns the schema's file name, such as {@code grid-hierarchy.schema.json}. */
    public String schemaFile() {
      return name().substring(name().indexOf('/') + 1) + ".schema.json";
    }

    /** Returns the class path resource of the published schema. */
    public String schemaResource() {
      return "io/github/jiceng/governance/json/schema/" + schemaFile();
    }

    /** Generates the schema from the codec. */
    public byte[] generateSchema() {
      return Schemas.bytes(Schemas.document(
          "https://jiceng.github.io/governance/schema/" + schemaFile(),
          title + ", version " + codec.formatVersion(), codec));
    }
  }

  private Formats() {}

  /** Returns every file format with a published schema. */
  public static List<FileFormat> all() {
    return List.of(
        new FileFormat("Jiceng Governance SDK grid hierarchy file", GRID_HIERARCHY),
        new FileFormat("Jiceng Governance SDK scenario file", SCENARIO),
        new FileFormat("Jiceng Governance SDK matching problem file", MATCHING_PROBLEM),
        new FileFormat("Jiceng Governance SDK matching result file", MATCHING_RESULT),
        new FileFormat("Jiceng Governance SDK demand event file", DEMAND_EVENTS),
        new FileFormat("Jiceng Governance SDK transparency report file", TRANSPARENCY_REPORT),
        new FileFormat("Jiceng Governance SDK points ledger file", POINTS_LEDGER_FILE),
        new FileFormat("Jiceng Governance SDK fund ledger file", FUND_LEDGER_FILE),
        new FileFormat("Jiceng Governance SDK simulation event log", SIMULATION_EVENTS));
  }

  /** Returns every codec bound to a model type, for the Jackson module. */
  public static List<Codec<?>> bindings() {
    List<Codec<?>> all = new java.util.ArrayList<>(ValueCodecs.all());
    all.addAll(GridCodecs.all());
    all.addAll(ActorCodecs.all());
    all.addAll(TaxonomyCodecs.all());
    all.addAll(PostCodecs.all());
    all.addAll(AuthorityCodecs.all());
    all.addAll(ServiceCodecs.all());
    all.addAll(MatchingCodecs.all());
    all.addAll(PointsCodecs.all());
    all.addAll(VolunteerCodecs.all());
    all.addAll(CheckInCodecs.all());
    all.addAll(AssessmentCodecs.all());
    all.addAll(FundCodecs.all());
    all.addAll(ClueCodecs.all());
    all.addAll(ProposalCodecs.all());
    all.addAll(DeliberationCodecs.all());
    all.addAll(PillarCodecs.all());
    all.addAll(VenueCodecs.all());
    all.addAll(CoBuildingCodecs.all());
    all.addAll(SimulationCodecs.all());
    return List.copyOf(all);
  }
}
