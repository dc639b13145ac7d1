package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class IdentityNumberTest {

  /** Every valid vector of the standards notes, section 8.3. */
  @ParameterizedTest
  @ValueSource(strings = {
      "11010519491231002X", "440524188001010014", "321083197812162119", "150102198807303035",
      "33010219200403064X", "51343620000320711X", "81000019980902013X", "820000200009100032",
      "830000200209060065", "932682198501010017", "360426199101010071", "44011320141005001X",
      "150622199001010011", "150622198506150023", "150622201202290013"})
  void acceptsEveryValidVectorOfTheNotes(String vector) {
    assertThat(ReferenceChecks.idFullSumHolds(vector)).as("vector itself").isTrue();
    IdentityNumber id = IdentityNumber.of(vector);
    assertThat(id.rawValue()).isEqualTo(vector);
    assertThat(IdentityNumber.isValid(vector)).isTrue();
  }

  /** Every invalid vector of the notes, section 8.4, with the rule it breaks. */
  @ParameterizedTest
  @ValueSource(strings = {
      "36042619910102009X check-character", "321083197812162118 check-character",
      "360426199113010079 birth-date", "150622201002290035 birth-date",
      "3301022011022000D6 body-digits", "15062219900101001 length-18", "1506221990010100111 length-18",
      "050622199001010011 address-code-form", "15062219900101001Y check-character-form",
      "150622179001010011 birth-date"})
  void rejectsEveryInvalidVectorNamingTheRule(String vectorAndRule) {
    String vector = vectorAndRule.split(" ")[0];
    String rule = vectorAndRule.split(" ")[1];
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> IdentityNumber.of(vector));
    assertThat(e).as(vector).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo(rule));
    assertThat(e.getMessage()).doesNotContain(vector).doesNotContain(vector.substring(6, 14));
    assertThat(IdentityNumber.isValid(vector)).isFalse();
  }

  @Test
  void acceptsLowerCaseXAndNormalisesIt() {
    IdentityNumber id = IdentityNumber.of("33010219200403064x");
    assertThat(id.rawValue()).isEqualTo("33010219200403064X");
    assertThat(id).isEqualTo(IdentityNumber.of("33010219200403064X"));
    assertThat(id.checkCharacter()).isEqualTo('X');
  }

  @Test
  void readsTheLayout() {
    IdentityNumber id = IdentityNumber.of("11010519491231002X");
    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sequence()).isEqualTo(2);
    assertThat(id.checkCharacter()).isEqualTo('X');
    assertThat(IdentityNumber.of("150622201202290013").birthDate()).isEqualTo(LocalDate.of(2012, 2, 29));
  }

  @Test
  void masksItselfKeepingFirstOneAndLastTwo() {
    IdentityNumber id = IdentityNumber.of("150622199001010011");
    assertThat(id).hasToString("1***************11");
    assertThat(id.masked()).isEqualTo("1***************11");
  }

  @Test
  void convertsTheFifteenDigitEdition() {
    assertThat(IdentityNumber.fromLegacy("150102880730303").rawValue()).isEqualTo("150102198807303035");
    assertThat(IdentityNumber.fromLegacy("330102200403064").rawValue()).isEqualTo("33010219200403064X");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> IdentityNumber.fromLegacy("15010288073030")))
        .hasMessageContaining("[legacy-fifteen-digits]").hasMessageNotContaining("15010288073030");
  }

  @Test
  void computesTheCheckCharacterAsTheStandardDoes() {
    assertThat(IdentityNumber.checkCharacterOf("11010519491231002")).isEqualTo('X');
    assertThat(IdentityNumber.checkCharacterOf("44052418800101001")).isEqualTo('4');
    assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumber.checkCharacterOf("1101051949123100"));
    assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumber.checkCharacterOf("1101051949123100A"));
  }

  @Test
  void equalsByNumber() {
    assertThat(IdentityNumber.of("150622199001010011")).isEqualTo(IdentityNumber.of("150622199001010011"))
        .hasSameHashCodeAs(IdentityNumber.of("150622199001010011"))
        .isNotEqualTo(IdentityNumber.of("150622198506150023"));
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(IdentityNumber.class);
    new NullPointerTester().testAllPublicInstanceMethods(IdentityNumber.of("150622199001010011"));
  }
}
