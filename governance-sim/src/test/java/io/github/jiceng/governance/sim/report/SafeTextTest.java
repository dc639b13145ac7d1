package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one escape convention of terminal and text output: controls, bidirectional formatting
 * characters, line and paragraph separators and unpaired surrogates written out as
 * {@code \}{@code uXXXX}; everything else, Chinese and emoji included, kept; a line feed kept only
 * in text with lines of its own.
 */
final class SafeTextTest {

  private static final int SEEDS = 500;

  /** What random text is drawn from: safe letters and every kind of character the helper escapes. */
  private static final char[] ALPHABET = ("ab 1\\u网格社区（）·→" + "\u0000\u0007\t\n\r\u001B\u007F\u0085\u009B"
      + "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029"
      + "\uD83D\uDE00\uD800\uDBFF\uDC00\uDFFF").toCharArray();

  @Test
  void writesEscAndCarriageReturnAndNulOutAsTheirCodes() {
    assertThat(SafeText.line("a\u001B[2Jb\rc\u0000d")).isEqualTo("a\\u001B[2Jb\\u000Dc\\u0000d");
  }

  @Test
  void writesBidirectionalOverridesAndSeparatorsOutAsTheirCodes() {
    assertThat(SafeText.line("x\u202Eevil\u2066y\u2069\u200F\u061C\u2028\u2029"))
        .isEqualTo("x\\u202Eevil\\u2066y\\u2069\\u200F\\u061C\\u2028\\u2029");
  }

  @Test
  void writesDeleteAndTheC1ControlsOut() {
    assertThat(SafeText.line("\u007F\u0080\u009B\u009F\u00A0")).isEqualTo("\\u007F\\u0080\\u009B\\u009F\u00A0");
  }

  @Test
  void writesUnpairedSurrogatesOutAndKeepsPairs() {
    assertThat(SafeText.line("\uD800a\uDC00\uD83D\uDE00\uDBFF")).isEqualTo("\\uD800a\\uDC00\uD83D\uDE00\\uDBFF");
    assertThat(SafeText.line("\uDE00\uD83D")).isEqualTo("\\uDE00\\uD83D");
  }

  @Test
  void aOneLineFieldEscapesItsLineFeedAndABlockKeepsIt() {
    assertThat(SafeText.line("一\n二\r\n三")).isEqualTo("一\\u000A二\\u000D\\u000A三");
    assertThat(SafeText.block("一\n二\r\n三\t")).isEqualTo("一\n二\\u000D\n三\\u0009");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "准格尔旗", "Zhanbei community (zhanbei) · 3 d 2 h", "a\\u001Bb", "表情 \uD83D\uDE00"})
  void returnsSafeTextAsItIs(String text) {
    assertThat(SafeText.line(text)).isSameAs(text);
    assertThat(SafeText.block(text)).isSameAs(text);
  }

  @Test
  void randomTextComesOutWithNothingRawAndStaysAsItIsWhenEscapedAgain() {
    for (int seed = 0; seed < SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String text = b.toString();
      String line = SafeText.line(text);
      String block = SafeText.block(text);
      assertThat(line).as("seed %d", seed).isEqualTo(SafeText.line(line));
      assertThat(block).as("seed %d", seed).isEqualTo(SafeText.block(block));
      assertThat(block.replace("\n", "")).as("seed %d", seed).isEqualTo(SafeText.line(block.replace("\n", "")));
      assertNothingRaw(line, false, seed);
      assertNothingRaw(block, true, seed);
      assertThat(block.chars().filter(c -> c == '\n').count()).as("seed %d", seed)
          .isEqualTo(text.chars().filter(c -> c == '\n').count());
    }
  }

  private static void assertNothingRaw(String text, boolean lineFeedAllowed, int seed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && lineFeedAllowed) {
        continue;
      }
      assertThat(SafeText.isUnsafe(c)).as("seed %d: U+%04X at %d of %s", seed, (int) c, i, text).isFalse();
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).as("seed %d at %d", seed, i)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("seed %d: unpaired low surrogate at %d", seed, i).isFalse();
      }
    }
  }
}
