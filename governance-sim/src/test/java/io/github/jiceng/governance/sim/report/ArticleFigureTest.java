package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.sim.report.ArticleFigure.Comparison;
import io.github.jiceng.governance.sim.report.ArticleFigure.Status;
import io.github.jiceng.governance.sim.report.ArticleFigure.Unit;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * How the article's ways of stating a value read: 多 and 余 above the value and below the next
 * step of its last significant digit, 近 within five per cent below it; and a figure's status is
 * the one its values give.
 */
final class ArticleFigureTest {

  @Test
  void overReadsAsMoreThanTheValueAndBelowTheNextStepOfItsLastSignificantDigit() {
    assertThat(Comparison.OVER.holds(3000, 3001)).isTrue();
    assertThat(Comparison.OVER.holds(3000, 3999)).isTrue();
    assertThat(Comparison.OVER.holds(3000, 3000)).isFalse();
    assertThat(Comparison.OVER.holds(3000, 4000)).isFalse();
    assertThat(Comparison.OVER.holds(70, 79)).isTrue();
    assertThat(Comparison.OVER.holds(70, 80)).isFalse();
    assertThat(Comparison.OVER.holds(22_000, 22_100)).isTrue();
    assertThat(Comparison.OVER.holds(22_000, 23_000)).isFalse();
    assertThat(Comparison.OVER.holds(300_000_000L, 311_160_000L)).isTrue();
    assertThat(Comparison.OVER.holds(300_000_000L, 400_000_000L)).isFalse();
  }

  @Test
  void nearlyReadsAsWithinFivePerCentBelowTheValue() {
    assertThat(Comparison.NEARLY.holds(20_000, 19_000)).isTrue();
    assertThat(Comparison.NEARLY.holds(20_000, 19_999)).isTrue();
    assertThat(Comparison.NEARLY.holds(20_000, 18_999)).isFalse();
    assertThat(Comparison.NEARLY.holds(20_000, 20_000)).isFalse();
  }

  @Test
  void exactlyAndAtLeastReadAsTheySay() {
    assertThat(Comparison.EXACTLY.holds(66, 66)).isTrue();
    assertThat(Comparison.EXACTLY.holds(66, 65)).isFalse();
    assertThat(Comparison.EXACTLY.holds(66, 67)).isFalse();
    assertThat(Comparison.AT_LEAST.holds(12, 12)).isTrue();
    assertThat(Comparison.AT_LEAST.holds(12, 13)).isTrue();
    assertThat(Comparison.AT_LEAST.holds(12, 11)).isFalse();
  }

  @Test
  void theStepIsThePlaceOfTheLastSignificantDigit() {
    assertThat(Comparison.step(3000)).isEqualTo(1000);
    assertThat(Comparison.step(1212)).isEqualTo(1);
    assertThat(Comparison.step(70)).isEqualTo(10);
    assertThat(Comparison.step(0)).isEqualTo(1);
  }

  @Test
  void aFigureWithoutADerivedValueIsNotInTheScenarioAndNoMatch() {
    ArticleFigure f = ArticleFigure.of("k", "文", "text", Comparison.AT_LEAST, Unit.TEAMS, 0, OptionalLong.empty());
    assertThat(f.status()).isEqualTo(Status.NOT_IN_SCENARIO);
    assertThat(f.matches()).isFalse();
    assertThat(ArticleFigure.of("k", "文", "text", Comparison.EXACTLY, Unit.TEAMS, 12, OptionalLong.of(11)).status())
        .isEqualTo(Status.DIFFERS);
  }

  @Test
  void aStatusTheValuesDoNotGiveIsRefused() {
    assertThatThrownBy(() -> new ArticleFigure("k", "文", "text", Comparison.EXACTLY, Unit.TEAMS, 12, OptionalLong.of(11),
        Status.MATCHES)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
  }
}
