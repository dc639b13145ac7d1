package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The model's rules apply to files: a scenario, a report or a ledger that breaks one fails with
 * the model's rule at the pointer of the property the rule is about, and the file's own checks
 * (ranges, patterns, the key forms, the text forms of actors and earmarks) fail at the damaged
 * node. The damage is done to one fixed scenario of the article's practice.
 */
final class FeatureFilesApplyModelRulesTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static byte[] practice() {
    try {
      return SampleFiles.write(PracticeScenario.scenario());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The practice scenario with the object at {@code at} edited. */
  private static byte[] damaged(String at, Consumer<ObjectNode> edit) {
    try {
      JsonNode root = PLAIN.readTree(practice());
      edit.accept((ObjectNode) root.at(JsonPointer.compile(at)));
      return PLAIN.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertRejected(byte[] scenario, String pointer, String rule) {
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Bindings.files().readScenario(new ByteArrayInputStream(scenario)))
        .satisfies(e -> assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer))
        .satisfies(e -> assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule));
  }

  @Test
  void thePracticeScenarioReadsBackAsWritten() throws IOException {
    Scenario s = PracticeScenario.scenario();
    byte[] bytes = practice();
    Scenario back = SampleFiles.readScenario(bytes);
    for (ScenarioSection<?> section : FeatureSamples.SECTIONS) {
      assertThat(back.section(section)).as("%s", section).isPresent().isEqualTo(s.section(section));
    }
    assertThat(back.hierarchy().nodes()).isEqualTo(s.hierarchy().nodes());
    assertThat(SampleFiles.write(back)).isEqualTo(bytes);
    assertThat(back.section(ScenarioSection.POINTS_POLICY)).contains(RedStarPolicies.article());
  }

  @Test
  void aScenarioWithoutTheFeatureSectionsStillReads() throws IOException {
    byte[] bytes = damaged("", root -> root.retain("format", "formatVersion", "hierarchy"));
    Scenario s = Bindings.files().readScenario(new ByteArrayInputStream(bytes));
    for (ScenarioSection<?> section : ScenarioSection.values()) {
      assertThat(s.section(section).isPresent()).as("%s", section).isEqualTo(section == ScenarioSection.HIERARCHY);
    }
    assertThat(s.sectionOrDefault(ScenarioSection.POINTS_POLICY)).contains(RedStarPolicies.article());
    assertThat(s.sectionOrDefault(ScenarioSection.CHECK_IN_POLICY))
        .contains(io.github.jiceng.governance.model.checkin.CheckInPolicy.defaults());
    assertThat(s.sectionOrDefault(ScenarioSection.HANDLING_POLICY))
        .contains(io.github.jiceng.governance.model.proposal.HandlingPolicy.streetDefault());
    assertThat(s.sectionOrDefault(ScenarioSection.ASSESSMENT_SCHEMES)).contains(List.of(
        io.github.jiceng.governance.model.assessment.AssessmentSchemes.partyMembers(),
        io.github.jiceng.governance.model.assessment.AssessmentSchemes.units()));
    for (ScenarioSection<?> data : List.of(ScenarioSection.SERVICE_CATALOGUE, ScenarioSection.WORKING_CALENDAR,
        ScenarioSection.FUND, ScenarioSection.FUND_ENTRIES, ScenarioSection.CLUES, ScenarioSection.PROPOSALS,
        ScenarioSection.MAJOR_AFFAIRS, ScenarioSection.JOINT_MEETINGS, ScenarioSection.FUND_PLEDGES,
        ScenarioSection.VENUES, ScenarioSection.SPACE_GRANTS, ScenarioSection.CO_BUILDING_AGREEMENTS)) {
      assertThat(s.sectionOrDefault(data)).as("%s has no default", data).isEmpty();
    }
    assertThat(Bindings.files().readScenario(new ByteArrayInputStream(SampleFiles.write(s)))
        .section(ScenarioSection.POINTS_POLICY)).as("a default is not written").isEmpty();
  }

  @Test
  void venuesKeepTheirRoomsInsideTheirFloorArea() {
    assertRejected(damaged("/venues/0", o -> o.put("floorArea", 700)), "/venues/0/rooms", "rooms-fit-floor-area");
    assertRejected(damaged("/venues/0/openingHours", o -> o.put("closes", "08:00")), "/venues/0/openingHours/closes",
        "opens-before-closes");
  }

  @Test
  void spaceGrantsOweWholeMinutesOverAtLeastAWeek() {
    assertRejected(damaged("/spaceGrants/0", o -> o.put("servicePerWeek", "PT20M30S")), "/spaceGrants/0/servicePerWeek",
        "whole-minutes");
    assertRejected(damaged("/spaceGrants/0/period", o -> o.put("end", "2023-01-02T16:00:00Z")),
        "/spaceGrants/0/period", "period-at-least-a-week");
  }

