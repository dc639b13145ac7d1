package io.github.jiceng.governance.model.code;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.internal.Characters;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Masking;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码) per GB 11643-1999: a 6-digit address code (地址码,
 * the GB/T 2260 county of registration), an 8-digit birth date (出生日期码, {@code YYYYMMDD}), a
 * 3-digit sequence code (顺序码) and one check character (校验码) computed with ISO 7064
 * MOD 11-2, {@code 0}–{@code 9} or {@code X}.
 *
 * <p>The number is personal data. {@link #toString} and every exception message show it masked,
 * keeping the first character and the last two ({@code 1***************11}); the number itself is
 * reachable only through {@link #rawValue()}, and its parts through their own accessors. Numbers
 * of residence permits for Hong Kong, Macao and Taiwan residents (81, 82, 83) and of the new
 * foreign permanent-residence card share the format and are accepted.
 *
 * <p>Validation is structural: eighteen characters, seventeen digits, an address code that does
 * not start with {@code 0}, a calendar date from {@value #EARLIEST_BIRTH_YEAR} on, and the check
 * character. Whether the address code exists in a code table of the birth year, and whether the
 * birth date lies in the past, are questions for the caller, who has the table and the clock.
 *
 * <p>Input is read as people type it and normalised, never refused for its form alone: a
 * lower-case {@code x} is read as {@code X}, full-width digits and letters (全角字符,
 * {@code １５０６２２…}) as their half-width (ASCII) forms, and surrounding spaces, the
 * ideographic space included, are dropped. Any other character that is not ASCII is refused
 * (rule {@code ascii-characters}) with its position. Messages quote the input masked and
 * shortened by {@link Excerpts#masked}, so a huge input makes a short message.
 */
public final class IdentityNumber {

  /** The earliest birth year accepted (the standard's own example is born in 1880). */
  public static final int EARLIEST_BIRTH_YEAR = 1800;

  private static final int LENGTH = 18;

  /** The standard and algorithm of the check character, as a check-character error names them. */
  private static final String STANDARD = "GB 11643-1999, ISO 7064 MOD 11-2";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private final String value;

  private IdentityNumber(String value) {
    this.value = value;
  }

  /**
   * Returns the identity number with the given text.
   *
   * @param text eighteen characters; a final lower-case {@code x} is read as {@code X},
   *     full-width characters as half-width ones, and surrounding spaces are dropped
   * @return the number; never null
   * @throws DomainValidationException naming the broken rule and the masked, shortened text
   */
  public static IdentityNumber of(String text) {
    requireNonNull(text, "text");
    String typed = Characters.typed(text);
    Violation problem = problem(typed);
    if (problem != null) {
      throw new DomainValidationException(new Violation("IdentityNumber[" + Excerpts.masked(typed, 1, 2) + "]",
          problem.field(), problem.rule(), problem.detail(), problem.arguments()));
    }
    return new IdentityNumber(normalise(typed));
  }

  /**
   * Converts a 15-digit number of the 1989 edition (GB 11643-1989) to its 18-character form:
   * {@code 19} is inserted before the 6-digit birth date and the check character is appended.
   *
   * @param legacy fifteen digits; full-width digits are read as ASCII ones and surrounding spaces
   *     are dropped, as {@link #of} does
   * @return the 18-character number; never null
   * @throws DomainValidationException if the text is not fifteen digits or the result is invalid
   */
  public static IdentityNumber fromLegacy(String legacy) {
    requireNonNull(legacy, "legacy");
    legacy = Characters.typed(legacy);
    if (legacy.length() != 15 || !DivisionCode.isAsciiDigits(legacy)) {
      throw new DomainValidationException(new Violation("IdentityNumber[" + Excerpts.masked(legacy, 1, 2) + "]", "value",
          "legacy-fifteen-digits", "a 1989-edition number is 15 ASCII digits, was "
              + legacy.length() + " characters").with("length", legacy.length()));
    }
    String body = legacy.substring(0, 6) + "19" + legacy.substring(6);
    return of(body + checkCharacterOf(body));
  }

  /**
   * Returns whether the text is a valid identity number, by the rules of {@link #of}.
   *
   * @param text any text
   * @return {@code true} if {@link #of} would accept it
   */
  public static boolean isValid(String text) {
    requireNonNull(text, "text");
    return problem(Characters.typed(text)) == null;
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character of a 17-digit body, as the standard defines
   * it: the weighted sum modulo 11 picks a character from {@code 10X98765432}.
   *
   * @param body the first seventeen characters, all ASCII digits
   * @return the check character, {@code 0}–{@code 9} or {@code X}
   * @throws DomainValidationException (rule {@code check-body}) if the body is not seventeen
   *     ASCII digits
   */
  public static char checkCharacterOf(String body) {
    requireNonNull(body, "body");
    if (!(body.length() == LENGTH - 1 && DivisionCode.isAsciiDigits(body))) {
      throw new DomainValidationException("IdentityNumber.checkCharacterOf", "body", "check-body",
          "the body of an identity number is 17 ASCII digits, was " + body.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /**
   * Returns the number itself, unmasked. Call this only where the raw number is needed (a
   * lookup in the host's register); everywhere else use {@link #toString}.
   */
  public String rawValue() {
    return value;
  }

  /** Returns the masked number, first character and last two kept: {@code 1***************11}. */
  public String masked() {
    return Masking.idNumber(value);
  }

  /** Returns the 6-digit address code (地址码), the GB/T 2260 county of registration. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** Returns the birth date (出生日期码). */
  public LocalDate birthDate() {
    return birthDate(value);
  }

  /** Returns the 3-digit sequence code (顺序码), from 0 to 999; odd for men, even for women. */
  public int sequence() {
    return Integer.parseInt(value.substring(14, 17));
  }

  /** Returns the check character (校验码), {@code 0}–{@code 9} or {@code X}. */
  public char checkCharacter() {
    return value.charAt(LENGTH - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityNumber && ((IdentityNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked number, as {@link #masked()}; never the raw number. */
  @Override
  public String toString() {
    return masked();
  }

  private static String normalise(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  private static LocalDate birthDate(String valid) {
    return LocalDate.of(Integer.parseInt(valid.substring(6, 10)), Integer.parseInt(valid.substring(10, 12)),
        Integer.parseInt(valid.substring(12, 14)));
  }

  /**
   * Returns {@code "rule detail"} for the first broken rule, or null. Details never quote the
   * text: they give lengths and positions only, so no part of the number leaks into a message.
   */
  private static @Nullable Violation problem(String text) {
    if (text.length() != LENGTH) {
      return broken("length-18", "an identity number is 18 characters, was " + text.length())
          .with("length", text.length());
    }
    int nonAscii = Characters.firstNonAscii(text);
    if (nonAscii >= 0) {
      return broken("ascii-characters", "an identity number is written in ASCII digits and X, found "
          + Characters.describe(text, nonAscii)).with("position", nonAscii + 1);
    }
    String body = text.substring(0, LENGTH - 1);
    if (!DivisionCode.isAsciiDigits(body)) {
      return broken("body-digits", "the first 17 characters of an identity number are ASCII digits");
    }
    char last = Character.toUpperCase(text.charAt(LENGTH - 1));
    if (!(last >= '0' && last <= '9') && last != 'X') {
      return broken("check-character-form", "the last character of an identity number is a digit or X");
    }
    if (body.charAt(0) == '0') {
      return broken("address-code-form", "the address code (characters 1-6) does not start with 0");
    }
    try {
      LocalDate date = birthDate(body);
      if (date.getYear() < EARLIEST_BIRTH_YEAR) {
        return broken("birth-date", "the birth date (characters 7-14) is before " + EARLIEST_BIRTH_YEAR);
      }
    } catch (DateTimeException e) {
      return broken("birth-date", "the birth date (characters 7-14) is not a calendar date");
    }
    if (checkCharacterOf(body) != last) {
      return broken("check-character", "the check character (ISO 7064 MOD 11-2) does not match the first 17 digits")
          .with("standard", STANDARD);
    }
    return null;
  }

  /** A broken rule of the number's value, for {@link #of} to name with the masked number. */
  private static Violation broken(String rule, String detail) {
    return new Violation("IdentityNumber", "value", rule, detail);
  }
}
