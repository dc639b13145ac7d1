package io.github.jiceng.governance.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.jiceng.governance.bench.matching.MatchingInstance.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class MatchingInstanceTest {

  @ParameterizedTest
  @EnumSource(value = Size.class, names = {"XS", "S"})
  void theGeneratorReproducesTheAnchorOptimaWithEveryExactSolver(Size size) {
    MatchingInstance in = MatchingInstance.generate(size);
    assertThat(MatchingSolver.SDK_OPTIMAL.solve(in)).isEqualTo(size.optimum());
    assertThat(MatchingSolver.ORTOOLS.solve(in)).isEqualTo(size.optimum());
    assertThat(MatchingSolver.JGRAPHT.solve(in)).isEqualTo(size.optimum());
    assertThat(size.optimum()).isEqualTo(size == Size.XS ? 448_763L : 1_885_884L);
  }

  @ParameterizedTest
  @EnumSource(value = Size.class, names = {"XS", "S", "U2K"})
  void theGreedyStaysWithinItsBounds(Size size) {
    MatchingInstance in = MatchingInstance.generate(size);
    long greedy = MatchingSolver.SDK_GREEDY.solve(in);
    assertThat(greedy).isLessThanOrEqualTo(size.optimum());
    assertThat(2 * greedy).isGreaterThanOrEqualTo(size.optimum());
  }

  @Test
  void theUnitInstanceHasItsAnchorOptimum() {
    assertThat(MatchingSolver.SDK_OPTIMAL.solve(MatchingInstance.generate(Size.U2K))).isEqualTo(1_843_660L);
  }

  @Test
  void theHeadlineInstanceHasTheAnchorsShape() {
    MatchingInstance m = MatchingInstance.generate(Size.M);
    assertThat(m.networkArcs()).isEqualTo(511_001);
    long capacity = 0;
    for (int c : m.capacity()) {
      assertThat(c).isBetween(1, 20);
      capacity += c;
    }
    assertThat(capacity * 100 / m.demands()).as("capacity/demand ratio 1.03").isEqualTo(103);
    for (int a = 1; a < m.arcDemand().length; a++) {
      assertThat(m.arcScore()[a]).isBetween(1L, 1000L);
    }
  }

  @Test
  void theChecksRejectAWrongTotal() {
    MatchingInstance xs = MatchingInstance.generate(Size.XS);
    assertThatIllegalStateException().isThrownBy(() -> Checks.verify(MatchingSolver.ORTOOLS, xs, 448_762L));
    assertThatIllegalStateException().isThrownBy(() -> Checks.verify(MatchingSolver.SDK_GREEDY, xs, 400_000L));
    Checks.verify(MatchingSolver.SDK_GREEDY, xs, 440_000L);
  }
}
