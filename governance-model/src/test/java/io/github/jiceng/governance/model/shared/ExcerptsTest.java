package io.github.jiceng.governance.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class ExcerptsTest {

  @Test
  void quotesShortTextWhole() {
    assertThat(Excerpts.of("g-001")).isEqualTo("g-001");
    assertThat(Excerpts.of("x".repeat(Excerpts.SHOWN))).isEqualTo("x".repeat(Excerpts.SHOWN));
  }

  @Test
  void quotesLongTextByItsStartAndItsLength() {
    assertThat(Excerpts.of("x".repeat(5_000_000))).isEqualTo("x".repeat(64) + "... (5000000 characters)");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "a".repeat(63) + "😀" + "b".repeat(10);
    assertThat(Excerpts.of(text)).isEqualTo("a".repeat(63) + "... (75 characters)");
  }

  @Test
  void masksShortPersonalValuesAsMaskingDoes() {
    assertThat(Excerpts.masked("150622199001010011", 1, 2)).isEqualTo(Masking.idNumber("150622199001010011"));
    assertThat(Excerpts.masked("欧阳娜娜", 1, 0)).isEqualTo("欧***");
  }

  @Test
  void masksLongPersonalValuesShowingOnlyTheirHead() {
    String text = "13912345678".repeat(1_000);
    assertThat(Excerpts.masked(text, 3, 4)).isEqualTo("139" + "*".repeat(61) + "... (11000 characters)");
  }

  @Test
  void refusesKeptLengthsOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Excerpts.masked("x", -1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> Excerpts.masked("x", 0, 17));
  }

  /** Any text, of any length and any characters, makes a quote of at most the longest length. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void everyQuoteIsBounded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      int length = random.nextInt(random.nextBoolean() ? 100 : 20_000);
      StringBuilder sb = new StringBuilder(length);
      while (sb.length() < length) {
        sb.appendCodePoint(random.nextInt(random.nextBoolean() ? 0x80 : 0x1F600));
      }
      String text = sb.toString();
      assertThat(Excerpts.of(text)).as("seed %s, text %s", seed, i).hasSizeLessThanOrEqualTo(Excerpts.LONGEST);
      assertThat(Excerpts.masked(text, 1, 2)).as("seed %s, text %s", seed, i)
          .hasSizeLessThanOrEqualTo(Excerpts.LONGEST);
      if (text.length() <= Excerpts.SHOWN) {
        assertThat(Excerpts.of(text)).isEqualTo(text);
      } else {
        assertThat(text).startsWith(Excerpts.of(text).substring(0, Excerpts.of(text).indexOf("... (")));
      }
    }
  }
}
