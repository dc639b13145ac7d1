package io.github.jiceng.governance.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

final class MaskingTest {

  @Test
  void masksTheVectorsOfTheStandardsNotes() {
    assertThat(Masking.mobile("13912345678")).isEqualTo("139****5678");
    assertThat(Masking.idNumber("150622199001010011")).isEqualTo("1***************11");
    assertThat(Masking.name("张三")).isEqualTo("张*");
    assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
  }

  @Test
  void masksEverythingWhenTooShortToHideAnything() {
    assertThat(Masking.name("张")).isEqualTo("*");
    assertThat(Masking.mobile("1234567")).isEqualTo("*******");
    assertThat(Masking.idNumber("")).isEmpty();
  }

  @Test
  void countsCodePointsNotCharUnits() {
    assertThat(Masking.name("𠀋二")).isEqualTo("𠀋*");
  }

  @Test
  void rejectsNegativeLengths() {
    assertThatIllegalArgumentException().isThrownBy(() -> Masking.keep("abc", -1, 0));
  }

  @Test
  void validationMessagesListEveryViolation() {
    DomainValidationException e = new DomainValidationException(List.of(
        new Violation("A[1]", "x", "rule-a", "first"), new Violation("A[2]", "y", "rule-b", "second")));
    assertThat(e.violations()).hasSize(2);
    assertThat(e).hasMessageContaining("2 violations").hasMessageContaining("A[1].x: first [rule-a]")
        .hasMessageContaining("A[2].y: second [rule-b]");
    assertThatIllegalArgumentException().isThrownBy(() -> new DomainValidationException(List.of()));
  }
}
