package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.internal.ActorCodecs;
import io.github.jiceng.governance.json.internal.AuthorityCodecs;
import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Formats;
import io.github.jiceng.governance.json.internal.MatchingCodecs;
import io.github.jiceng.governance.json.internal.PostCodecs;
import io.github.jiceng.governance.json.internal.ServiceCodecs;
import io.github.jiceng.governance.json.internal.TaxonomyCodecs;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.authority.OrganizationGrant;
import io.github.jiceng.governance.model.authority.PostGrant;
import io.github.jiceng.governance.model.authority.RoleGrant;
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.Ineligibility;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.ScoreComponent;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.GridRequirement;
import io.github.jiceng.governance.model.post.Handover;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.PartyCoverage;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Overdue;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.IntegrationDefinition;
import io.github.jiceng.governance.model.taxonomy.Mechanism;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.taxonomy.PillarDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Read, write, read is the identity and writing is byte-stable, for generated values of every type
 * the actor, taxonomy, post, authority, service and matching bindings cover, through the codec and
 * through the Jackson module.
 */
final class BindingRoundTripPropertyTest {

  private static final int SEEDS = 150;

  /** One bound type: its codec, a generator, and the class the Jackson module binds it to. */
  record Case<T>(Class<T> type, Codec<T> codec, Function<Generators, T> generate) {
    @Override
    public String toString() {
      return type.getName().substring(type.getName().lastIndexOf('.') + 1);
    }
  }

  private static <T> Case<T> c(Class<T> type, Codec<T> codec, Function<Generators, T> generate) {
    return new Case<>(type, codec, generate);
  }

