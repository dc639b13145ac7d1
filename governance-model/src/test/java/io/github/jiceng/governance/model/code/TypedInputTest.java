package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;

/**
 * Codes as Chinese users type them: full-width digits and letters from an input method,
 * surrounding spaces (the ideographic one too) and a lower-case {@code x} are read as the code
 * they stand for; any other character that is not ASCII is refused with its position.
 */
final class TypedInputTest {

  private static final String ID = "11010519491231002X";
  private static final String MOBILE = "13912345678";
  private static final String CREDIT = "91310115591693856A";

  /** Returns the text with every printable ASCII character in its full-width form (全角). */
  static String fullWidth(String ascii) {
    StringBuilder sb = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      sb.append(c > ' ' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  @Test
  void theFullWidthHelperMakesFullWidthText() {
    assertThat(fullWidth("150622x")).isEqualTo("１５０６２２ｘ");
  }

  @Test
  void identityNumbersAreReadAsTyped() {
    IdentityNumber expected = IdentityNumber.of(ID);
    for (String typed : new String[] {fullWidth(ID), fullWidth("11010519491231002x"), "  " + ID + " ",
        "\u3000" + ID.toLowerCase(java.util.Locale.ROOT) + "\u3000", "１１０１０５19491231002X"}) {
      assertThat(IdentityNumber.of(typed)).as(typed).isEqualTo(expected);
      assertThat(IdentityNumber.isValid(typed)).as(typed).isTrue();
    }
  }

  @Test
  void legacyIdentityNumbersAreReadAsTyped() {
    assertThat(IdentityNumber.fromLegacy(" " + fullWidth("150102880730303") + "\u3000"))
        .isEqualTo(IdentityNumber.of("150102198807303035"));
  }

  @Test
  void mobileNumbersAreReadAsTyped() {
    MobileNumber expected = MobileNumber.of(MOBILE);
    for (String typed : new String[] {fullWidth(MOBILE), " " + MOBILE + "\u3000", fullWidth("+86" + MOBILE)}) {
      assertThat(MobileNumber.of(typed)).as(typed).isEqualTo(expected);
      assertThat(MobileNumber.isValid(typed)).as(typed).isTrue();
    }
  }

  @Test
  void creditCodesAreReadAsTyped() {
    CreditCode expected = CreditCode.of(CREDIT);
    for (String typed : new String[] {fullWidth(CREDIT), fullWidth(CREDIT.toLowerCase(java.util.Locale.ROOT)),
        "\u3000" + CREDIT + " "}) {
      assertThat(CreditCode.of(typed)).as(typed).isEqualTo(expected);
      assertThat(CreditCode.isValid(typed)).as(typed).isTrue();
    }
  }

  @Test
  void divisionAndGridCodesAreReadAsTyped() {
    assertThat(DivisionCode.of(fullWidth("150622003003"), 2023)).isEqualTo(DivisionCode.of("150622003003", 2023));
    assertThat(DivisionCode.of(" １５０６２２ ", 2023)).isEqualTo(DivisionCode.of("150622", 2023));
    assertThat(DivisionCode.parse(fullWidth("150622003003@2023"))).isEqualTo(DivisionCode.parse("150622003003@2023"));
    assertThat(GridCode.parse("\u3000" + fullWidth("150622003003.01@2023")))
        .isEqualTo(GridCode.parse("150622003003.01@2023"));
    assertThat(GridCodeLayout.CJT_213.parse(fullWidth("15062200300301"), 2023))
        .isEqualTo(GridCodeLayout.CJT_213.parse("15062200300301", 2023));
  }

  @Test
  void otherCharactersThatAreNotAsciiAreRefusedWithTheirPosition() {
    DomainValidationException id = catchThrowableOfType(DomainValidationException.class,
        () -> IdentityNumber.of("1101051949123100二X"));
    assertThat(id.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("ascii-characters");
      assertThat(v.detail()).contains("U+4E8C").contains("position 17");
    });
    DomainValidationException mobile = catchThrowableOfType(DomainValidationException.class,
        () -> MobileNumber.of("139一2345678"));
    assertThat(mobile.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("ascii-characters"));
    DomainValidationException credit = catchThrowableOfType(DomainValidationException.class,
        () -> CreditCode.of("9131011559169385六A"));
    assertThat(credit.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("ascii-characters");
      assertThat(v.detail()).contains("position 17");
    });
  }

  @Test
  void aLigatureIsRefusedBeforeUpperCasingCouldMakeTwoLettersOfIt() {
    // a valid code whose organization code starts with FF; typed with the ligature U+FB00 it is 17 characters
    String org = "FF000000";
    String body = "91150622" + org + CreditCode.organizationCheckCharacterOf(org);
    String valid = body + CreditCode.checkCharacterOf(body);
    assertThat(CreditCode.isValid(valid)).as("the code itself").isTrue();
    String ligature = valid.replace("FF", "\uFB00");
    assertThat(ligature).hasSize(17);
    assertThat(ligature.toUpperCase(java.util.Locale.ROOT)).as("what upper-casing first would read").isEqualTo(valid);
    assertThat(CreditCode.isValid(ligature)).isFalse();
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> CreditCode.of(ligature))).isNotNull();
    String eighteen = valid.replace("FF", "\uFB00F");
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> CreditCode.of(eighteen));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("ascii-characters");
      assertThat(v.detail()).contains("U+FB00");
    });
  }

  @Test
  void aCreditCodeStartingWithACharacterNoAuthorityHasIsRefused() {
    for (char first : new char[] {'0', 'B', 'M', 'X'}) {
      String body = first + CREDIT.substring(1, 17);
      String code = body + CreditCode.checkCharacterOf(body);
      DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> CreditCode.of(code));
      assertThat(e).as(code).isNotNull();
      assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("registration-authority"));
      assertThat(CreditCode.isValid(code)).isFalse();
    }
    for (char first : CreditCode.REGISTRATION_AUTHORITIES.toCharArray()) {
      String body = first + CREDIT.substring(1, 17);
      assertThat(CreditCode.isValid(body + CreditCode.checkCharacterOf(body))).as("authority " + first).isTrue();
    }
  }
}
