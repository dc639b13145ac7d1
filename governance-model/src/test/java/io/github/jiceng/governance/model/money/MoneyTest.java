package io.github.jiceng.governance.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class MoneyTest {

  @Test
  void readsYuanExactly() {
    assertThat(Money.ofYuan("3000000").fen()).isEqualTo(300_000_000L);
    assertThat(Money.ofYuan("36000.5").fen()).isEqualTo(3_600_050L);
    assertThat(Money.ofYuan("-0.05").fen()).isEqualTo(-5L);
    assertThat(Money.ofYuan("12.500").fen()).isEqualTo(1250L);
  }

  @Test
  void rejectsFractionsOfAFen() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan("0.001"))
        .withMessageContaining("two decimal places");
    assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan("abc"))
        .withMessageContaining("not an amount");
  }

  @Test
  void writesAndParsesTheTextForm() {
    assertThat(Money.ofFen(123456)).hasToString("CNY 1234.56");
    assertThat(Money.ofFen(-5)).hasToString("CNY -0.05");
    assertThat(Money.ZERO).hasToString("CNY 0.00");
    for (long fen : new long[] {0, 1, -1, 99, 100, -12345, Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
      assertThat(Money.parse(Money.ofFen(fen).toString())).isEqualTo(Money.ofFen(fen));
    }
    assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("12.34"))
        .withMessageContaining("CNY 123.45");
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void sharesRoundWithTheGivenMode() {
    Money m = Money.ofFen(100);
    assertThat(m.share(1, 3, RoundingMode.HALF_EVEN).fen()).isEqualTo(33);
    assertThat(m.share(2, 3, RoundingMode.HALF_EVEN).fen()).isEqualTo(67);
    assertThat(m.share(1, 3, RoundingMode.CEILING).fen()).isEqualTo(34);
    assertThatThrownBy(() -> m.share(1, 3, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void allocationGivesTheOddFenToTheLargestRemaindersThenToEarlierParts() {
    assertThat(Money.ofFen(100).allocate(1, 1, 1))
        .containsExactly(Money.ofFen(34), Money.ofFen(33), Money.ofFen(33));
    assertThat(Money.ofFen(-100).allocate(1, 1, 1))
        .containsExactly(Money.ofFen(-34), Money.ofFen(-33), Money.ofFen(-33));
    assertThat(Money.ofFen(10).allocate(0, 3, 7)).containsExactly(Money.ZERO, Money.ofFen(3), Money.ofFen(7));
    assertThat(Money.ofFen(5).allocate(1, 2)).containsExactly(Money.ofFen(2), Money.ofFen(3));
  }

  @Test
  void allocationRejectsBadWeights() {
    Money m = Money.ofFen(100);
    assertThatIllegalArgumentException().isThrownBy(m::allocate).withMessageContaining("at least one weight");
    assertThatIllegalArgumentException().isThrownBy(() -> m.allocate(1, -1)).withMessageContaining("negative");
    assertThatIllegalArgumentException().isThrownBy(() -> m.allocate(0, 0)).withMessageContaining("all be zero");
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void allocationAlwaysKeepsTheTotalAndStaysWithinAFenOfTheExactShare(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long fen = random.nextLong(-10_000_000_000L, 10_000_000_000L);
    long[] weights = new long[1 + random.nextInt(12)];
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 1_000_000);
      sum += weights[i];
    }
    if (sum == 0) {
      weights[0] = 1;
      sum = 1;
    }
    List<Money> parts = Money.ofFen(fen).allocate(weights);
    assertThat(parts.stream().mapToLong(Money::fen).sum()).as("seed %s", seed).isEqualTo(fen);
    for (int i = 0; i < weights.length; i++) {
      double exact = (double) fen * weights[i] / sum;
      assertThat(Math.abs(parts.get(i).fen() - exact)).as("seed %s part %s", seed, i).isLessThan(1.0 + 1e-6 * Math.abs(exact));
      if (weights[i] == 0) {
        assertThat(parts.get(i)).isEqualTo(Money.ZERO);
      }
    }
  }

  @Test
  void equalityIsByAmount() {
    new EqualsTester()
        .addEqualityGroup(Money.ofFen(100), Money.ofYuan("1"), Money.parse("CNY 1.00"))
        .addEqualityGroup(Money.ZERO, Money.ofFen(0))
        .addEqualityGroup(Money.ofFen(-100))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    new NullPointerTester().testAllPublicStaticMethods(Money.class);
    new NullPointerTester().testAllPublicInstanceMethods(Money.ofFen(1));
  }
}
