package io.github.jiceng.governance.rules.pillar;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.B1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.B2;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G2;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G2_B1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.XUEMEILI;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.patrol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.rules.fixtures.Baiyun;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A squad's area, the grids its patrols reached per ISO week, and the weeks themselves. */
final class PatrolCoverageTest {

  static final GridHierarchy TERRITORY = Baiyun.territory();

  static final List<Patrol> PATROLS = List.of(
      patrol("pa1", G1, B1, "2024-03-04", 60),
      patrol("pa2", G1, B1, "2024-03-10", 30),
      patrol("pa3", G2, G2, "2024-03-06", 45),
      patrol("pa4", G1, G2_B1, "2024-03-07", 15),
      patrol("pa5", G1, XUEMEILI, "2024-03-11", 20),
      patrol("pa6", G1, B2, "2024-03-03", 10));

  @Test
  void theAreaIsTheFinestNodesUnderTheSquadsGridAndAPatrolCoversTheLeavesUnderItsNode() {
    PatrolCoverage w10 = PatrolCoverage.of(TERRITORY, G1, PATROLS, new IsoWeek(2024, 10));
    assertThat(w10.area()).containsExactly(B1, B2);
    assertThat(w10.patrolled()).containsExactly(B1);
    assertThat(w10.patrols()).as("Monday 4 to Sunday 10 March, squad G1's").isEqualTo(3);
    assertThat(w10.minutes()).isEqualTo(105);
    assertThat(w10.outsideArea()).isEqualTo(1);
    assertThat(w10.perMille()).isEqualTo(500);
    assertThat(w10.hasGaps()).isTrue();
    PatrolCoverage w11 = PatrolCoverage.of(TERRITORY, G1, PATROLS, new IsoWeek(2024, 11));
    assertThat(w11.patrolled()).as("the compound covers both its buildings").containsExactly(B1, B2);
    assertThat(w11.perMille()).isEqualTo(1000);
    assertThat(w11.hasGaps()).isFalse();
    PatrolCoverage g2 = PatrolCoverage.of(TERRITORY, G2, PATROLS, new IsoWeek(2024, 10));
    assertThat(g2.area()).containsExactly(G2_B1);
    assertThat(g2.perMille()).isEqualTo(1000);
    PatrolCoverage leaf = PatrolCoverage.of(TERRITORY, B1, PATROLS, new IsoWeek(2024, 10));
    assertThat(leaf.area()).as("a leaf squad's area is its own grid").containsExactly(B1);
    assertThat(leaf.patrols()).isZero();
    assertThat(leaf.perMille()).isZero();
  }

  @Test
  void weeklyCoverageListsEveryWeekInOrderWithEmptyWeeksAsZero() {
    List<PatrolCoverage> weeks = PatrolCoverage.weekly(TERRITORY, G1, PATROLS, new IsoWeek(2024, 9),
        new IsoWeek(2024, 12));
    assertThat(weeks).extracting(w -> w.week().toString())
        .containsExactly("2024-W09", "2024-W10", "2024-W11", "2024-W12");
    assertThat(weeks).extracting(PatrolCoverage::perMille).containsExactly(500, 500, 1000, 0);
    assertThat(PatrolCoverage.weekly(TERRITORY, G1, PATROLS, new IsoWeek(2020, 52), new IsoWeek(2021, 2)))
        .extracting(w -> w.week().toString()).containsExactly("2020-W52", "2020-W53", "2021-W01", "2021-W02");
  }

  @Test
  void isoWeeksAreTheSameInEveryLocaleAndRefuseWeeksTheYearLacks() {
    assertThat(IsoWeek.of(LocalDate.parse("2021-01-03"))).isEqualTo(new IsoWeek(2020, 53));
    assertThat(IsoWeek.of(LocalDate.parse("2024-12-30"))).isEqualTo(new IsoWeek(2025, 1));
    assertThat(new IsoWeek(2024, 10).monday()).isEqualTo(LocalDate.parse("2024-03-04"));
    assertThat(new IsoWeek(2024, 10).sunday()).isEqualTo(LocalDate.parse("2024-03-10"));
    assertThat(new IsoWeek(2024, 10).contains(LocalDate.parse("2024-03-11"))).isFalse();
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> new IsoWeek(2021, 53));
    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("week", "range"));
    assertThat(e.violations().get(0).arguments()).containsEntry("max", "52");
  }

  @Test
  void unknownSquadsAndTooManyWeeksAreRefused() {
    DomainValidationException unknown = catchThrowableOfType(DomainValidationException.class,
        () -> PatrolCoverage.of(TERRITORY, GridId.of("nowhere"), PATROLS, new IsoWeek(2024, 10)));
    assertThat(unknown.violations()).extracting(Violation::rule).containsExactly("grid-exists");
    DomainValidationException reversed = catchThrowableOfType(DomainValidationException.class,
        () -> PatrolCoverage.weekly(TERRITORY, G1, PATROLS, new IsoWeek(2024, 10), new IsoWeek(2024, 9)));
    assertThat(reversed.violations()).extracting(Violation::rule).containsExactly("weeks-range");
    DomainValidationException many = catchThrowableOfType(DomainValidationException.class,
        () -> PatrolCoverage.weekly(TERRITORY, G1, PATROLS, new IsoWeek(2000, 1), new IsoWeek(2011, 1)));
    assertThat(many.violations().get(0).arguments()).containsEntry("max", "522");
    assertThat(PatrolCoverage.weekly(TERRITORY, G1, PATROLS, new IsoWeek(2024, 1), new IsoWeek(2024, 1)
        .next())).hasSize(2);
  }
}
