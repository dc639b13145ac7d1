package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingCommand;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoBuildingEventCodecTest {

  private static final Instant AT = Instant.parse("2023-04-01T00:00:00.000000123Z");

  private final EventCodec<CoBuildingEvent> codec = StoreCodecs.coBuildingEvents();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  private static List<CoBuildingEvent> walk(long seed, int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> stream = InMemoryStream.open(CoBuildingWalks.RULES);
    Instant now = CoBuildingWalks.T0;
    stream.handle(new CoBuildingCommand.Report(CoBuildingWalks.agreement(random, "a-" + seed,
        CoBuildingWalks.COMMUNITIES.get(0), now)));
    for (int step = 0; step < steps; step++) {
      now = CoBuildingWalks.later(random, now);
      stream.handle(CoBuildingWalks.next(random, stream.state(), step, now));
    }
    return stream.events();
  }

  private static CoBuildingAgreement power() {
    return CoBuildingAgreement.builder().id(AgreementId.of("a-power")).community(GridId.of("zhanbei"))
        .reporter(OrganizationId.of("power")).reportedAt(Instant.parse("2023-01-01T00:00:00Z"))
        .period(Interval.of(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z")))
        .addResources(ResourceId.of("r-repair")).serviceHours(Duration.ofHours(120)).addPosts(PostId.of("post-safety"))
        .addIntegrations(Integration.CO_SHARING, Integration.CO_BUILDING).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyEventOfARandomAgreementReadsBackEqualAndWritesBackTheSameText(long seed) {
    List<CoBuildingEvent> events = walk(seed, 12);
    List<CoBuildingEvent> read = new ArrayList<>();
    for (CoBuildingEvent event : events) {
      String payload = codec.encode(event);
      CoBuildingEvent back = codec.decode(payload);
      assertThat(back).as("seed %s: %s", seed, payload).isEqualTo(event);
      assertThat(codec.encode(back)).as("seed %s", seed).isEqualTo(payload);
      assertThat(payload).as("seed %s", seed).doesNotContain("\n").startsWith("{\"type\":\"");
      read.add(back);
    }
    assertThat(CoBuildingWalks.RULES.fold(CoBuildingWalks.RULES.initialState(), read)).as("seed %s", seed)
        .isEqualTo(CoBuildingWalks.RULES.fold(CoBuildingWalks.RULES.initialState(), events));
  }

  @Test
  void theSeedsTogetherReachEveryKindOfEventAndEveryLevel() {
    Set<String> kinds = new HashSet<>();
    Set<Fulfilment.Level> levels = new HashSet<>();
    for (long seed = 1; seed <= 60; seed++) {
      for (CoBuildingEvent e : walk(seed, 12)) {
        kinds.add(codec.encode(e).replaceAll("^\\{\"type\":\"([a-z-]+)\".*$", "$1"));
        if (e instanceof CoBuildingEvent.Reviewed r) {
          levels.add(r.fulfilment().level());
        }
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder("reported", "reviewed", "fed-back");
    assertThat(levels).containsExactlyInAnyOrder(Fulfilment.Level.values());
  }

  @Test
  void writesEachStepWithItsNamedPartsAndTheIntegrationsInKeyOrder() {
    assertThat(codec.encode(new CoBuildingEvent.Reported(power()))).isEqualTo("{\"type\":\"reported\",\"agreement\":"
        + "{\"id\":\"a-power\",\"community\":\"zhanbei\",\"reporter\":\"organization:power\","
        + "\"reportedAt\":\"2023-01-01T00:00:00Z\",\"period\":{\"start\":\"2023-01-01T00:00:00Z\","
        + "\"end\":\"2024-01-01T00:00:00Z\"},\"resources\":[\"r-repair\"],\"serviceHours\":\"PT120H\","
        + "\"posts\":[\"post-safety\"],\"integrations\":[\"CO_BUILDING\",\"CO_SHARING\"]}}");
    Fulfilment f = new Fulfilment(AgreementId.of("a-power"), AT, Duration.ofHours(30), Duration.ofMinutes(90), 2, 40,
        1, 1, 1, 0, Fulfilment.Level.PARTLY_MET);
    assertThat(codec.encode(new CoBuildingEvent.Reviewed(MeetingId.of("jm-2023-q1"), f))).isEqualTo(
        "{\"type\":\"reviewed\",\"meeting\":\"jm-2023-q1\",\"fulfilment\":{\"agreement\":\"a-power\","
            + "\"at\":\"2023-04-01T00:00:00.000000123Z\",\"owed\":\"PT30H\",\"delivered\":\"PT1H30M\",\"services\":2,"
            + "\"peopleReached\":40,\"resourcesCommitted\":1,\"resourcesUsed\":1,\"postsClaimed\":1,\"postsHeld\":0,"
            + "\"level\":\"PARTLY_MET\"}}");
    assertThat(codec.encode(new CoBuildingEvent.FedBack(AgreementId.of("a-power"), MeetingId.of("jm-2023-q1"),
        Fulfilment.Level.MET, AT))).isEqualTo("{\"type\":\"fed-back\",\"agreement\":\"a-power\","
            + "\"meeting\":\"jm-2023-q1\",\"level\":\"MET\",\"at\":\"2023-04-01T00:00:00.000000123Z\"}");
  }

  @Test
  void aMissingUnknownOrMalformedPartIsRefusedWithThePointerOfThatPart() {
    String reported = codec.encode(new CoBuildingEvent.Reported(power()));
    assertFormatError("[1]", "", "object");
    assertFormatError("{\"agreement\":{}}", "/type", "required");
    assertFormatError("{\"type\":\"signed\"}", "/type", "known-type");
    assertFormatError("{\"type\":\"reported\"}", "/agreement", "required");
    assertFormatError("{\"type\":\"reported\",\"agreement\":[]}", "/agreement", "object");
    assertFormatError(reported.replace("}}", "},\"note\":1}"), "/note", "known-property");
    assertFormatError(reported.replace("\"id\":\"a-power\",", "\"id\":\"a-power\",\"colour\":\"red\","),
        "/agreement/colour", "known-property");
    assertFormatError(reported.replace("\"community\":\"zhanbei\",", ""), "/agreement/community", "required");
    assertFormatError(reported.replace("\"reportedAt\":\"2023-01-01T00:00:00Z\"", "\"reportedAt\":\"new year\""),
        "/agreement/reportedAt", "date-time");
    assertFormatError(reported.replace("\"PT120H\"", "\"120 hours\""), "/agreement/serviceHours", "duration");
    assertFormatError(reported.replace("\"PT120H\"", "120"), "/agreement/serviceHours", "string");
    assertFormatError(reported.replace("[\"r-repair\"]", "\"r-repair\""), "/agreement/resources", "array");
    assertFormatError(reported.replace("[\"CO_BUILDING\",\"CO_SHARING\"]", "[\"CO_SHARING\",\"CO_BUILDING\"]"),
        "/agreement/integrations/1", "sorted-unique");
    assertFormatError(reported.replace("[\"CO_BUILDING\",\"CO_SHARING\"]", "[\"CO_BUILDING\",\"CO_BUILDING\"]"),
        "/agreement/integrations/1", "sorted-unique");
    // the model's own checks, named by their field
    assertFormatError(reported.replace("[\"CO_BUILDING\",\"CO_SHARING\"]", "[]"), "/agreement/integrations",
        "serves-an-integration");
    assertFormatError(reported.replace("[\"r-repair\"]", "[]").replace("\"PT120H\"", "\"PT0S\"")
        .replace("[\"post-safety\"]", "[]"), "/agreement/resources", "commits-something");
    assertFormatError(reported.replace("\"PT120H\"", "\"PT120H30S\""), "/agreement/serviceHours",
        "whole-minutes-within-period");
    assertFormatError(reported.replace("\"id\":\"a-power\"", "\"id\":\"a power\""), "/agreement/id",
        errorOf(() -> AgreementId.of("a power")));

    String reviewed = codec.encode(new CoBuildingEvent.Reviewed(MeetingId.of("jm-1"), new Fulfilment(
        AgreementId.of("a-power"), AT, Duration.ofHours(30), Duration.ofMinutes(90), 2, 40, 1, 1, 1, 0,
        Fulfilment.Level.PARTLY_MET)));
    assertFormatError(reviewed.replace("\"services\":2", "\"services\":2.5"), "/fulfilment/services", "integer");
    assertFormatError(reviewed.replace("\"services\":2", "\"services\":-2"), "/fulfilment/services", "integer");
    assertFormatError(reviewed.replace("\"services\":2", "\"services\":\"2\""), "/fulfilment/services", "integer");
    assertFormatError(reviewed.replace("\"postsHeld\":0", "\"postsHeld\":2"), "/fulfilment/postsHeld",
        errorOf(() -> new Fulfilment(AgreementId.of("a-power"), AT, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0, 1, 2,
            Fulfilment.Level.MET)));
    assertFormatError(reviewed.replace("\"PARTLY_MET\"", "\"ALMOST\""), "/fulfilment/level", "enum");
    assertFormatError(reviewed.replace("\"owed\":\"PT30H\",", ""), "/fulfilment/owed", "required");
    assertFormatError(reviewed.replace("\"meeting\":\"jm-1\",", ""), "/meeting", "required");
    assertFormatError(reviewed.replace("\"agreement\":\"a-power\",", "\"agreement\":\"a-power\",\"x\":0,"),
        "/fulfilment/x", "known-property");

    String fedBack = codec.encode(new CoBuildingEvent.FedBack(AgreementId.of("a-power"), MeetingId.of("jm-1"),
        Fulfilment.Level.MET, AT));
    assertFormatError(fedBack.replace("\"MET\"", "\"met\""), "/level", "enum");
    assertFormatError(fedBack.replace("\"at\":\"2023-04-01T00:00:00.000000123Z\"", "\"at\":\"later\""), "/at",
        "date-time");
    assertFormatError(fedBack.replace("\"agreement\":\"a-power\"", "\"agreement\":7"), "/agreement", "string");
  }

  private static String errorOf(Runnable construction) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(construction::run);
    assertThat(thrown).isInstanceOf(io.github.jiceng.governance.model.shared.DomainValidationException.class);
    return ((io.github.jiceng.governance.model.shared.DomainValidationException) thrown).violations().get(0).rule();
  }

  private void assertFormatError(String payload, String pointer, String rule) {
    GovernanceFormatException cause = formatError(payload);
    assertThat(cause.pointer()).as(payload).isEqualTo(pointer);
    assertThat(cause.rule()).as(payload).isEqualTo(rule);
  }

  @Test
  void aPayloadThatIsNotJsonIsATypedError() {
    assertThatThrownBy(() -> codec.decode("{\"type\":")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("co-building event");
  }

  @Test
  void aHostileAgreementOfDeepNestingOrHugeNumbersIsRefusedNotTrusted() {
    String reported = codec.encode(new CoBuildingEvent.Reported(power()));
    assertThat(formatError(reported.replace("\"zhanbei\"", "{\"a\":{\"b\":[[[[1]]]]}}")).pointer())
        .isEqualTo("/agreement/community");
    String reviewed = codec.encode(new CoBuildingEvent.Reviewed(MeetingId.of("jm-1"), new Fulfilment(
        AgreementId.of("a-power"), AT, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0, 0, 0, Fulfilment.Level.MET)));
    assertFormatError(reviewed.replace("\"services\":0", "\"services\":99999999999999999999999"),
        "/fulfilment/services", "integer");
    assertFormatError(reviewed.replace("\"services\":0", "\"services\":3000000000"), "/fulfilment/services",
        "integer");
  }

  private GovernanceFormatException formatError(String payload) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> codec.decode(payload));
    assertThat(thrown).as(payload).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(GovernanceFormatException.class);
    return (GovernanceFormatException) thrown.getCause();
  }
}
