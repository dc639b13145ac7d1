package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CreditCodeTest {

  /** Every valid vector of the standards notes, section 8.1. */
  @ParameterizedTest
  @ValueSource(strings = {
      "91310115591693856A", "91310110666007217T", "91110000600037341L", "121200004013590816",
      "91152201078371135X", "9115220107837757XE", "91620105L015101280", "92340602MA2PBMEM24",
      "91350200MA2YJ1XR9G", "51150622MJ0000018B", "92150622MA0ABCDE6A", "N2150622MF0001235U"})
  void acceptsEveryValidVectorOfTheNotes(String vector) {
    assertThat(ReferenceChecks.usccCheck(vector.substring(0, 17))).as("vector itself").isEqualTo(vector.charAt(17));
    CreditCode code = CreditCode.of(vector);
    assertThat(code.value()).isEqualTo(vector);
    assertThat(code).hasToString(vector);
    assertThat(CreditCode.isValid(vector)).isTrue();
  }

  /** Every invalid vector of the notes, section 8.2, plus our own, with the rule each breaks. */
  @ParameterizedTest
  @ValueSource(strings = {
      "91110000600037341N check-character", "91350203M0001QAY9B check-character",
      "9111000060003IOZSV character-set", "12345 length-18", "51150622MJ0000018C check-character",
      "9131011559169385AA organization-code-check", "91A10115591693856A division-digits",
      "91310115591693856AA length-18"})
  void rejectsEveryInvalidVectorNamingTheRule(String vectorAndRule) {
    String vector = vectorAndRule.split(" ")[0];
    String rule = vectorAndRule.split(" ")[1];
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> CreditCode.of(vector));
    assertThat(e).as(vector).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo(rule));
    assertThat(CreditCode.isValid(vector)).isFalse();
  }

  @Test
  void acceptsRuralCollectiveCodesThatStartWithALetter() {
    CreditCode code = CreditCode.of("N2150622MF0001235U");
    assertThat(code.registrationAuthority()).isEqualTo('N');
    assertThat(code.category()).isEqualTo('2');
    assertThat(code.divisionDigits()).isEqualTo("150622");
    assertThat(code.organizationCode()).isEqualTo("MF0001235");
    assertThat(code.checkCharacter()).isEqualTo('U');
  }

  @Test
  void normalisesLowerCase() {
    assertThat(CreditCode.of("92340602ma2pbmem24")).isEqualTo(CreditCode.of("92340602MA2PBMEM24"));
  }

  @Test
  void computesBothCheckCharacters() {
    assertThat(CreditCode.checkCharacterOf("51150622MJ0000018")).isEqualTo('B');
    assertThat(CreditCode.organizationCheckCharacterOf("59169385")).isEqualTo('6');
    assertThat(CreditCode.organizationCheckCharacterOf("07837757")).isEqualTo('X');
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacterOf("51150622MJ000001I"));
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.organizationCheckCharacterOf("5916938"));
  }

  @Test
  void ordersAndEqualsByText() {
    assertThat(CreditCode.of("121200004013590816")).isLessThan(CreditCode.of("91110000600037341L"));
    assertThat(CreditCode.of("91110000600037341L")).isEqualTo(CreditCode.of("91110000600037341L"))
        .hasSameHashCodeAs(CreditCode.of("91110000600037341L"));
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(CreditCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(CreditCode.of("91110000600037341L"));
  }
}
