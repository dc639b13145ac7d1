package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ProposalEventCodecTest {

  private final EventCodec<ProposalEvent> codec = StoreCodecs.proposalEvents();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyEventOfARandomProposalStreamReadsBackEqualAndWritesBackTheSameText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<Class<?>> kinds = new HashSet<>();
    for (int p = 0; p < 6; p++) {
      Instant now = ProposalWalks.later(random, ProposalWalks.T0);
      InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(ProposalWalks.RULES);
      stream.handle(new ProposalCommand.Receive(ProposalWalks.proposal(random, "ta-" + seed + "-" + p, now)));
      for (int step = 0; step < 30; step++) {
        now = ProposalWalks.later(random, now);
        stream.handle(ProposalWalks.next(random, stream.state().recordIfAny().orElseThrow(), now));
      }
      List<ProposalEvent> read = new ArrayList<>();
      for (ProposalEvent event : stream.events()) {
        String payload = codec.encode(event);
        ProposalEvent back = codec.decode(payload);
        assertThat(back).as("seed %s: %s", seed, payload).isEqualTo(event);
        assertThat(codec.encode(back)).as("seed %s", seed).isEqualTo(payload);
        assertThat(payload).as("seed %s", seed).doesNotContain("\n").startsWith("{\"type\":\"");
        read.add(back);
        kinds.add(event.getClass());
      }
      assertThat(ProposalWalks.RULES.fold(ProposalWalks.RULES.initialState(), read)).as("seed %s", seed)
          .isEqualTo(stream.state());
    }
    assertThat(kinds).as("seed %s: the walks reach several kinds of event", seed).hasSizeGreaterThan(3);
  }

  @Test
  void theSeedsTogetherReachEveryKindOfEvent() {
    Set<String> kinds = new HashSet<>();
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Instant now = ProposalWalks.T0;
      InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(ProposalWalks.RULES);
      stream.handle(new ProposalCommand.Receive(ProposalWalks.proposal(random, "ta-" + seed, now)));
      for (int step = 0; step < 40; step++) {
        now = ProposalWalks.later(random, now);
        stream.handle(ProposalWalks.next(random, stream.state().recordIfAny().orElseThrow(), now));
      }
      stream.events().forEach(e -> kinds.add(codec.encode(e).replaceAll("^\\{\"type\":\"([a-z]+)\".*$", "$1")));
    }
    assertThat(kinds).containsExactlyInAnyOrder("received", "accepted", "assigned", "started", "answered", "rejected",
        "rated", "closed", "escalated", "referred");
  }

  @Test
  void writesEachStepWithItsNamedParts() {
    ProposalId id = ProposalId.of("ta-1");
    Instant at = Instant.parse("2023-03-02T01:00:00.000000123Z");
    assertThat(codec.encode(new ProposalEvent.Assigned(id, OrganizationId.of("unit-lighting"), ProposalWalks.CLERK, at)))
        .isEqualTo("{\"type\":\"assigned\",\"proposal\":\"ta-1\",\"assignee\":\"organization:unit-lighting\","
            + "\"by\":\"p-clerk\",\"at\":\"2023-03-02T01:00:00.000000123Z\"}");
    assertThat(codec.encode(new ProposalEvent.Rated(id, Satisfaction.DISSATISFIED, at, true)))
        .isEqualTo("{\"type\":\"rated\",\"proposal\":\"ta-1\",\"rating\":\"DISSATISFIED\","
            + "\"at\":\"2023-03-02T01:00:00.000000123Z\",\"reopened\":true}");
    assertThat(codec.encode(new ProposalEvent.Escalated(id, GridId.of("xuemeili"), at)))
        .isEqualTo("{\"type\":\"escalated\",\"proposal\":\"ta-1\",\"to\":\"xuemeili\",\"at\":\"2023-03-02T01:00:00.000000123Z\"}");
    assertThat(codec.encode(new ProposalEvent.Referred(id, GridId.of("xuemeili"), "涉及两个网格", ProposalWalks.CLERK, at)))
        .isEqualTo("{\"type\":\"referred\",\"proposal\":\"ta-1\",\"to\":\"xuemeili\",\"reason\":\"涉及两个网格\","
            + "\"by\":\"p-clerk\",\"at\":\"2023-03-02T01:00:00.000000123Z\"}");
  }

  @Test
  void aMissingUnknownOrMalformedPartIsRefusedWithThePointerOfThatPart() {
    assertFormatError("{\"type\":\"accepted\",\"proposal\":\"ta-1\",\"at\":\"2023-03-02T01:00:00Z\"}", "/by", "required");
    assertFormatError("{\"type\":\"closed\",\"proposal\":\"ta-1\",\"at\":\"2023-03-02T01:00:00Z\",\"by\":\"p-1\"}", "/by",
        "known-property");
    assertFormatError("{\"type\":\"reopened\",\"proposal\":\"ta-1\"}", "/type", "known-type");
    assertFormatError("{\"type\":\"referred\",\"proposal\":\"ta-1\",\"to\":\"xuemeili\",\"reason\":\" \","
        + "\"by\":\"p-1\",\"at\":\"2023-03-02T01:00:00Z\"}", "/reason", "referral-reason-length");
    assertFormatError("{\"type\":\"referred\",\"proposal\":\"ta-1\",\"to\":\"xuemeili\","
        + "\"by\":\"p-1\",\"at\":\"2023-03-02T01:00:00Z\"}", "/reason", "required");
    assertFormatError("{\"proposal\":\"ta-1\"}", "/type", "required");
    assertFormatError("[1]", "", "object");
    assertFormatError("{\"type\":\"closed\",\"proposal\":\"ta-1\",\"at\":\"yesterday\"}", "/at", "date-time");
    assertFormatError("{\"type\":\"rated\",\"proposal\":\"ta-1\",\"rating\":\"SATISFIED\",\"at\":\"2023-03-02T01:00:00Z\","
        + "\"reopened\":\"no\"}", "/reopened", "boolean");
    assertFormatError("{\"type\":\"rated\",\"proposal\":\"ta-1\",\"rating\":\"HAPPY\",\"at\":\"2023-03-02T01:00:00Z\","
        + "\"reopened\":false}", "/rating", "enum");
    assertFormatError("{\"type\":\"answered\",\"proposal\":\"ta-1\",\"answer\":{\"text\":\"已处理\",\"by\":\"p-1\"}}",
        "/answer/at", "required");
    assertFormatError("{\"type\":\"assigned\",\"proposal\":\"ta-1\",\"assignee\":\"unit-lighting\",\"by\":\"p-1\","
        + "\"at\":\"2023-03-02T01:00:00Z\"}", "/assignee", "actor-form");
  }

  @Test
  void aMalformedProposalIsRefusedWithoutQuotingItsPersonalData() {
    String payload = codec.encode(new ProposalEvent.Received(ProposalWalks.proposal(new SplittableRandom(7), "ta-7",
        ProposalWalks.T0))).replaceFirst("\"contactMobile\":\"[0-9]+\"", "\"contactMobile\":\"1391234567\"");
    String withMobile = payload.contains("1391234567") ? payload
        : payload.replace("\"submittedAt\"", "\"contactMobile\":\"1391234567\",\"submittedAt\"");
    UncheckedIOException error = assertFormatError(withMobile, "/proposal/contactMobile", "pattern");
    assertThat(error).hasMessageNotContaining("1391234567");
    assertThat(error.getCause()).hasMessageNotContaining("1391234567");
  }

  @Test
  void anAnswerOfTheRightShapeButTooLongIsRefusedAtItsText() {
    String payload = codec.encode(new ProposalEvent.Answered(ProposalId.of("ta-1"),
        new Answer("已处理", ProposalWalks.CLERK, ProposalWalks.T0))).replace("已处理", "长".repeat(2001));
    assertFormatError(payload, "/answer/text", "string-length");
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
  void aPayloadThatIsNotJsonIsATypedError() {
    assertThatThrownBy(() -> codec.decode("{\"type\":")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("proposal event");
  }
}