  @Test
  void agreementsCommitSomethingAndServeAnIntegration() {
    assertRejected(damaged("/coBuildingAgreements/0", o -> {
      o.remove("resources");
      o.remove("posts");
      o.remove("serviceHours");
    }), "/coBuildingAgreements/0/resources", "commits-something");
    assertRejected(damaged("/coBuildingAgreements/0", o -> o.putArray("integrations")),
        "/coBuildingAgreements/0/integrations", "serves-an-integration");
  }

  @Test
  void pledgesReadBackWithTheirDueDay() throws IOException {
    Scenario back = SampleFiles.readScenario(practice());
    assertThat(back.section(ScenarioSection.FUND_PLEDGES).orElseThrow()).containsExactly(PracticeScenario.pledge());
    assertThat(PLAIN.readTree(practice()).at("/fundPledges/0/dueOn").asText()).isEqualTo("2021-12-31");
  }

  @Test
  void fundEntriesKeepMakerCheckerBalancedDrawsAndEarmarks() {
    assertRejected(damaged("/fundEntries/1/approvals/0", o -> o.put("approver", "p-clerk")),
        "/fundEntries/1/approvals", "maker-checker");
    assertRejected(damaged("/fundEntries/1", o -> o.put("paidBy", "p-clerk")), "/fundEntries/1/paidBy",
        "maker-checker");
    assertRejected(damaged("/fundEntries/1/draws/0/amount", o -> o.put("fen", 1)), "/fundEntries/1/draws",
        "draws-balance");
    assertRejected(damaged("/fundEntries/1/draws/0", o -> o.put("earmark", "category:EMERGENCY")),
        "/fundEntries/1/draws", "earmark-admits");
    assertRejected(damaged("/fundEntries/1/draws/0/amount", o -> o.put("fen", -1)),
        "/fundEntries/1/draws/0/amount/fen", "integer-range");
    assertRejected(damaged("/fundEntries/0/amount", o -> o.put("fen", 0)), "/fundEntries/0/amount",
        "amount-positive");
    assertRejected(damaged("/fundEntries/1/request", o -> o.remove("project")), "/fundEntries/1/request/project",
        "project-iff-directed");
  }

  @Test
  void actorsEarmarksAndZonesAreReadInTheirTextForms() {
    assertRejected(damaged("/fundEntries/0", o -> o.put("donor", "someone:x")), "/fundEntries/0/donor",
        "actor-form");
    assertRejected(damaged("/fundEntries/0", o -> o.put("donor", "person:not an id")), "/fundEntries/0/donor",
        "id-form");
    assertRejected(damaged("/fundEntries/0", o -> o.put("earmark", "category:NOPE")), "/fundEntries/0/earmark",
        "text-form");
    assertRejected(damaged("/fund", o -> o.put("zone", "Mars/Olympus_Mons")), "/fund/zone", "text-form");
    assertRejected(damaged("/fundEntries/0", o -> o.put("type", "award")), "/fundEntries/0/type", "known-type");
  }

  @Test
  void theFundAndItsPolicyKeepTheirRules() {
    assertRejected(damaged("/fund", o -> o.put("name", "长".repeat(101))), "/fund/name", "string-length");
    assertRejected(damaged("/fund/policy", o -> ((ArrayNode) o.get("approvers")).remove(0)),
        "/fund/policy/approvers", "enough-approvers");
    assertRejected(damaged("/fund/policy/approvalTiers/1/from", o -> o.put("fen", 0)),
        "/fund/policy/approvalTiers", "tiers-ascending");
    assertRejected(damaged("/fund/policy/categoryRules/1", o -> o.put("category", "EMERGENCY")),
        "/fund/policy/categoryRules", "one-rule-per-category");
  }

