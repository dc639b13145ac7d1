package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.sim.model.AbsenceStream;
import io.github.jiceng.governance.sim.model.CheckInStream;
import io.github.jiceng.governance.sim.model.ClueStream;
import io.github.jiceng.governance.sim.model.DemandStream;
import io.github.jiceng.governance.sim.model.DisbursementStream;
import io.github.jiceng.governance.sim.model.DonationStream;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.IntRange;
import io.github.jiceng.governance.sim.model.MoneyRange;
import io.github.jiceng.governance.sim.model.ProposalStream;
import io.github.jiceng.governance.sim.model.RatingWeights;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import io.github.jiceng.governance.sim.model.SimulationRun;
import io.github.jiceng.governance.sim.model.VolunteerStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The simulation's bindings: parameters in a scenario's {@code simulation} section and the event
 * log round-trip byte for byte on generated values, agree with the published schema, and refuse
 * malformed values with the pointer and the rule.
 */
final class SimulationBindingsTest {

  private static final int SEEDS = 200;
  private static final Schema SCENARIO_SCHEMA = schema("scenario");
  private static final Schema EVENTS_SCHEMA = schema("simulation-events");

  private static Schema schema(String name) {
    String resource = "io/github/jiceng/governance/json/schema/" + name + ".schema.json";
    try (InputStream in = SimulationBindingsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static IntRange range(SplittableRandom r, int min, int max) {
    int a = min + r.nextInt(max - min + 1);
    return IntRange.of(a, a + r.nextInt(max - a + 1));
  }

  private static MoneyRange money(SplittableRandom r) {
    long a = 1 + r.nextInt(10_000);
    return MoneyRange.ofYuan(a, a + r.nextInt(100_000));
  }

  static SimulationParameters parameters(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    SimulationParameters.Builder b = SimulationParameters.builder().start(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000)));
    if (r.nextBoolean()) {
      b.zone(ZoneId.of(r.nextBoolean() ? "UTC" : "Asia/Urumqi"));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      Map<Urgency, Integer> urgency = new EnumMap<>(Urgency.class);
      urgency.put(Urgency.values()[r.nextInt(4)], 1 + r.nextInt(9));
      b.addDemandStream(new DemandStream("cat-" + r.nextInt(100), r.nextBoolean() ? "GRID" : "BUILDING",
          r.nextInt(5000), Set.of("cap" + r.nextInt(5)), Pillar.ARTICLE_FIVE.get(r.nextInt(5)),
          DemandSource.values()[r.nextInt(3)], urgency, range(r, 1, 50), 1 + r.nextInt(60), within(r)));
    }
    if (r.nextBoolean()) {
      b.reviewAcceptPerMille(r.nextInt(1001)).partitionLevel("GRID").claimantAvailabilityPerMille(r.nextInt(1001))
          .purchaseBudgetPerMonth(Money.ofFen(r.nextInt(10_000_000))).serviceDays(range(r, 0, 30))
          .effortMinutes(range(r, 1, 600)).ratings(RatingWeights.of(r.nextInt(9), r.nextInt(9), 1, r.nextInt(9),
              r.nextInt(9))).withdrawPerMille(r.nextInt(1001)).releasePerMille(r.nextInt(1001))
          .volunteering(new VolunteerStream(r.nextInt(1001), range(r, 1, 600), range(r, 0, 30)))
          .checkIns(new CheckInStream(r.nextInt(10_000), r.nextInt(1001))).disbursementPatienceDays(1 + r.nextInt(60))
          .absences(new AbsenceStream(r.nextInt(1001), range(r, 1, 30))).redemptionPerMille(r.nextInt(1001))
          .addHandlingPostKind(PostKind.EXECUTIVE_SECRETARY).fundPayer(PersonId.of("p-" + r.nextInt(99)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addDonation(new DonationStream(DonationChannel.values()[r.nextInt(5)], r.nextInt(5000), money(r),
          r.nextBoolean() ? Optional.empty() : Optional.of(OutflowCategory.values()[r.nextInt(9)])));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addDisbursement(new DisbursementStream(OutflowCategory.values()[r.nextInt(9)], r.nextInt(5000), money(r)));
    }
    if (r.nextBoolean()) {
      b.clues(new ClueStream("GRID", r.nextInt(5000), List.of(ClueCategory.TRAVEL, ClueCategory.of("NOISE")),
          1 + r.nextInt(9), r.nextInt(1001), Map.of(ImplementationMode.SERVICE_CHAIN, 1 + r.nextInt(5)), money(r),
          range(r, 1, 500), range(r, 1, 90), within(r)));
    }
    if (r.nextBoolean()) {
      b.proposals(new ProposalStream("COMMUNITY", r.nextInt(5000), r.nextInt(1001), r.nextInt(1001), r.nextInt(1001),
          r.nextInt(1001), r.nextInt(1001), within(r)));
    }
    return b.build();
  }

  /** A stream's subtree: none half the time, else one of a few grids. */
  private static Optional<GridId> within(SplittableRandom r) {
    return r.nextBoolean() ? Optional.empty() : Optional.of(GridId.of("g-" + r.nextInt(20)));
  }

  private static byte[] write(Scenario s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bindings.files().writeScenario(s, out);
    return out.toByteArray();
  }

  @Test
  void parametersRoundTripByteForByteInAScenarioAndThroughTheMapperAndFitTheSchema() throws IOException {
    GridHierarchy h = SampleFiles.sample();
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationParameters p = parameters(seed);
      Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, h).section(ScenarioSection.SIMULATION, p).build();
      byte[] bytes = write(s);
      Scenario back = Bindings.files().readScenario(new ByteArrayInputStream(bytes));
      assertThat(back.section(ScenarioSection.SIMULATION)).as("seed %d", seed).hasValue(p);
      assertThat(write(back)).as("seed %d", seed).isEqualTo(bytes);
      assertThat(SCENARIO_SCHEMA.validate(new String(bytes, UTF_8), InputFormat.JSON)).as("seed %d", seed).isEmpty();
      byte[] mapped = Bindings.mapper().writeValueAsBytes(p);
      assertThat(Bindings.mapper().readValue(mapped, SimulationParameters.class)).as("seed %d", seed).isEqualTo(p);
    }
  }

