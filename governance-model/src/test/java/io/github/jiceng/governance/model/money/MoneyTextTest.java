package io.github.jiceng.governance.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts read from text: only ASCII digits, every written amount read back, typed errors. */
final class MoneyTextTest {

  @Test
  void parsesTheMostNegativeAmountItWrites() {
    Money min = Money.ofFen(Long.MIN_VALUE);
    assertThat(min).hasToString("CNY -92233720368547758.08");
    assertThat(Money.parse(min.toString())).isEqualTo(min);
    assertThat(Money.parse(Money.ofFen(Long.MAX_VALUE).toString())).isEqualTo(Money.ofFen(Long.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CNY 92233720368547758.08", "CNY -92233720368547758.09", "CNY 99999999999999999.99"})
  void refusesAnAmountBeyondALongOfFenWithATypedError(String text) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> Money.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("fen-range"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"１５０６２２", "15０", "12.５", "１"})
  void refusesFullWidthDigitsInYuanSayingSo(String yuan) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> Money.ofYuan(yuan));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("ascii-digits");
      assertThat(v.detail()).contains("full-width").contains("全角字符");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"١٢٣", "१२३", "12\u00A0"})
  void refusesOtherDigitsThatAreNotAscii(String yuan) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> Money.ofYuan(yuan));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("ascii-digits"));
  }

  @Test
  void refusesFullWidthDigitsInTheTextForm() {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> Money.parse("CNY １.００"));
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("ascii-digits"));
  }

  @Test
  void errorsOfFormNameTheirRule() {
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> Money.ofYuan("abc")).violations())
        .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("yuan-form"));
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> Money.ofYuan("0.001")).violations())
        .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("fen-scale"));
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> Money.ofYuan("1".repeat(65))).violations())
        .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("yuan-length"));
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> Money.parse("12.34")).violations())
        .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("money-text"));
  }
}