  @Test
  void thePointsPolicyKeepsItsRules() {
    assertRejected(damaged("/pointsPolicy/earningRules/1", o -> o.put("kind", "VOLUNTEER_SERVICE")),
        "/pointsPolicy/earningRules", "one-rule-per-kind-and-earner");
    assertRejected(damaged("/pointsPolicy", o -> o.put("rounding", "UNNECESSARY")), "/pointsPolicy/rounding",
        "rounding-mode");
    assertRejected(damaged("/pointsPolicy/grades/1", o -> o.put("threshold", 50)), "/pointsPolicy/grades",
        "thresholds-ascending");
    assertRejected(damaged("/pointsPolicy/earningRules/0", o -> o.putObject("amountUnit").put("fen", 100)
        .put("currency", "CNY")), "/pointsPolicy/earningRules/0/amountUnit", "amount-unit-for-amounts");
    assertRejected(damaged("/pointsPolicy/earningRules/4", o -> o.put("durationStep", "PT30M")),
        "/pointsPolicy/earningRules/4/durationStep", "durations-for-hours");
    assertRejected(damaged("/pointsPolicy/earningRules/3/ratingMultipliers", o -> o.put("6", 100)),
        "/pointsPolicy/earningRules/3/ratingMultipliers/6", "rating-range");
    assertRejected(damaged("/pointsPolicy/earningRules/3/urgencyMultipliers", o -> o.put("urgent", 100)),
        "/pointsPolicy/earningRules/3/urgencyMultipliers/urgent", "pattern");
    assertRejected(damaged("/pointsPolicy/earningRules/3/urgencyMultipliers", o -> o.put("URGENT", 100_001)),
        "/pointsPolicy/earningRules/3/urgencyMultipliers/URGENT", "integer-range");
    assertRejected(damaged("/pointsPolicy/earningRules/0/caps/0", o -> o.put("limit", 0)),
        "/pointsPolicy/earningRules/0/caps/0/limit", "cap-positive");
    assertRejected(damaged("/serviceCatalogue/offers/1", o -> o.put("id", "physiotherapy")),
        "/serviceCatalogue/offers", "service-ids-unique");
  }

  @Test
  void calendarsPoliciesAndSchemesKeepTheirRules() {
    assertRejected(damaged("/workingCalendar", o -> ((ArrayNode) o.get("workingDays")).add("2024-10-01")),
        "/workingCalendar/holidays", "holiday-or-working-day");
    assertRejected(damaged("/workingCalendar", o -> {
      ArrayNode all = o.putArray("weekend");
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").forEach(all::add);
    }), "/workingCalendar/weekend", "working-weekday");
    assertRejected(damaged("/workingCalendar", o -> o.putObject("years").put("first", 2026).put("last", 2020)),
        "/workingCalendar/years/last", "year-span");
    assertRejected(damaged("/checkInPolicy", o -> o.put("burstWindow", "PT0S")), "/checkInPolicy/burstWindow",
        "positive");
    assertRejected(damaged("/assessmentSchemes/0/items/0", o -> o.put("centiPerUnit", 0)),
        "/assessmentSchemes/0/items/0/centiPerUnit", "weight-range");
    assertRejected(damaged("/assessmentSchemes/1", o -> o.putArray("items")), "/assessmentSchemes/1/items",
        "items-present");
    assertRejected(damaged("/assessmentSchemes/1/items/1", o -> o.put("key", "CLAIMS")),
        "/assessmentSchemes/1/items", "item-keys-unique");
    assertRejected(damaged("/handlingPolicy/deadlines", o -> o.put("CLOSED", "P1D")), "/handlingPolicy/deadlines",
        "deadline-for-open-state");
    assertRejected(damaged("/handlingPolicy", o -> o.put("feedbackWindow", "PT0S")),
        "/handlingPolicy/feedbackWindow", "feedbackWindow-positive");
  }

  @Test
  void cluesProposalsAndDeliberationKeepTheirRules() {
    assertRejected(damaged("/clues/1", o -> o.set("evaluation", PLAIN.valueToTree(java.util.Map.of(
        "at", "2021-06-25T02:00:00Z", "estimatedCost", java.util.Map.of("fen", 0, "currency", "CNY"),
        "expectedBeneficiaries", 1, "priority", "LOW")))), "/clues/1/mergedInto", "merged-is-final");
    assertRejected(damaged("/clues/0/implementation", o -> o.put("mode", "CO_BUILDING_CLAIM")),
        "/clues/0/implementation/claimant", "claimant-iff-claim");
    assertRejected(damaged("/clues/0", o -> o.remove("startedAt")), "/clues/0/completion", "started-first");
    assertRejected(damaged("/clues/0/clue", o -> o.put("topic", "Xuemeili")), "/clues/0/clue/topic", "pattern");
    assertRejected(damaged("/proposals/0/events/2", o -> o.put("at", "2023-02-01T00:00:00Z")),
        "/proposals/0/events", "events-in-order");
    assertRejected(damaged("/proposals/0", o -> o.remove("answer")), "/proposals/0/answer", "answered");
    assertRejected(damaged("/majorAffairs/0", o -> o.put("quorum", 4)), "/majorAffairs/0/quorum",
        "quorum-reachable");
    assertRejected(damaged("/majorAffairs/0", o -> o.putArray("options").add("健身广场").add("健身广场")),
        "/majorAffairs/0/options", "options-distinct");
    assertRejected(damaged("/jointMeetings/0/resolutions/0", o -> o.put("leadUnit", "unit-absent")),
        "/jointMeetings/0/resolutions", "lead-unit-attended");
    assertRejected(damaged("/jointMeetings/0/resolutions/1", o -> o.putObject("pledge").put("fen", 5)
        .put("currency", "CNY")), "/jointMeetings/0/resolutions/1/pledge", "pledge-by-lead-unit");
  }

