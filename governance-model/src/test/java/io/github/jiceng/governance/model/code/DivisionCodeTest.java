package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class DivisionCodeTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "150000000000, PROVINCE",
    "150600000000, PREFECTURE",
    "150622, COUNTY",
    "150622100, TOWNSHIP",
    "150622003000, TOWNSHIP",
    "150622003003, VILLAGE",
    "150622100204, VILLAGE",
  })
  void knowsItsLevelFromTheTrailingZeros(String digits, DivisionLevel level) {
    assertThat(DivisionCode.of(digits, 2023).level()).isEqualTo(level);
  }

  @Test
  void padsShortCodesAndKeepsTheTableYear() {
    DivisionCode lantian = DivisionCode.of("150622003", 2023);
    assertThat(lantian.digits()).isEqualTo("150622003000");
    assertThat(lantian.countyDigits()).isEqualTo("150622");
    assertThat(lantian).hasToString("150622003000@2023");
    assertThat(lantian).isNotEqualTo(DivisionCode.of("150622003000", 2016));
  }

  @Test
  void derivesParentsAndChildren() {
    DivisionCode banner = DivisionCode.of("150622", 2023);
    DivisionCode lantian = banner.child(3);
    DivisionCode baiyun = lantian.child(3);
    assertThat(lantian.digits()).isEqualTo("150622003000");
    assertThat(baiyun.digits()).isEqualTo("150622003003");
    assertThat(baiyun.parent()).contains(lantian);
    assertThat(lantian.parent()).contains(banner);
    assertThat(banner.isAncestorOf(baiyun)).isTrue();
    assertThat(baiyun.isAncestorOf(banner)).isFalse();
    assertThat(banner.isAncestorOf(banner)).isFalse();
    assertThat(DivisionCode.of("150622", 2016).isAncestorOf(baiyun)).as("other table year").isFalse();
    assertThat(DivisionCode.of("150000000000", 2023).parent()).isEmpty();
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> baiyun.child(1))
        .withMessageContaining("has-children");
    assertThatIllegalArgumentException().isThrownBy(() -> lantian.child(1000));
    assertThatIllegalArgumentException().isThrownBy(() -> banner.child(0));
  }

  @ParameterizedTest(name = "{0}@{1} breaks {2}")
  @CsvSource({
    "15062200300, 2023, twelve-digits",
    "1506220030011, 2023, twelve-digits",
    "15062200300A, 2023, twelve-digits",
    "15062200300一, 2023, twelve-digits",
    "000622003001, 2023, province-present",
    "150600003001, 2023, no-orphan-segment",
    "150622000001, 2023, no-orphan-segment",
    "150622003001, 2008, table-year-range",
  })
  void rejectsMalformedCodesNamingTheRule(String digits, int year, String rule) {
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> DivisionCode.of(digits, year))
        .satisfies(e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.rule()).isEqualTo(rule)));
  }

  @Test
  void parsesItsOwnTextForm() {
    DivisionCode c = DivisionCode.of("150622100204", 2016);
    assertThat(DivisionCode.parse(c.toString())).isEqualTo(c);
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> DivisionCode.parse("150622100204"))
        .withMessageContaining("digits-at-year");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> DivisionCode.parse("150622100204@"));
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> DivisionCode.parse("150622100204@99999999"));
  }
}
