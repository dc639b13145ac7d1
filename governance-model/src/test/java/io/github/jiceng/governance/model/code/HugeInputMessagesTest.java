package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A huge input makes a short message: codes, keys and ids are quoted up to 64 characters and
 * their length, so a file with a megabyte-long code cannot make a megabyte-long error.
 */
final class HugeInputMessagesTest {

  private static final String HUGE_DIGITS = "1".repeat(900_000);

  @Test
  void everyRejectionQuotesAtMostTheStartOfTheInput() {
    List<ThrowingCallable> calls = List.of(
        () -> DivisionCode.of(HUGE_DIGITS, 2016),
        () -> DivisionCode.parse(HUGE_DIGITS + "@2016"),
        () -> DivisionCode.parse(HUGE_DIGITS),
        () -> GridCode.parse(HUGE_DIGITS + "@2016"),
        () -> GridCode.parse("150622003003." + HUGE_DIGITS.replace('1', 'x') + "@2016"),
        () -> GridCodeLayout.CJT_213.parse(HUGE_DIGITS, 2016),
        () -> new ClueCategory(HUGE_DIGITS.replace('1', 'A') + "!"),
        () -> PostKind.of(HUGE_DIGITS.replace('1', 'A') + "!"),
        () -> GridId.of(HUGE_DIGITS + "!"));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOf(DomainValidationException.class)
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000).contains("900"));
    }
  }

  @Test
  void aSegmentTooLongForANumberIsARuleNotANumberFormatError() {
    assertThatThrownBy(() -> GridCode.parse("150622003003.99999999999@2016"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("segment-width");
  }
}