  @Test
  void aTransparencyReportThatDoesNotAddUpIsRefused() throws IOException {
    TransparencyReport report = FeatureSamples.transparencyReport(new Random(3));
    JsonNode root = PLAIN.readTree(FeatureRoundTripPropertyTest.write(report));
    ObjectNode closing = (ObjectNode) root.get("closingBalance");
    closing.put("fen", closing.get("fen").asLong() + 1);
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Bindings.files().readTransparencyReport(new ByteArrayInputStream(PLAIN.writeValueAsBytes(root))))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/closingBalance"))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("conservation"));
    JsonNode again = PLAIN.readTree(FeatureRoundTripPropertyTest.write(report));
    ((ArrayNode) again.get("donors")).remove(0);
    ObjectNode extra = ((ArrayNode) again.get("donors")).addObject();
    extra.put("kind", "CO_BUILDING_UNIT").put("donations", 1).putObject("amount").put("fen", 1).put("currency", "CNY");
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Bindings.files().readTransparencyReport(new ByteArrayInputStream(PLAIN.writeValueAsBytes(again))))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/donors"));
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Bindings.files().readTransparencyReport(new ByteArrayInputStream(practice())))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/format"))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("format-name"));
  }

  @Test
  void aLedgerEntryThatBreaksItsRulesFailsAtItsPointerAfterTheGoodOnes() throws IOException {
    PointsPolicy policy = RedStarPolicies.article();
    String json = new String(FeatureRoundTripPropertyTest.writePoints(policy,
        FeatureSamples.pointsEntries(new Random(11), 3)), UTF_8);
    JsonNode root = PLAIN.readTree(json);
    ObjectNode third = (ObjectNode) root.get("entries").get(2);
    third.removeAll();
    third.put("type", "redemption").put("id", "r-1").put("actor", "person:p-1").put("at", "2024-01-01T00:00:00Z")
        .put("service", "physiotherapy").put("quantity", 0).put("points", 50);
    try (RecordReader<PointsPolicy, io.github.jiceng.governance.model.points.LedgerEntry> r =
        Bindings.files().readPointsLedger(new ByteArrayInputStream(PLAIN.writeValueAsBytes(root)))) {
      assertThat(r.header()).isEqualTo(policy);
      r.next();
      r.next();
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::next)
          .satisfies(e -> assertThat(e.pointer()).isEqualTo("/entries/2/quantity"))
          .satisfies(e -> assertThat(e.rule()).isEqualTo("integer-range"));
    }
    third.put("quantity", 1).put("points", -5);
    try (RecordReader<PointsPolicy, io.github.jiceng.governance.model.points.LedgerEntry> r =
        Bindings.files().readPointsLedger(new ByteArrayInputStream(PLAIN.writeValueAsBytes(root)))) {
      r.next();
      r.next();
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::next)
          .satisfies(e -> assertThat(e.pointer()).isEqualTo("/entries/2/points"));
    }
  }

  @Test
  void aFundLedgerNeedsItsFundFirstAndItsEntriesLast() throws IOException {
    Fund fund = PracticeScenario.fund();
    String json = new String(FeatureRoundTripPropertyTest.writeFund(fund,
        List.of(PracticeScenario.donation(), PracticeScenario.disbursement())), UTF_8);
    String trailer = json.trim().substring(0, json.trim().length() - 1) + ", \"note\": 1}";
    try (RecordReader<Fund, io.github.jiceng.governance.model.fund.LedgerEntry> r =
        Bindings.files().readFundLedger(new ByteArrayInputStream(trailer.getBytes(UTF_8)))) {
      assertThat(r.header()).isEqualTo(fund);
      assertThat(r.next()).isEqualTo(PracticeScenario.donation());
      assertThat(r.next()).isEqualTo(PracticeScenario.disbursement());
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::hasNext)
          .satisfies(e -> assertThat(e.rule()).isEqualTo("records-last"));
    }
    String entriesFirst = "{\"format\": \"jiceng-governance/fund-ledger\", \"formatVersion\": 1, \"entries\": []}";
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Bindings.files().readFundLedger(new ByteArrayInputStream(entriesFirst.getBytes(UTF_8))))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/fund"))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("required"));
  }
}
