package io.github.jiceng.governance.model.pillar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The pillars' records refuse bad values by field and rule, and print ids only. */
final class PillarRecordValidationTest {

  private static final GridId G1 = GridId.of("baiyun-g1");
  private static final LocalDate DAY = LocalDate.parse("2024-03-04");

  private static Violation refused(Runnable build) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, build::run);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  private static Patrol patrol(Duration d) {
    return new Patrol(PatrolId.of("pa-1"), G1, G1, DAY, d);
  }

  private static DeputyContact contact(int residents, int clues) {
    Set<ClueId> ids = new TreeSet<>();
    for (int i = 0; i < clues; i++) {
      ids.add(ClueId.of("cl-" + i));
    }
    return new DeputyContact(ContactId.of("dc-1"), PersonId.of("p-deputy"), G1, DAY, residents, new TreeSet<>(ids),
        new TreeSet<>(Set.of(ProposalId.of("ta-1"))));
  }

  @Test
  void aPatrolLastsWholeMinutesFromOneMinuteToADay() {
    assertThat(patrol(Duration.ofMinutes(1)).duration()).isEqualTo(Duration.ofMinutes(1));
    assertThat(patrol(Patrol.MAX_DURATION).pillar()).isEqualTo(Pillar.SAFETY_CO_MANAGEMENT);
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(90), Duration.ofHours(24).plusMinutes(1),
        Duration.ofMinutes(-5))) {
      Violation v = refused(() -> patrol(bad));
      assertThat(v.field()).as("%s", bad).isEqualTo("duration");
      assertThat(v.rule()).as("%s", bad).isEqualTo("patrol-duration");
      assertThat(v.subject()).isEqualTo("Patrol[pa-1]");
      assertThat(v.arguments()).containsEntry("value", bad.toString());
    }
    Violation year = refused(() -> new Patrol(PatrolId.of("pa-1"), G1, G1, LocalDate.of(10_000, 1, 1),
        Duration.ofMinutes(5)));
    assertThat(year.field() + ":" + year.rule()).isEqualTo("day:date-range");
  }

  @Test
  void aContactMeetsOneToTenThousandResidentsAndCarriesAtMostAHundredProblems() {
    DeputyContact ok = contact(DeputyContact.MAX_RESIDENTS, DeputyContact.MAX_PROBLEMS - 1);
    assertThat(ok.problems()).isEqualTo(DeputyContact.MAX_PROBLEMS);
    assertThat(ok.pillar()).isEqualTo(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION);
    Violation none = refused(() -> contact(0, 1));
    assertThat(none.field() + ":" + none.rule()).isEqualTo("residentsMet:range");
    assertThat(none.arguments()).containsEntry("min", "1").containsEntry("max", "10000").containsEntry("value", "0");
    assertThat(refused(() -> contact(DeputyContact.MAX_RESIDENTS + 1, 1)).rule()).isEqualTo("range");
    Violation many = refused(() -> contact(3, DeputyContact.MAX_PROBLEMS));
    assertThat(many.field() + ":" + many.rule()).isEqualTo("clues:problems-limit");
    assertThat(many.arguments()).containsEntry("value", "101");
  }

  @Test
  void idsKeepTheirFormAndIncidentsTheirInstantRange() {
    assertThat(refused(() -> PatrolId.of("")).rule()).isEqualTo("id-form");
    assertThat(refused(() -> IncidentId.of("has space")).rule()).isEqualTo("id-form");
    assertThat(refused(() -> ContactId.of("x".repeat(65))).rule()).isEqualTo("id-form");
    Violation late = refused(() -> new Incident(IncidentId.of("i-1"), PatrolId.of("pa-1"), IncidentKind.DISPUTE, G1,
        Instant.parse("+10000-01-01T00:00:00Z")));
    assertThat(late.field() + ":" + late.rule()).isEqualTo("at:instant-range");
  }

  @Test
  void theRecordsPrintIdsAndNoPersonalData() {
    assertThat(contact(3, 1).toString()).isEqualTo("DeputyContact[id=dc-1, deputy=p-deputy, grid=baiyun-g1, "
        + "day=2024-03-04, residentsMet=3, clues=[cl-0], proposals=[ta-1]]");
    assertThat(new Incident(IncidentId.of("i-1"), PatrolId.of("pa-1"), IncidentKind.FIRE_HAZARD, G1,
        Instant.parse("2024-03-04T02:00:00Z")).toString())
        .isEqualTo("Incident[id=i-1, patrol=pa-1, kind=FIRE_HAZARD, grid=baiyun-g1, at=2024-03-04T02:00:00Z]");
    assertThat(new AffairProject(AffairId.of("a-1"), ProjectId.of("square")).pillar())
        .isEqualTo(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION);
    assertThat(IncidentKind.FIRE_HAZARD.chinese()).isEqualTo("消防隐患");
    assertThat(contact(3, 2).clues()).containsExactly(ClueId.of("cl-0"), ClueId.of("cl-1"));
  }
}