  static List<Case<?>> cases() {
    return List.of(
        c(IdentityNumber.class, ActorCodecs.IDENTITY_NUMBER, Generators::identityNumber),
        c(MobileNumber.class, ActorCodecs.MOBILE_NUMBER, Generators::mobile),
        c(CreditCode.class, ActorCodecs.CREDIT_CODE, Generators::creditCode),
        c(PersonName.class, ActorCodecs.PERSON_NAME, Generators::personName),
        c(ActorId.class, ActorCodecs.ACTOR_ID, Generators::actor),
        c(RoleKind.class, ActorCodecs.ROLE_KIND, g -> g.pick(RoleKind.values())),
        c(DeputyKind.class, ActorCodecs.DEPUTY_KIND, g -> g.pick(DeputyKind.values())),
        c(OrganizationKind.class, ActorCodecs.ORGANIZATION_KIND, g -> g.pick(OrganizationKind.values())),
        c(Role.class, ActorCodecs.ROLE, Generators::role),
        c(Person.class, ActorCodecs.PERSON, Generators::person),
        c(Household.class, ActorCodecs.HOUSEHOLD, g -> g.household(List.of(
            io.github.jiceng.governance.model.actor.PersonId.of(g.id("p"))))),
        c(Organization.class, ActorCodecs.ORGANIZATION, g -> g.organization(List.of(
            io.github.jiceng.governance.model.actor.OrganizationId.of(g.id("org"))))),
        c(GridSquad.class, ActorCodecs.GRID_SQUAD, g -> g.squad(g.grid(), List.of(), List.of())),
        c(Mechanism.class, TaxonomyCodecs.MECHANISM, g -> g.pillarDefinition().mechanism()),
        c(Integration.class, TaxonomyCodecs.INTEGRATION, g -> g.integrationDefinition().integration()),
        c(PillarDefinition.class, TaxonomyCodecs.PILLAR_DEFINITION, Generators::pillarDefinition),
        c(IntegrationDefinition.class, TaxonomyCodecs.INTEGRATION_DEFINITION, Generators::integrationDefinition),
        c(OneCoreFiveCo.class, TaxonomyCodecs.ONE_CORE_FIVE_CO, Generators::oneCoreFiveCo),
        c(OneLeadFourIntegrations.class, TaxonomyCodecs.ONE_LEAD_FOUR_INTEGRATIONS,
            Generators::oneLeadFourIntegrations),
        c(Taxonomies.class, TaxonomyCodecs.TAXONOMIES, Generators::taxonomies),
        c(PostId.class, PostCodecs.POST_ID, g -> g.post().id()),
        c(PostKind.class, PostCodecs.POST_KIND, Generators::postKind),
        c(AbsenceKind.class, PostCodecs.ABSENCE_KIND, g -> g.pick(AbsenceKind.values())),
        c(HolderSlot.class, PostCodecs.HOLDER_SLOT, g -> g.pick(HolderSlot.values())),
        c(Post.class, PostCodecs.POST, Generators::post),
        c(Absence.class, PostCodecs.ABSENCE, g -> g.absence(List.of())),
        c(Handover.class, PostCodecs.HANDOVER, Generators::handover),
        c(GridRequirement.class, PostCodecs.GRID_REQUIREMENT, Generators::gridRequirement),
        c(PartyCoverage.class, PostCodecs.PARTY_COVERAGE, Generators::partyCoverage),
        c(Roster.class, PostCodecs.ROSTER, Generators::roster),
        c(StaffingPolicy.class, PostCodecs.STAFFING_POLICY, Generators::staffingPolicy),
        c(Action.class, AuthorityCodecs.ACTION, g -> g.pick(Action.values())),
        c(PostGrant.class, AuthorityCodecs.POST_GRANT, g -> new PostGrant(g.postKind(), g.enumSubset(Action.class))),
        c(RoleGrant.class, AuthorityCodecs.ROLE_GRANT, g -> new RoleGrant(g.pick(RoleKind.values()),
            g.enumSubset(Action.class))),
        c(OrganizationGrant.class, AuthorityCodecs.ORGANIZATION_GRANT, g -> new OrganizationGrant(
            g.pick(OrganizationKind.values()), g.enumSubset(Action.class))),
        c(AuthorityPolicy.class, AuthorityCodecs.AUTHORITY_POLICY, Generators::authorityPolicy),
        c(DemandId.class, ServiceCodecs.DEMAND_ID, g -> DemandId.of(g.id("d"))),
        c(ResourceId.class, ServiceCodecs.RESOURCE_ID, g -> ResourceId.of(g.id("r"))),
        c(ProjectId.class, ServiceCodecs.PROJECT_ID, g -> ProjectId.of(g.id("pj"))),
        c(ServiceId.class, ServiceCodecs.SERVICE_ID, g -> ServiceId.of(g.id("s"))),
        c(OutcomeId.class, ServiceCodecs.OUTCOME_ID, g -> OutcomeId.of(g.id("o"))),
        c(Channel.class, ServiceCodecs.CHANNEL, g -> g.pick(Channel.values())),
        c(DemandSource.class, ServiceCodecs.DEMAND_SOURCE, g -> g.pick(DemandSource.values())),
        c(DemandState.class, ServiceCodecs.DEMAND_STATE, g -> g.pick(DemandState.values())),
        c(Transition.class, ServiceCodecs.TRANSITION, g -> g.pick(Transition.values())),
        c(Urgency.class, ServiceCodecs.URGENCY, g -> g.pick(Urgency.values())),
        c(Demand.class, ServiceCodecs.DEMAND, Generators::demand),
        c(Resource.class, ServiceCodecs.RESOURCE, Generators::resource),
        c(Project.class, ServiceCodecs.PROJECT, g -> g.project(List.of(DemandId.of(g.id("d"))))),
        c(ServiceRecord.class, ServiceCodecs.SERVICE_RECORD, g -> g.serviceRecord(List.of(), g.resource())),
        c(Outcome.class, ServiceCodecs.OUTCOME, g -> g.outcome(ServiceId.of(g.id("s")))),
        c(FiveLists.class, ServiceCodecs.FIVE_LISTS, g -> g.fiveLists(g.resources())),
        c(DemandStatus.class, ServiceCodecs.DEMAND_STATUS, Generators::demandStatus),
        c(DemandEvent.class, ServiceCodecs.DEMAND_EVENT, Generators::demandEvent),
        c(DeadlinePolicy.class, ServiceCodecs.DEADLINE_POLICY, Generators::deadlinePolicy),
        c(Overdue.class, ServiceCodecs.OVERDUE, Generators::overdue),
        c(MatchingMode.class, MatchingCodecs.MATCHING_MODE, g -> g.pick(MatchingMode.values())),
        c(Optimality.class, MatchingCodecs.OPTIMALITY, g -> g.pick(Optimality.values())),
        c(UnmatchedReason.class, MatchingCodecs.UNMATCHED_REASON, g -> g.pick(UnmatchedReason.values())),
        c(Ineligibility.class, MatchingCodecs.INELIGIBILITY, g -> g.pick(Ineligibility.values())),
        c(ScoreComponent.class, MatchingCodecs.SCORE_COMPONENT, g -> g.pick(ScoreComponent.values())),
        c(ChannelPolicy.class, MatchingCodecs.CHANNEL_POLICY, Generators::channelPolicy),
        c(ScoreWeights.class, MatchingCodecs.SCORE_WEIGHTS, Generators::scoreWeights),
        c(RatingHistory.class, MatchingCodecs.RATING_HISTORY, Generators::ratingHistory),
        c(MatchingProblem.class, MatchingCodecs.MATCHING_PROBLEM, Generators::matchingProblem),
        c(ScoreBreakdown.class, MatchingCodecs.SCORE_BREAKDOWN, Generators::scoreBreakdown),
        c(Assignment.class, MatchingCodecs.ASSIGNMENT, Generators::assignment),
        c(Unmatched.class, MatchingCodecs.UNMATCHED, Generators::unmatched),
        c(StageReport.class, MatchingCodecs.STAGE_REPORT, Generators::stageReport),
        c(MatchingResult.class, MatchingCodecs.MATCHING_RESULT, Generators::matchingResult));
  }

