package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.internal.ActorCodecs;
import io.github.jiceng.governance.json.internal.AuthorityCodecs;
import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Formats;
import io.github.jiceng.governance.json.internal.MatchingCodecs;
import io.github.jiceng.governance.json.internal.PostCodecs;
import io.github.jiceng.governance.json.internal.ServiceCodecs;
import io.github.jiceng.governance.json.internal.TaxonomyCodecs;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Resource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Malformed values of each new binding fail with a format error at the pointer of the bad node and
 * with the rule the model or the format names: wrong types, missing and unknown properties, invalid
 * ids, codes and keys, and broken invariants of the model.
 */
final class BindingErrorsTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String ID = "150622199001010011";
  private static final String MOBILE = "13912345678";
  private static final String NAME = "欧阳娜娜";

  private static <T> ObjectNode tree(Codec<T> codec, T value) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Documents.write(Bindings.syntax(), value, codec, out);
      return (ObjectNode) PLAIN.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GovernanceFormatException fails(Codec<?> codec, JsonNode json) {
    return fails(codec, json.toString());
  }

  private static GovernanceFormatException fails(Codec<?> codec, String json) {
    GovernanceFormatException[] caught = new GovernanceFormatException[1];
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Documents.read(Bindings.syntax(), new ByteArrayInputStream(json.getBytes(UTF_8)), codec))
        .satisfies(e -> caught[0] = e);
    return caught[0];
  }

  private static void failsAt(Codec<?> codec, JsonNode json, String pointer, String rule) {
    GovernanceFormatException e = fails(codec, json);
    assertThat(e.pointer()).as("%s", e.getMessage()).isEqualTo(pointer);
    assertThat(e.rule()).as("%s", e.getMessage()).isEqualTo(rule);
  }

  private static <T> ObjectNode edited(Codec<T> codec, T value, Consumer<ObjectNode> edit) {
    ObjectNode node = tree(codec, value);
    edit.accept(node);
    return node;
  }

  private static Person person() {
    return Person.builder().id(PersonId.of("p-1")).name(PersonName.of(NAME)).identityNumber(IdentityNumber.of(ID))
        .mobile(MobileNumber.of(MOBILE)).addRole(Role.PartyMember.of(OrganizationId.of("baiyun-branch"))).build();
  }

  @Test
  void anInvalidIdentityNumberFailsAtItsPropertyWithTheModelsRuleAndOnlyItsMaskedForm() {
    String wrongCheck = ID.substring(0, 17) + "2";
    GovernanceFormatException e = fails(ActorCodecs.PERSON,
        edited(ActorCodecs.PERSON, person(), p -> p.put("identityNumber", wrongCheck)));
    assertThat(e.pointer()).isEqualTo("/identityNumber");
    assertThat(e.rule()).isEqualTo("check-character");
    assertThat(e.getMessage()).contains("1***************12").doesNotContain(wrongCheck).doesNotContain(ID);
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> p.put("identityNumber", ID.substring(1))),
        "/identityNumber", "length-18");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> p.put("identityNumber", 150622199L)),
        "/identityNumber", "string");
  }

  @Test
  void anInvalidMobileOrNameFailsWithoutShowingIt() {
    GovernanceFormatException mobile = fails(ActorCodecs.PERSON,
        edited(ActorCodecs.PERSON, person(), p -> p.put("mobile", "1391234567")));
    assertThat(mobile.pointer()).isEqualTo("/mobile");
    assertThat(mobile.rule()).isEqualTo("mobile-form");
    assertThat(mobile.getMessage()).doesNotContain("1391234567");
    GovernanceFormatException number = fails(ActorCodecs.PERSON,
        edited(ActorCodecs.PERSON, person(), p -> p.put("mobile", 13912345678L)));
    assertThat(number.rule()).isEqualTo("string");
    assertThat(number.getMessage()).contains("139****5678").doesNotContain(MOBILE);
    GovernanceFormatException name = fails(ActorCodecs.PERSON,
        edited(ActorCodecs.PERSON, person(), p -> p.put("name", NAME + "\u0007")));
    assertThat(name.pointer()).isEqualTo("/name");
    assertThat(name.rule()).isEqualTo("name-form");
    assertThat(name.getMessage()).doesNotContain(NAME);
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> p.put("name", "  ")), "/name", "name-form");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> p.put("name", "李".repeat(51))), "/name",
        "name-form");
  }

  @Test
  void personsRefuseMissingUnknownAndMistypedPropertiesAndBrokenRoles() {
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> p.remove("id")), "/id", "required");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> p.put("email", "x@y.cn")), "/email",
        "known-property");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> p.put("id", "not an id!")), "/id",
        "id-form");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(),
        p -> ((ObjectNode) p.get("roles").get(0)).put("type", "mayor")), "/roles/0/type", "known-type");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(),
        p -> p.putArray("roles").addObject().put("type", "policeOfficer").putArray("grids")),
        "/roles/0/grids", "grids-present");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(), p -> {
      ArrayNode roles = p.putArray("roles");
      roles.addObject().put("type", "resident").put("household", "h-1");
      roles.addObject().put("household", "h-2").put("type", "resident");
    }), "/roles", "role-single");
    failsAt(ActorCodecs.PERSON, edited(ActorCodecs.PERSON, person(),
        p -> p.putArray("roles").addObject().put("type", "partyMember").put("branch", "b-1").put("group", "b-1")),
        "/roles/0/group", "group-not-branch");
  }

  @Test
  void anActorIsAPersonOrAnOrganizationByPrefix() {
    failsAt(ActorCodecs.ACTOR_ID, PLAIN.getNodeFactory().textNode("user:p-1"), "", "actor-form");
    failsAt(ActorCodecs.ACTOR_ID, PLAIN.getNodeFactory().textNode("p-1"), "", "actor-form");
    failsAt(ActorCodecs.ACTOR_ID, PLAIN.getNodeFactory().textNode("person:not an id!"), "", "id-form");
    failsAt(ActorCodecs.ACTOR_ID, PLAIN.getNodeFactory().numberNode(7), "", "string");
  }

  @Test
  void organizationsKeepTheirKindsRules() {
    Generators g = new Generators(1);
    String org = "{\"id\": \"unit-1\", \"kind\": \"RESIDENT_UNIT\", \"name\": \"准格尔旗供电公司\"}";
    failsAt(ActorCodecs.ORGANIZATION, tree(org), "/creditCode", "credit-code-required");
    String code = g.creditCode().value();
    String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? "1" : "0");
    failsAt(ActorCodecs.ORGANIZATION, ((ObjectNode) tree(org)).put("creditCode", wrong), "/creditCode",
        "check-character");
    failsAt(ActorCodecs.ORGANIZATION, ((ObjectNode) tree(org)).put("creditCode", code).put("kind", "PARTY_ORGANIZATION"),
        "/partyLevel", "party-level-required");
    failsAt(ActorCodecs.ORGANIZATION, ((ObjectNode) tree(org)).put("creditCode", code).put("headcount", -1),
        "/headcount", "integer-range");
    failsAt(ActorCodecs.ORGANIZATION, ((ObjectNode) tree(org)).put("creditCode", code).put("kind", "UNIT"),
        "/kind", "enum");
    failsAt(ActorCodecs.ORGANIZATION, ((ObjectNode) tree(org)).put("creditCode", code).put("parent", "unit-1"),
        "/parent", "parent-not-self");
    failsAt(ActorCodecs.HOUSEHOLD, tree("{\"id\": \"h-1\", \"grid\": \"g\", \"members\": [\"p-1\", \"p-1\"]}"),
        "/members/1", "unique-items");
    failsAt(ActorCodecs.GRID_SQUAD, tree("{\"grid\": \"g\", \"pillar\": \"safety\"}"), "/pillar", "key-form");
  }

  @Test
  void taxonomiesRefuseRepeatedPillarsAndMalformedKeys() {
    String pillar = "{\"pillar\": \"A\", \"name\": \"甲\", \"mechanism\": \"M\", \"mechanismName\": \"乙\"}";
    failsAt(TaxonomyCodecs.ONE_CORE_FIVE_CO, tree("{\"version\": 1, \"pillars\": [" + pillar + ", " + pillar + "]}"),
        "/pillars", "pillar-unique");
    failsAt(TaxonomyCodecs.ONE_CORE_FIVE_CO, tree("{\"version\": 1, \"pillars\": []}"), "/pillars",
        "pillars-present");
    failsAt(TaxonomyCodecs.ONE_CORE_FIVE_CO, tree("{\"version\": 0, \"pillars\": [" + pillar + "]}"), "/version",
        "integer-range");
    failsAt(TaxonomyCodecs.ONE_CORE_FIVE_CO, tree("{\"pillars\": [" + pillar + "]}"), "/version", "required");
    failsAt(TaxonomyCodecs.ONE_CORE_FIVE_CO, tree("{\"version\": 1, \"pillars\": ["
        + pillar.replace("\"M\"", "\"grid squad\"") + "]}"), "/pillars/0/mechanism", "key-form");
    failsAt(TaxonomyCodecs.ONE_LEAD_FOUR_INTEGRATIONS, tree("{\"version\": 1, \"integrations\": [{\"integration\": "
        + "\"A\", \"name\": \"共建\"}], \"serviceIdeas\": [\"核心引领\", \"核心引领\"]}"), "/serviceIdeas/1",
        "unique-items");
    failsAt(TaxonomyCodecs.TAXONOMIES, tree("{\"oneCoreFiveCo\": {\"version\": 1, \"pillars\": []}}"),
        "/oneCoreFiveCo/pillars", "pillars-present");
  }

  @Test
  void postsRostersAndPoliciesPointAtTheBrokenEntry() {
    String post = "{\"id\": \"post-1\", \"kind\": \"GRID_HEAD\", \"organization\": \"o\", \"scope\": \"g\","
        + " \"holderA\": \"p-1\", \"holderB\": \"p-1\"}";
    failsAt(PostCodecs.POST, tree(post), "/holderB", "holders-distinct");
    failsAt(PostCodecs.POST, tree(post.replace("GRID_HEAD", "grid head")), "/kind", "key-form");
    failsAt(PostCodecs.HANDOVER, tree("{\"post\": \"post-1\", \"acting\": \"p-1\", \"absent\": \"p-1\", \"period\": "
        + "{\"start\": \"2024-01-01T00:00:00Z\", \"end\": \"2024-01-02T00:00:00Z\"}}"), "/acting",
        "acting-for-another");
    failsAt(PostCodecs.ABSENCE, tree("{\"person\": \"p-1\", \"kind\": \"LEAVE\", \"period\": "
        + "{\"start\": \"2024-01-02T00:00:00Z\", \"end\": \"2024-01-01T00:00:00Z\"}}"), "/period/end", "end-after-start");
    String person = "{\"id\": \"p-2\", \"name\": \"李明\"}";
    failsAt(PostCodecs.ROSTER, tree("{\"persons\": [{\"id\": \"p-1\", \"name\": \"王芳\"}, " + person + ", " + person
        + "]}"), "/persons/2/id", "id-unique");
    failsAt(PostCodecs.ROSTER, tree("{\"squads\": [{\"grid\": \"g-1\"}, {\"grid\": \"g-1\"}]}"), "/squads/1/grid",
        "id-unique");
    failsAt(PostCodecs.STAFFING_POLICY, tree("{\"version\": 1, \"maxLiaisonLoad\": 0}"), "/maxLiaisonLoad",
        "integer-range");
    failsAt(PostCodecs.STAFFING_POLICY, tree("{\"maxLiaisonLoad\": 3}"), "/version", "required");
    failsAt(PostCodecs.STAFFING_POLICY, tree("{\"version\": 1, \"gridRequirements\": [{\"level\": \" \"}]}"),
        "/gridRequirements/0/level", "level-present");
    failsAt(PostCodecs.STAFFING_POLICY, tree("{\"version\": 1, \"gridRequirements\": [{\"level\": \"GRID\", "
        + "\"squadRoles\": [\"PARTY_MEMBER\", \"MAYOR\"]}]}"), "/gridRequirements/0/squadRoles/1", "enum");
  }

  @Test
  void authorityPoliciesKeepDeputiesToRaisingAndAdvising() {
    failsAt(AuthorityCodecs.AUTHORITY_POLICY, tree("{\"version\": 1, \"roleGrants\": [{\"kind\": \"RESIDENT\", "
        + "\"actions\": [\"RAISE\"]}, {\"kind\": \"DEPUTY\", \"actions\": [\"RAISE\", \"DISPATCH\"]}]}"),
        "/roleGrants/1/actions", "deputies-raise-and-advise-only");
    failsAt(AuthorityCodecs.AUTHORITY_POLICY, tree("{\"version\": 1, \"postGrants\": [{\"kind\": \"GRID_HEAD\", "
        + "\"actions\": []}, {\"kind\": \"GRID_HEAD\", \"actions\": [\"RAISE\"]}]}"), "/postGrants/1/kind",
        "grant-unique");
    failsAt(AuthorityCodecs.AUTHORITY_POLICY, tree("{\"version\": 1, \"postGrants\": [{\"kind\": \"GRID_HEAD\", "
        + "\"actions\": [\"DELETE\"]}]}"), "/postGrants/0/actions/0", "enum");
  }

  @Test
  void demandsAndTheFiveListsPointAtTheBrokenRecordAndLink() {
    Generators g = new Generators(7);
    ObjectNode demand = tree(ServiceCodecs.DEMAND, g.demand());
    failsAt(ServiceCodecs.DEMAND, demand.deepCopy().put("category", "elderly care"), "/category", "pattern");
    failsAt(ServiceCodecs.DEMAND, demand.deepCopy().put("beneficiaries", 0), "/beneficiaries", "integer-range");
    failsAt(ServiceCodecs.DEMAND, demand.deepCopy().put("requester", "p-1"), "/requester", "actor-form");
    ObjectNode resource = tree(ServiceCodecs.RESOURCE, g.resource());
    failsAt(ServiceCodecs.RESOURCE, resource.deepCopy().set("capabilities", PLAIN.createArrayNode()), "/capabilities",
        "not-empty");
    ObjectNode cost = resource.deepCopy();
    ((ObjectNode) cost.get("costPerService")).put("fen", -1);
    failsAt(ServiceCodecs.RESOURCE, cost, "/costPerService/fen", "integer-range");
    ((ObjectNode) cost.get("costPerService")).put("fen", 1).put("currency", "USD");
    failsAt(ServiceCodecs.RESOURCE, cost, "/costPerService/currency", "currency-cny");

    Resource r = g.resource();
    FiveLists lists;
    do {
      lists = g.fiveLists(List.of(r));
    } while (lists.services().isEmpty() || lists.projects().isEmpty());
    ObjectNode five = tree(ServiceCodecs.FIVE_LISTS, lists);
    ObjectNode missing = five.deepCopy();
    ((ObjectNode) missing.get("services").get(0)).put("resource", "r-nowhere");
    failsAt(ServiceCodecs.FIVE_LISTS, missing, "/services/0/resource", "resource-exists");
    ObjectNode provider = five.deepCopy();
    ((ObjectNode) provider.get("services").get(0)).put("provider", "org-else");
    failsAt(ServiceCodecs.FIVE_LISTS, provider, "/services/0/provider", "provider-offers-resource");
    ObjectNode grouped = five.deepCopy();
    ((ArrayNode) grouped.get("projects").get(0).get("demands")).add("d-nowhere");
    failsAt(ServiceCodecs.FIVE_LISTS, grouped,
        "/projects/0/demands/" + (grouped.get("projects").get(0).get("demands").size() - 1), "demand-exists");
    ObjectNode twice = five.deepCopy();
    ((ArrayNode) twice.get("demands")).add(twice.get("demands").get(0).deepCopy());
    failsAt(ServiceCodecs.FIVE_LISTS, twice, "/demands/" + (twice.get("demands").size() - 1) + "/id", "unique-id");
    failsAt(ServiceCodecs.PROJECT, tree("{\"id\": \"pj\", \"name\": \"改造\", \"demands\": [\"d-1\", \"d-1\"], "
        + "\"budget\": {\"fen\": 1, \"currency\": \"CNY\"}, \"pillar\": \"SERVICE_SHARING\"}"), "/demands/1",
        "unique-items");
  }

  @Test
  void aScenarioPointsABrokenLinkOfItsServiceChainIntoTheChainOrTheResources() throws IOException {
    Generators g = new Generators(11);
    Scenario s;
    do {
      s = g.fullScenario();
    } while (s.section(ScenarioSection.SERVICE_CHAIN).orElseThrow().services().isEmpty());
    ObjectNode file = (ObjectNode) PLAIN.readTree(SampleFiles.write(s));
    ObjectNode missing = file.deepCopy();
    ((ObjectNode) missing.get("serviceChain").get("services").get(0)).put("resource", "r-nowhere");
    failsAt(Formats.SCENARIO, missing, "/serviceChain/services/0/resource", "resource-exists");
    ObjectNode twice = file.deepCopy();
    ((ArrayNode) twice.get("resources")).add(twice.get("resources").get(0).deepCopy());
    failsAt(Formats.SCENARIO, twice, "/resources/" + (twice.get("resources").size() - 1) + "/id", "unique-id");
    ObjectNode none = file.deepCopy();
    none.remove("resources");
    failsAt(Formats.SCENARIO, none, "/serviceChain/services/0/resource", "resource-exists");
  }

  @Test
  void aScenarioInCodeHasTheResourcesOfItsServiceChain() {
    Generators g = new Generators(3);
    Resource r = g.resource();
    FiveLists chain = g.fiveLists(List.of(r));
    assertThatExceptionOfType(io.github.jiceng.governance.model.shared.DomainValidationException.class)
        .isThrownBy(() -> Scenario.builder().section(ScenarioSection.HIERARCHY, g.hierarchy)
            .section(ScenarioSection.SERVICE_CHAIN, chain).build())
        .satisfies(e -> assertThat(e.violations().get(0).rule()).isEqualTo("resources-section"));
    Scenario ok = Scenario.builder().section(ScenarioSection.HIERARCHY, g.hierarchy)
        .section(ScenarioSection.RESOURCES, List.of(r)).section(ScenarioSection.SERVICE_CHAIN, chain).build();
    assertThat(ok.section(ScenarioSection.SERVICE_CHAIN)).isPresent();
    assertThat(ok.sectionOrDefault(ScenarioSection.TAXONOMY)).contains(Taxonomies.ARTICLE);
    assertThat(ok.sectionOrDefault(ScenarioSection.ROSTER)).isEmpty();
    assertThat(ok.section(ScenarioSection.TAXONOMY)).isEmpty();
  }

  @Test
  void lifecycleValuesRefuseUnknownStatesAndOutOfRangeCounts() {
    Generators g = new Generators(5);
    ObjectNode status = tree(ServiceCodecs.DEMAND_STATUS, g.demandStatus());
    failsAt(ServiceCodecs.DEMAND_STATUS, status.deepCopy().put("events", -1), "/events", "integer-range");
    failsAt(ServiceCodecs.DEMAND_STATUS, status.deepCopy().put("rating", 6), "/rating", "integer-range");
    failsAt(ServiceCodecs.DEMAND_STATUS, status.deepCopy().put("state", "LOST"), "/state", "enum");
    ObjectNode event = tree(ServiceCodecs.DEMAND_EVENT, g.demandEvent());
    failsAt(ServiceCodecs.DEMAND_EVENT, event.deepCopy().put("transition", "FLY"), "/transition", "enum");
    failsAt(ServiceCodecs.DEMAND_EVENT, event.deepCopy().put("at", "yesterday"), "/at", "text-form");
    failsAt(ServiceCodecs.DEADLINE_POLICY, tree("{\"limits\": {\"SUBMITTED\": \"P3D\", \"CLOSED\": \"P1D\"}}"),
        "/limits/CLOSED", "limit-state-not-final");
    failsAt(ServiceCodecs.DEADLINE_POLICY, tree("{\"limits\": {\"SUBMITTED\": \"PT0S\"}}"), "/limits/SUBMITTED",
        "limit-positive");
    failsAt(ServiceCodecs.DEADLINE_POLICY, tree("{\"limits\": {\"SUBMITTED\": \"three days\"}}"), "/limits/SUBMITTED",
        "text-form");
    failsAt(ServiceCodecs.DEADLINE_POLICY, tree("{\"limits\": {\"LATER\": \"P1D\"}}"), "/limits/LATER", "enum");
  }

  @Test
  void matchingPoliciesAndProblemsPointAtTheBrokenEntry() {
    failsAt(MatchingCodecs.CHANNEL_POLICY, tree("{\"order\": [\"CLAIM\", \"CLAIM\"]}"), "/order/1", "unique-items");
    failsAt(MatchingCodecs.CHANNEL_POLICY, tree("{\"order\": [\"CLAIM\"], \"sharePerMille\": {\"PURCHASE\": 500}}"),
        "/sharePerMille/PURCHASE", "share-of-allowed-channel");
    failsAt(MatchingCodecs.CHANNEL_POLICY, tree("{\"order\": [\"CLAIM\"], \"sharePerMille\": {\"CLAIM\": 1001}}"),
        "/sharePerMille/CLAIM", "integer-range");
    failsAt(MatchingCodecs.CHANNEL_POLICY, tree("{\"order\": []}"), "/order", "channels-present");
    failsAt(MatchingCodecs.SCORE_WEIGHTS, tree("{\"capabilityFit\": 1, \"gridDistance\": 1, \"pastRating\": 1, "
        + "\"loadBalance\": 1}"), "/urgency", "required");
    failsAt(MatchingCodecs.RATING_HISTORY, tree("{\"count\": 2, \"stars\": 11}"), "/stars", "stars-fit-count");

    Generators g = new Generators(9);
    MatchingProblem problem;
    do {
      problem = g.matchingProblem();
    } while (problem.demands().size() < 2 || problem.resources().isEmpty());
    ObjectNode file = tree(Formats.MATCHING_PROBLEM, problem);
    ObjectNode outside = file.deepCopy();
    ((ObjectNode) outside.get("demands").get(1)).put("grid", "nowhere");
    failsAt(Formats.MATCHING_PROBLEM, outside, "/demands/1/grid", "grid-in-hierarchy");
    ObjectNode coverage = file.deepCopy();
    ((ArrayNode) coverage.get("resources").get(0).get("coverage")).add("nowhere");
    failsAt(Formats.MATCHING_PROBLEM, coverage,
        "/resources/0/coverage/" + (coverage.get("resources").get(0).get("coverage").size() - 1), "grid-in-hierarchy");
    ObjectNode twice = file.deepCopy();
    ((ObjectNode) twice.get("demands").get(1)).put("id", twice.get("demands").get(0).get("id").textValue());
    failsAt(Formats.MATCHING_PROBLEM, twice, "/demands/1/id", "unique-id");
    failsAt(Formats.MATCHING_PROBLEM, file.deepCopy().put("format", "jiceng-governance/matching-result"), "/format",
        "format-name");
    failsAt(Formats.MATCHING_PROBLEM, file.deepCopy().put("formatVersion", 2), "/formatVersion",
        "format-version-supported");
  }

  @Test
  void aResultWhoseExplanationDisagreesWithItsBreakdownFails() {
    Generators g = new Generators(13);
    MatchingResult result;
    do {
      result = g.matchingResult();
    } while (result.assignments().isEmpty());
    ObjectNode file = tree(Formats.MATCHING_RESULT, result);
    ObjectNode score = (ObjectNode) file.get("assignments").get(0).get("score");
    assertThat(score.get("explanation").textValue()).isEqualTo(result.assignments().get(0).score().explain());
    score.put("total", score.get("total").longValue() + 1);
    failsAt(Formats.MATCHING_RESULT, file, "/assignments/0/score/explanation", "explanation-derived");
    failsAt(Formats.MATCHING_RESULT, file.deepCopy().put("mode", "FAST"), "/mode", "enum");
    score.put("total", score.get("total").longValue() - 1);
    score.remove("explanation");
    assertThat(read(Formats.MATCHING_RESULT, file)).as("the explanation may be left out").isEqualTo(result);
  }

  @Test
  void aDemandEventStreamFailsAtTheBadEventAfterTheGoodOnes() throws IOException {
    Generators g = new Generators(17);
    List<DemandEvent> events = List.of(g.demandEvent(), g.demandEvent(), g.demandEvent());
    ObjectNode file = tree(Formats.DEMAND_EVENTS, new ServiceCodecs.DemandEventFile(Optional.of(GridId.of("g")),
        events));
    ((ObjectNode) file.get("events").get(1)).put("transition", "FLY");
    try (RecordReader<Optional<GridId>, DemandEvent> r = Bindings.files().readDemandEvents(
        new ByteArrayInputStream(file.toString().getBytes(UTF_8)))) {
      assertThat(r.header()).contains(GridId.of("g"));
      assertThat(r.next()).isEqualTo(events.get(0));
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::next)
          .satisfies(e -> assertThat(e.pointer()).isEqualTo("/events/1/transition"))
          .satisfies(e -> assertThat(e.rule()).isEqualTo("enum"));
    }
    String late = "{\"format\": \"jiceng-governance/demand-events\", \"formatVersion\": 1, \"events\": [], "
        + "\"scope\": \"g\"}";
    assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(() -> {
      try (RecordReader<Optional<GridId>, DemandEvent> r = Bindings.files().readDemandEvents(
          new ByteArrayInputStream(late.getBytes(UTF_8)))) {
        r.hasNext();
      }
    }).satisfies(e -> assertThat(e.rule()).isEqualTo("records-last"));
  }

  private static <T> T read(Codec<T> codec, JsonNode json) {
    try {
      return Documents.read(Bindings.syntax(), new ByteArrayInputStream(json.toString().getBytes(UTF_8)), codec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
