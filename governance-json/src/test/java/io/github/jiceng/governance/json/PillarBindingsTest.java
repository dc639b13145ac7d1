package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.PillarCodecs;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.ContactId;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.IncidentId;
import io.github.jiceng.governance.model.pillar.IncidentKind;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.pillar.PatrolId;
import io.github.jiceng.governance.model.proposal.ProposalId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pillars' records in JSON: the properties they are written with, and the model's rules at the
 * pointer of the bad node when a file breaks one.
 */
final class PillarBindingsTest {

  private static <T> String write(Codec<T> codec, T value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.write(Bindings.syntax(), value, codec, out);
    return out.toString(UTF_8);
  }

  private static void failsAt(Codec<?> codec, String json, String pointer, String rule) {
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Documents.read(Bindings.syntax(), new ByteArrayInputStream(json.getBytes(UTF_8)), codec))
        .satisfies(e -> assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer))
        .satisfies(e -> assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule));
  }

  @Test
  void aPatrolAndItsIncidentAreWrittenWithTheirIdsGridsAndTimesOnly() throws IOException {
    Patrol p = new Patrol(PatrolId.of("pa-1"), GridId.of("baiyun-g1"), GridId.of("xuemeili-b1"),
        LocalDate.parse("2024-03-04"), Duration.ofMinutes(90));
    assertThat(write(PillarCodecs.PATROL, p).replaceAll("\\s", "")).isEqualTo("{\"id\":\"pa-1\",\"squad\":"
        + "\"baiyun-g1\",\"grid\":\"xuemeili-b1\",\"day\":\"2024-03-04\",\"duration\":\"PT1H30M\"}");
    Incident i = new Incident(IncidentId.of("i-1"), p.id(), IncidentKind.FIRE_HAZARD, p.grid(),
        Instant.parse("2024-03-04T02:00:00Z"));
    assertThat(write(PillarCodecs.INCIDENT, i).replaceAll("\\s", "")).isEqualTo("{\"id\":\"i-1\",\"patrol\":"
        + "\"pa-1\",\"kind\":\"FIRE_HAZARD\",\"grid\":\"xuemeili-b1\",\"at\":\"2024-03-04T02:00:00Z\"}");
  }

  @Test
  void aContactsProblemsAreSortedAndMayBeLeftOut() throws IOException {
    DeputyContact c = new DeputyContact(ContactId.of("dc-1"), PersonId.of("p-deputy"), GridId.of("baiyun-g1"),
        LocalDate.parse("2024-02-10"), 12, new TreeSet<>(Set.of(ClueId.of("cl-2"), ClueId.of("cl-1"))),
        new TreeSet<>(Set.of(ProposalId.of("ta-1"))));
    assertThat(write(PillarCodecs.DEPUTY_CONTACT, c).replaceAll("\\s", "")).isEqualTo("{\"id\":\"dc-1\","
        + "\"deputy\":\"p-deputy\",\"grid\":\"baiyun-g1\",\"day\":\"2024-02-10\",\"residentsMet\":12,"
        + "\"clues\":[\"cl-1\",\"cl-2\"],\"proposals\":[\"ta-1\"]}");
    DeputyContact bare = Documents.read(Bindings.syntax(), new ByteArrayInputStream(("{\"id\":\"dc-2\",\"deputy\":"
        + "\"p-deputy\",\"grid\":\"g\",\"day\":\"2024-02-10\",\"residentsMet\":1}").getBytes(UTF_8)),
        PillarCodecs.DEPUTY_CONTACT);
    assertThat(bare.problems()).isZero();
  }

  @Test
  void filesBreakingTheModelsRulesFailAtTheBadNode() {
    failsAt(PillarCodecs.PATROL, "{\"id\":\"pa-1\",\"squad\":\"g\",\"grid\":\"g\",\"day\":\"2024-03-04\","
        + "\"duration\":\"PT90S\"}", "/duration", "patrol-duration");
    failsAt(PillarCodecs.DEPUTY_CONTACT, "{\"id\":\"dc-1\",\"deputy\":\"p\",\"grid\":\"g\",\"day\":\"2024-03-04\","
        + "\"residentsMet\":0}", "/residentsMet", "integer-range");
    failsAt(PillarCodecs.INCIDENT, "{\"id\":\"i-1\",\"patrol\":\"pa-1\",\"kind\":\"FIRE\",\"grid\":\"g\","
        + "\"at\":\"2024-03-04T02:00:00Z\"}", "/kind", "enum");
    failsAt(PillarCodecs.PATROL, "{\"id\":\"pa-1\",\"squad\":\"g\",\"grid\":\"g\",\"day\":\"2024-03-04\","
        + "\"duration\":\"PT1H\",\"who\":\"p\"}", "/who", "known-property");
  }
}