  /**
   * Returns what equality of values means for the test: the value itself, but the five lists and
   * hierarchies (which have no equality of their own) as their lists, also inside a scenario or a
   * problem.
   */
  static Object view(Object value) {
    if (value instanceof io.github.jiceng.governance.model.grid.GridHierarchy h) {
      return List.of(h.scheme(), h.nodes());
    }
    if (value instanceof MatchingProblem p) {
      return List.of(view(p.hierarchy()), p.demands(), p.resources(), p.policy(), p.weights(), p.purchaseBudget(),
          p.pastRatings(), p.currentLoad());
    }
    if (value instanceof FiveLists f) {
      return List.of(List.copyOf(f.demands()), List.copyOf(f.resources()), List.copyOf(f.projects()),
          List.copyOf(f.services()), List.copyOf(f.outcomes()));
    }
    if (value instanceof Scenario s) {
      Map<String, Object> sections = new LinkedHashMap<>();
      for (ScenarioSection<?> section : ScenarioSection.values()) {
        s.section(section).ifPresent(v -> sections.put(section.name(), view(v)));
      }
      return sections;
    }
    return value;
  }

  static <T> byte[] write(T value, Codec<T> codec) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.write(Bindings.syntax(), value, codec, out);
    return out.toByteArray();
  }

  static <T> T read(byte[] bytes, Codec<T> codec) throws IOException {
    return Documents.read(Bindings.syntax(), new ByteArrayInputStream(bytes), codec);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void readingWhatWasWrittenGivesTheSameValueAndTheSameBytes(Case<T> c) throws IOException {
    for (long seed = 0; seed < SEEDS; seed++) {
      T value = c.generate().apply(new Generators(seed));
      byte[] bytes = write(value, c.codec());
      T back = read(bytes, c.codec());
      assertThat(view(back)).as("%s, seed %d:\n%s", c, seed, new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(view(value));
      assertThat(write(back, c.codec())).as("%s, seed %d", c, seed).isEqualTo(bytes);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void theJacksonModuleReadsAndWritesTheSameForm(Case<T> c) throws IOException {
    for (long seed = 0; seed < SEEDS / 5; seed++) {
      T value = c.generate().apply(new Generators(seed));
      byte[] json = Bindings.mapper().writeAs(c.type(), value);
      T back = Bindings.mapper().readValue(json, c.type());
      assertThat(view(back)).as("%s, seed %d", c, seed).isEqualTo(view(value));
      assertThat(GovernanceJson.mapper().readTree(json)).as("%s, seed %d", c, seed)
          .isEqualTo(GovernanceJson.mapper().readTree(write(value, c.codec())));
    }
  }

  @Test
  void aRoleVariantWrittenThroughTheMapperNamesItsTypeAndReadsBackAsARole() throws IOException {
    for (long seed = 0; seed < 50; seed++) {
      Role role = new Generators(seed).role();
      byte[] json = Bindings.mapper().writeValueAsBytes(role);
      assertThat(GovernanceJson.mapper().readTree(json).get("type").isTextual()).as("seed %d", seed).isTrue();
      assertThat(Bindings.mapper().readValue(json, Role.class)).as("seed %d", seed).isEqualTo(role);
      assertThat(Bindings.mapper().readValue(json, role.getClass())).as("seed %d", seed).isEqualTo(role);
    }
    byte[] resident = Bindings.mapper().writeValueAsBytes(new Role.Resident(
        io.github.jiceng.governance.model.actor.HouseholdId.of("h-1")));
    org.assertj.core.api.Assertions.assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Bindings.mapper().readValue(resident, Role.SocialWorker.class))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("known-type"));
  }

  @ParameterizedTest(name = "seeds from {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1_000_000})
  void scenariosWithEverySectionRoundTrip(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      Generators g = new Generators(seed);
      for (Scenario s : List.of(g.scenario(), g.fullScenario())) {
        byte[] bytes = SampleFiles.write(s);
        Scenario back = SampleFiles.readScenario(bytes);
        assertThat(view(back)).as("seed %d", seed).isEqualTo(view(s));
        assertThat(SampleFiles.write(back)).as("seed %d", seed).isEqualTo(bytes);
      }
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1_000_000})
  void matchingFilesRoundTrip(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      Generators g = new Generators(seed);
      MatchingProblem problem = g.matchingProblem();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Bindings.files().writeMatchingProblem(problem, out);
      MatchingProblem p = Bindings.files().readMatchingProblem(new ByteArrayInputStream(out.toByteArray()));
      assertThat(view(p)).as("seed %d", seed).isEqualTo(view(problem));
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      Bindings.files().writeMatchingProblem(p, again);
      assertThat(again.toByteArray()).as("seed %d", seed).isEqualTo(out.toByteArray());

      MatchingResult result = g.matchingResult();
      out = new ByteArrayOutputStream();
      Bindings.files().writeMatchingResult(result, out);
      MatchingResult r = Bindings.files().readMatchingResult(new ByteArrayInputStream(out.toByteArray()));
      assertThat(r).as("seed %d", seed).isEqualTo(result);
      again = new ByteArrayOutputStream();
      Bindings.files().writeMatchingResult(r, again);
      assertThat(again.toByteArray()).as("seed %d", seed).isEqualTo(out.toByteArray());
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1_000_000})
  void demandEventsStreamAndReadBackInOrder(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      Generators g = new Generators(seed);
      Optional<io.github.jiceng.governance.model.grid.GridId> scope = g.maybe(g::grid);
      List<DemandEvent> events = g.some(20, g::demandEvent);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter<DemandEvent> w = Bindings.files().writeDemandEvents(scope, out)) {
        for (DemandEvent e : events) {
          w.write(e);
        }
      }
      byte[] whole = write(new ServiceCodecs.DemandEventFile(scope, events), Formats.DEMAND_EVENTS);
      assertThat(out.toByteArray()).as("seed %d: the stream writes the whole file's bytes", seed).isEqualTo(whole);
      List<DemandEvent> read = new ArrayList<>();
      try (RecordReader<Optional<io.github.jiceng.governance.model.grid.GridId>, DemandEvent> r =
          Bindings.files().readDemandEvents(new ByteArrayInputStream(whole))) {
        assertThat(r.header()).as("seed %d", seed).isEqualTo(scope);
        while (r.hasNext()) {
          read.add(r.next());
        }
      }
      assertThat(read).as("seed %d", seed).isEqualTo(events);
    }
  }

  @Test
  void everyPublicTypeOfTheBoundModelPackagesHasACaseAndABinding() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (String pkg : List.of("actor", "taxonomy", "post", "authority", "service", "matching")) {
      expected.addAll(ModelTypes.publicTypes("io.github.jiceng.governance.model." + pkg));
    }
    expected.addAll(List.of(IdentityNumber.class.getName(), MobileNumber.class.getName(),
        CreditCode.class.getName()));
    // not values: a marker interface, and the ids and pillars bound with the shared values
    expected.remove("io.github.jiceng.governance.model.taxonomy.PillarBound");
    assertThat(expected).as("the model's public types").hasSizeGreaterThan(70)
        .contains(Role.Deputy.class.getName(), FiveLists.class.getName(), MatchingResult.class.getName());
    Set<String> bound = Formats.bindings().stream().map(codec -> codec.type().getName())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> tested = Stream.concat(cases().stream().map(c -> c.type().getName()),
        Stream.of("io.github.jiceng.governance.model.actor.PersonId",
            "io.github.jiceng.governance.model.actor.OrganizationId",
            "io.github.jiceng.governance.model.actor.HouseholdId",
            "io.github.jiceng.governance.model.taxonomy.Pillar"))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> roleVariants = expected.stream().filter(n -> n.contains("Role$")).collect(Collectors.toSet());
    assertThat(bound).as("bound by the Jackson module").containsAll(expected);
    Set<String> untested = new TreeSet<>(expected);
    untested.removeAll(tested);
    untested.removeAll(roleVariants); // generated through the Role case and checked by the variant test
    assertThat(untested).as("bound types without a round-trip case").isEmpty();
  }
}
