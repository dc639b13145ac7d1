package io.github.jiceng.governance.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static final Instant T0 = Instant.parse("2021-06-09T00:00:00Z");

  @Test
  void isHalfOpen() {
    Interval day = Interval.starting(T0, Duration.ofDays(1));
    assertThat(day.contains(T0)).isTrue();
    assertThat(day.contains(T0.plusSeconds(86_399))).isTrue();
    assertThat(day.contains(T0.plusSeconds(86_400))).isFalse();
    assertThat(day.contains(T0.minusNanos(1))).isFalse();
  }

  @Test
  void consecutiveIntervalsDoNotOverlap() {
    Interval a = Interval.of(T0, T0.plusSeconds(10));
    Interval b = Interval.of(T0.plusSeconds(10), T0.plusSeconds(20));
    assertThat(a.overlaps(b)).isFalse();
    assertThat(b.overlaps(a)).isFalse();
    assertThat(a.overlaps(Interval.of(T0.plusSeconds(9), T0.plusSeconds(11)))).isTrue();
  }

  @Test
  void enclosesItselfAndWhatLiesInside() {
    Interval a = Interval.of(T0, T0.plusSeconds(10));
    assertThat(a.encloses(a)).isTrue();
    assertThat(a.encloses(Interval.of(T0.plusSeconds(1), T0.plusSeconds(10)))).isTrue();
    assertThat(a.encloses(Interval.of(T0.plusSeconds(1), T0.plusSeconds(11)))).isFalse();
    assertThat(a.duration()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void rejectsAnEndNotAfterTheStart() {
    assertThatThrownBy(() -> Interval.of(T0, T0))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("[end-after-start]");
    assertThatThrownBy(() -> Interval.of(T0, T0.minusSeconds(1))).isInstanceOf(DomainValidationException.class);
  }

  @Test
  void ordersByStartThenEnd() {
    Interval a = Interval.of(T0, T0.plusSeconds(10));
    Interval b = Interval.of(T0, T0.plusSeconds(20));
    Interval c = Interval.of(T0.plusSeconds(1), T0.plusSeconds(2));
    assertThat(a).isLessThan(b);
    assertThat(b).isLessThan(c);
    assertThat(a.toString()).isEqualTo("[2021-06-09T00:00:00Z, 2021-06-09T00:00:10Z)");
  }
}
