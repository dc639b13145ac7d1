package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MobileNumberTest {

  @Test
  void masksItselfKeepingThreeAndFour() {
    MobileNumber m = MobileNumber.of("13912345678");
    assertThat(m).hasToString("139****5678");
    assertThat(m.rawValue()).isEqualTo("13912345678");
  }

  @Test
  void dropsTheCountryCode() {
    assertThat(MobileNumber.of("+8613912345678")).isEqualTo(MobileNumber.of("13912345678"));
    assertThat(MobileNumber.of("8613912345678").rawValue()).isEqualTo("13912345678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12912345678", "1391234567", "139123456789", "1391234567a", "", "+86"})
  void rejectsWhatIsNotAMobileWithoutShowingIt(String text) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> MobileNumber.of(text));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("mobile-form"));
    if (text.length() > 7) {
      assertThat(e.getMessage()).doesNotContain(text);
    }
    assertThat(MobileNumber.isValid(text)).isFalse();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(MobileNumber.class);
    new NullPointerTester().testAllPublicInstanceMethods(MobileNumber.of("13912345678"));
  }
}
