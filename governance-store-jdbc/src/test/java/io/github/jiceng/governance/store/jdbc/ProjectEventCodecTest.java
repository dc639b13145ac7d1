package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.rules.project.ProjectClaim;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.project.ProjectCase;
import io.github.jiceng.governance.rules.project.ProjectCommand;
import io.github.jiceng.governance.rules.project.ProjectEvent;
import io.github.jiceng.governance.rules.project.ProjectRegister;
import java.io.UncheckedIOException;
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

class ProjectEventCodecTest {

  private final EventCodec<ProjectEvent> codec = StoreCodecs.projectEvents();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  private static List<ProjectEvent> walk(long seed, int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> stream = InMemoryStream.open(ProjectWalks.RULES);
    Instant now = ProjectWalks.T0;
    int projects = 0;
    for (int step = 0; step < steps; step++) {
      now = ProjectWalks.later(random, now);
      List<ProjectCase> cases = List.copyOf(stream.state().cases().values());
      if (cases.isEmpty() || random.nextInt(6) == 0) {
        stream.handle(ProjectWalks.propose(random, "pj-" + seed + "-" + projects++, random.nextBoolean() ? "x1" : "n1",
            now));
      } else {
        stream.handle(ProjectWalks.next(random, stream.state(), cases.get(random.nextInt(cases.size())), now));
      }
    }
    return stream.events();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyEventOfARandomRegisterReadsBackEqualAndWritesBackTheSameText(long seed) {
    List<ProjectEvent> events = walk(seed, 60);
    List<ProjectEvent> read = new ArrayList<>();
    for (ProjectEvent event : events) {
      String payload = codec.encode(event);
      ProjectEvent back = codec.decode(payload);
      assertThat(back).as("seed %s: %s", seed, payload).isEqualTo(event);
      assertThat(codec.encode(back)).as("seed %s", seed).isEqualTo(payload);
      assertThat(payload).as("seed %s", seed).doesNotContain("\n").startsWith("{\"type\":\"");
      read.add(back);
    }
    assertThat(ProjectWalks.RULES.fold(ProjectWalks.RULES.initialState(), read)).as("seed %s", seed)
        .isEqualTo(ProjectWalks.RULES.fold(ProjectWalks.RULES.initialState(), events));
  }

  @Test
  void theSeedsTogetherReachEveryKindOfEvent() {
    Set<String> kinds = new HashSet<>();
    for (long seed = 1; seed <= 40; seed++) {
      walk(seed, 60).forEach(e -> kinds.add(codec.encode(e).replaceAll("^\\{\"type\":\"([a-z-]+)\".*$", "$1")));
    }
    assertThat(kinds).containsExactlyInAnyOrder("proposed", "put", "taken", "service-recorded", "outcome-recorded",
        "closed", "withdrawn");
  }

  @Test
  void writesEachStepWithItsNamedParts() {
    ProjectId id = ProjectId.of("pj-1");
    Instant at = Instant.parse("2024-03-04T01:00:00.000000123Z");
    assertThat(codec.encode(new ProjectEvent.Put(id, ProjectWalks.CLERK, at)))
        .isEqualTo("{\"type\":\"put\",\"project\":\"pj-1\",\"by\":\"person:p-clerk\",\"at\":\"2024-03-04T01:00:00.000000123Z\"}");
    String taken = codec.encode(new ProjectEvent.Taken(new ProjectClaim(id, Channel.PURCHASE, OrganizationId.of("org-social"),
        ResourceId.of("r-social"), Money.ofFen(60_000), at), ProjectWalks.CLERK));
    assertThat(taken).startsWith("{\"type\":\"taken\",\"project\":\"pj-1\",\"channel\":\"PURCHASE\","
        + "\"claimant\":\"org-social\",\"resource\":\"r-social\",\"price\":").endsWith(
        "\"by\":\"person:p-clerk\",\"at\":\"2024-03-04T01:00:00.000000123Z\"}");
    assertThat(codec.encode(new ProjectEvent.Withdrawn(id, ProjectWalks.CLERK, at, "并入")))
        .isEqualTo("{\"type\":\"withdrawn\",\"project\":\"pj-1\",\"by\":\"person:p-clerk\","
            + "\"at\":\"2024-03-04T01:00:00.000000123Z\",\"reason\":\"并入\"}");
  }

  @Test
  void aMissingUnknownOrMalformedPartIsRefusedWithThePointerOfThatPart() {
    assertFormatError("{\"type\":\"put\",\"project\":\"pj-1\",\"at\":\"2024-03-04T01:00:00Z\"}", "/by", "required");
    assertFormatError("{\"type\":\"closed\",\"project\":\"pj-1\",\"by\":\"person:p-1\",\"at\":\"2024-03-04T01:00:00Z\","
        + "\"reason\":\"x\"}", "/reason", "known-property");
    assertFormatError("{\"type\":\"reopened\",\"project\":\"pj-1\"}", "/type", "known-type");
    assertFormatError("{\"project\":\"pj-1\"}", "/type", "required");
    assertFormatError("[1]", "", "object");
    assertFormatError("{\"type\":\"closed\",\"project\":\"pj-1\",\"by\":\"person:p-1\",\"at\":\"yesterday\"}", "/at",
        "date-time");
    assertFormatError("{\"type\":\"proposed\",\"project\":{},\"demands\":{},\"by\":\"person:p-1\","
        + "\"at\":\"2024-03-04T01:00:00Z\"}", "/demands", "array");
    String proposed = codec.encode(walk(3, 1).get(0));
    assertFormatError(proposed.replaceFirst("\"demands\":\\[\\{", "\"demands\":[{\"color\":1,"), "/demands/0/color",
        "known-property");
    com.fasterxml.jackson.databind.node.ObjectNode none;
    try {
      none = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(proposed);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
    none.putArray("demands");
    assertFormatError(none.toString(), "/demands", "valid-demands");
    String taken = codec.encode(new ProjectEvent.Taken(new ProjectClaim(ProjectId.of("pj-1"), Channel.CLAIM,
        OrganizationId.of("org-bank"), ResourceId.of("r-bank"), Money.ZERO, ProjectWalks.T0), ProjectWalks.CLERK));
    assertFormatError(taken.replace("\"CLAIM\"", "\"GIFT\""), "/channel", "enum");
  }

  private UncheckedIOException assertFormatError(String payload, String pointer, String rule) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> codec.decode(payload));
    assertThat(thrown).as(payload).isInstanceOf(UncheckedIOException.class);
    assertThat(thrown.getCause()).as(payload).isInstanceOf(GovernanceFormatException.class);
    GovernanceFormatException cause = (GovernanceFormatException) thrown.getCause();
    assertThat(cause.pointer()).as(payload).isEqualTo(pointer);
    assertThat(cause.rule()).as(payload).isEqualTo(rule);
    return (UncheckedIOException) thrown;
  }

  @Test
  void aMalformedWithdrawalDoesNotQuoteItsReason() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> codec.decode(
        "{\"type\":\"withdrawn\",\"project\":\"pj-1\",\"by\":\"person:p-1\",\"at\":\"later\",\"reason\":\"王大妈家\"}"));
    assertThat(thrown).hasMessageNotContaining("王大妈");
    assertThat(thrown.getCause()).hasMessageNotContaining("王大妈");
  }

  @Test
  void aPayloadThatIsNotJsonIsATypedError() {
    assertThatThrownBy(() -> codec.decode("{\"type\":")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("project event");
  }
}