  @Test
  void aMalformedParameterFailsAtItsPointerWithItsRuleAndFailsTheSchemaToo() throws IOException {
    SimulationParameters p = SimulationParameters.builder().start(LocalDate.of(2024, 1, 1))
        .ratings(RatingWeights.of(1, 2, 3, 4, 5)).absences(new AbsenceStream(4, IntRange.of(1, 7))).build();
    String text = new String(write(Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.sample())
        .section(ScenarioSection.SIMULATION, p).build()), UTF_8);
    String badDate = text.replace("\"start\": \"2024-01-01\"", "\"start\": \"2024-02-30\"");
    GovernanceFormatException date = catchThrowableOfType(GovernanceFormatException.class,
        () -> Bindings.files().readScenario(new ByteArrayInputStream(badDate.getBytes(UTF_8))));
    assertThat(date.pointer()).isEqualTo("/simulation/start");
    String sixWeights = text.replaceFirst("\"weights\": \\[", "\"weights\": [0,");
    assertThat(sixWeights).isNotEqualTo(text);
    GovernanceFormatException weights = catchThrowableOfType(GovernanceFormatException.class,
        () -> Bindings.files().readScenario(new ByteArrayInputStream(sixWeights.getBytes(UTF_8))));
    assertThat(weights.pointer()).startsWith("/simulation/ratings");
    assertThat(weights.rule()).isEqualTo("five-weights");
    String negative = text.replace("\"perMillePerDay\": 4", "\"perMillePerDay\": -4");
    assertThat(negative).isNotEqualTo(text);
    GovernanceFormatException rate = catchThrowableOfType(GovernanceFormatException.class,
        () -> Bindings.files().readScenario(new ByteArrayInputStream(negative.getBytes(UTF_8))));
    assertThat(rate.pointer()).isEqualTo("/simulation/absences/perMillePerDay");
    assertThat(SCENARIO_SCHEMA.validate(negative, InputFormat.JSON)).isNotEmpty();
  }

  // ---------------------------------------------------------------------------------- events

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  static List<SimulationEvent> events() {
    GridId g = GridId.of("baiyun-g1");
    Demand demand = Demand.builder().id(DemandId.of("d-1")).source(DemandSource.RESIDENT).requester(PersonId.of("p-1"))
        .grid(g).category("elderly-care").addRequiredCapability("care").urgency(Urgency.HIGH).beneficiaries(2)
        .window(Interval.starting(T0, Duration.ofDays(7))).pillar(Pillar.SERVICE_SHARING).submittedAt(T0).build();
    Resource resource = Resource.builder().id(ResourceId.of("r-1")).claimant(OrganizationId.of("unit-1"))
        .channel(Channel.CLAIM).addCapability("care").addCoverage(g).capacityPerPeriod(3).costPerService(Money.ZERO)
        .available(Interval.starting(T0, Duration.ofDays(365))).build();
    Project project = Project.builder().id(ProjectId.of("p-1")).name("elderly-care 2024-01-01")
        .addDemand(demand.id()).budget(Money.ZERO).pillar(Pillar.SERVICE_SHARING).build();
    ServiceRecord service = ServiceRecord.builder().id(ServiceId.of("s-1")).addDemand(demand.id()).resource(resource.id())
        .provider(resource.claimant()).channel(Channel.CLAIM).addPerformedBy(resource.claimant())
        .time(Interval.starting(T0.plusSeconds(3600), Duration.ofHours(2))).effort(Duration.ofMinutes(90))
        .beneficiaries(2).cost(Money.ZERO).build();
    Outcome outcome = Outcome.builder().id(OutcomeId.of("o-1")).service(service.id()).rating(5)
        .beneficiariesReached(2).evaluatedAt(T0.plusSeconds(86_400)).evaluator(PersonId.of("p-1")).build();
    List<EventPayload> payloads = List.of(new EventPayload.OfDemand(demand), new EventPayload.OfResource(resource),
        new EventPayload.OfProject(project), new EventPayload.OfService(service), new EventPayload.OfOutcome(outcome),
        new EventPayload.OfFund(PracticeScenario.fund(), FundPolicies.streetDefault("street",
            List.of(PersonId.of("p-secretary"), PersonId.of("p-deputy"), PersonId.of("p-treasurer")))),
        new EventPayload.OfFundEntry(PracticeScenario.donation()),
        new EventPayload.OfFundEntry(PracticeScenario.disbursement()),
        new EventPayload.OfPledge(PracticeScenario.pledge()));
    List<SimulationEvent> out = new ArrayList<>();
    long seq = 0;
    for (EventPayload p : payloads) {
      out.add(new SimulationEvent(++seq, 0, T0, EventKind.DEMAND_SUBMITTED, Optional.of(PersonId.of("p-1")),
          Optional.of(g), Optional.of(Action.RAISE), new TreeMap<>(Map.of(SimulationEvent.DEMAND, "d-1")),
          "p-1 raises \"elderly-care\" — 点单", Optional.of(p)));
    }
    out.add(new SimulationEvent(++seq, 3, T0.plusSeconds(3 * 86_400), EventKind.REFUSED, Optional.empty(),
        Optional.empty(), Optional.empty(), new TreeMap<>(), "", Optional.empty()));
    out.add(new SimulationEvent(++seq, 3, T0.plusSeconds(3 * 86_400), EventKind.POINTS_AWARDED,
        Optional.of(OrganizationId.of("unit-1")), Optional.empty(), Optional.empty(),
        new TreeMap<>(Map.of(SimulationEvent.ENTRY, "fulfilled:d-1", SimulationEvent.ORGANIZATION, "unit-1")),
        "30 pt × rating 5 1.5 = 45", Optional.empty()));
    return out;
  }

  private static SimulationRun run(GridHierarchy h) {
    return new SimulationRun("practice", -7L, 30, LocalDate.of(2024, 1, 1), ZoneId.of("Asia/Shanghai"),
        MatchingMode.GREEDY, h.root(), h);
  }

  @Test
  void theEventLogStreamsAndReadsBackEveryKindOfPayloadByteForByte() throws IOException {
    GridHierarchy h = SampleFiles.sample();
    List<SimulationEvent> events = events();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<SimulationEvent> w = Bindings.files().writeSimulationEvents(run(h), out)) {
      for (SimulationEvent e : events) {
        w.write(e);
      }
    }
    byte[] bytes = out.toByteArray();
    assertThat(EVENTS_SCHEMA.validate(new String(bytes, UTF_8), InputFormat.JSON)).isEmpty();
    List<SimulationEvent> read = new ArrayList<>();
    try (RecordReader<SimulationRun, SimulationEvent> r = Bindings.files().readSimulationEvents(new ByteArrayInputStream(bytes))) {
      assertThat(r.header().scenario()).isEqualTo("practice");
      assertThat(r.header().hierarchy().nodes()).isEqualTo(h.nodes());
      assertThat(r.header().matching()).isEqualTo(MatchingMode.GREEDY);
      while (r.hasNext()) {
        read.add(r.next());
      }
    }
    assertThat(read).isEqualTo(events);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    try (RecordWriter<SimulationEvent> w = Bindings.files().writeSimulationEvents(run(h), again)) {
      for (SimulationEvent e : read) {
        w.write(e);
      }
    }
    assertThat(again.toByteArray()).isEqualTo(bytes);
    assertThat(new String(bytes, UTF_8)).startsWith("{\n  \"format\": \"jiceng-governance/simulation-events\",");
  }

  @Test
  void anEventUnderAnActionWithoutItsActorIsRefusedWithTheModelsRule() throws IOException {
    GridHierarchy h = SampleFiles.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<SimulationEvent> w = Bindings.files().writeSimulationEvents(run(h), out)) {
      w.write(events().get(0));
    }
    String text = new String(out.toByteArray(), UTF_8).replace("\"actor\": \"person:p-1\",", "")
        .replace("\"actor\": \"p-1\",", "");
    GovernanceFormatException e = catchThrowableOfType(GovernanceFormatException.class, () -> {
      try (RecordReader<SimulationRun, SimulationEvent> r = Bindings.files().readSimulationEvents(
          new ByteArrayInputStream(text.getBytes(UTF_8)))) {
        while (r.hasNext()) {
          r.next();
        }
      }
    });
    assertThat(e).as(text.substring(0, Math.min(400, text.length()))).isNotNull();
    assertThat(e.rule()).isEqualTo("action-has-actor-and-grid");
    assertThat(e.pointer()).startsWith("/events/0");
  }

  @Test
  void anUnknownEventKindFailsAtItsPointer() throws IOException {
    GridHierarchy h = SampleFiles.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<SimulationEvent> w = Bindings.files().writeSimulationEvents(run(h), out)) {
      w.write(events().stream().filter(ev -> ev.kind() == EventKind.REFUSED).findFirst().orElseThrow());
    }
    String text = new String(out.toByteArray(), UTF_8).replace("\"REFUSED\"", "\"SHRUGGED\"");
    GovernanceFormatException e = catchThrowableOfType(GovernanceFormatException.class, () -> {
      try (RecordReader<SimulationRun, SimulationEvent> r = Bindings.files().readSimulationEvents(
          new ByteArrayInputStream(text.getBytes(UTF_8)))) {
        r.next();
      }
    });
    assertThat(e.pointer()).isEqualTo("/events/0/kind");
  }
}
