package io.github.jiceng.governance.model.code;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.internal.Characters;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: the one code of a legal
 * person or other organization, such as a co-building unit, a social organization or a merchant.
 *
 * <table>
 *   <caption>Layout (18 characters)</caption>
 *   <tr><th>positions</th><th>meaning</th></tr>
 *   <tr><td>1</td><td>registration authority (登记管理部门代码): {@code 1}–{@code 9}, {@code A},
 *       {@code N} (agriculture: collective economic organizations), {@code Y}</td></tr>
 *   <tr><td>2</td><td>organization category (机构类别代码)</td></tr>
 *   <tr><td>3–8</td><td>GB/T 2260 division code of the registering authority (six digits)</td></tr>
 *   <tr><td>9–17</td><td>subject identifier: the GB 11714 organization code (组织机构代码),
 *       whose ninth character is its own check character</td></tr>
 *   <tr><td>18</td><td>check character (校验码)</td></tr>
 * </table>
 *
 * <p>Characters come from the 31-character set {@value #ALPHABET} (no {@code I O S V Z}).
 * The check character is {@code 31 - (Σ value·3^(i-1) mod 31)}, with 31 read as 0; the embedded
 * organization code is checked with the GB 11714 weights {@code 3 7 9 10 5 8 4 2} modulo 11,
 * 10 written as {@code X}. Letters are accepted in positions 1 and 2, so the {@code N}-prefixed
 * codes of rural collective economic organizations (股份经济合作社) are valid; position 1 must be
 * one of the registration authorities the standard assigns, {@value #REGISTRATION_AUTHORITIES}
 * (rule {@code registration-authority}), so a code starting with {@code 0} is refused.
 *
 * <p>Input is read as people type it and normalised: full-width digits and letters (全角字符,
 * {@code ９１３５…}) are read as their half-width (ASCII) forms, surrounding spaces, the
 * ideographic space included, are dropped, and lower case is read as upper case. Any other
 * character that is not ASCII is refused (rule {@code ascii-characters}) before any case
 * conversion, so a character that upper-cases into several ({@code ﬀ}, U+FB00, into {@code FF})
 * cannot make an 18-character code out of 17. Messages quote the input shortened by
 * {@link Excerpts#of}.
 *
 * <p>A credit code identifies an organization, not a person, so {@link #toString} shows it whole.
 */
public final class CreditCode implements Comparable<CreditCode> {

  /** The 31 characters a credit code is written in, in the order of their values 0–30. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /**
   * The registration authority codes (登记管理部门代码) GB 32100 assigns to position 1:
   * {@code 1} 机构编制, {@code 2} 外交, {@code 3} 司法行政, {@code 4} 文化, {@code 5} 民政,
   * {@code 6} 旅游, {@code 7} 宗教, {@code 8} 工会, {@code 9} 工商, {@code A} 中央军委改革和编制办公室,
   * {@code N} 农业, {@code Y} 其他.
   */
  public static final String REGISTRATION_AUTHORITIES = "123456789ANY";

  private static final int LENGTH = 18;

  /** The standard of the check character, as a check-character error names it. */
  private static final String STANDARD = "GB 32100-2015";
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * Returns the credit code with the given text.
   *
   * @param text eighteen characters; lower case is read as upper case, full-width characters as
   *     half-width ones, and surrounding spaces are dropped
   * @return the code; never null
   * @throws DomainValidationException naming the broken rule and the shortened text
   */
  public static CreditCode of(String text) {
    requireNonNull(text, "text");
    String typed = Characters.typed(text);
    Violation problem = problem(typed);
    if (problem != null) {
      String shown = Excerpts.of(typed);
      throw new DomainValidationException(new Violation("CreditCode[" + shown + "]", problem.field(), problem.rule(),
          problem.detail() + ", was '" + shown + "'", problem.arguments()));
    }
    return new CreditCode(typed.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns whether the text is a valid credit code, by the rules of {@link #of}.
   *
   * @param text any text
   * @return {@code true} if {@link #of} would accept it
   */
  public static boolean isValid(String text) {
    requireNonNull(text, "text");
    return problem(Characters.typed(text)) == null;
  }

  /**
   * Computes the check character (position 18) of a 17-character body.
   *
   * @param body the first seventeen characters, from {@link #ALPHABET}
   * @return the check character
   * @throws DomainValidationException (rule {@code check-body}) if the body is not seventeen
   *     characters of the alphabet
   */
  public static char checkCharacterOf(String body) {
    requireNonNull(body, "body");
    if (!(body.length() == LENGTH - 1 && inAlphabet(body))) {
      throw new DomainValidationException("CreditCode.checkCharacterOf", "body", "check-body",
          "the body of a credit code is 17 characters of " + ALPHABET + ", was '" + Excerpts.of(body) + "'");
    }
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += ALPHABET.indexOf(body.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * Computes the GB 11714 check character (the ninth) of an organization code's first eight
   * characters.
   *
   * @param body eight characters, ASCII digits or upper-case letters
   * @return the check character, {@code 0}–{@code 9} or {@code X}
   * @throws DomainValidationException (rule {@code check-body}) if the body is not eight digits
   *     or upper-case letters
   */
  public static char organizationCheckCharacterOf(String body) {
    requireNonNull(body, "body");
    if (!(body.length() == 8 && body.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')))) {
      throw new DomainValidationException("CreditCode.organizationCheckCharacterOf", "body", "check-body",
          "the body of an organization code is 8 digits or upper-case letters, was '" + Excerpts.of(body) + "'");
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int v = c <= '9' ? c - '0' : c - 'A' + 10;
      sum += v * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** Returns the code, all eighteen characters. */
  public String value() {
    return value;
  }

  /** Returns the registration authority code (登记管理部门代码), position 1. */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** Returns the organization category code (机构类别代码), position 2. */
  public char category() {
    return value.charAt(1);
  }

  /** Returns the six GB/T 2260 digits of the registering authority's division, positions 3–8. */
  public String divisionDigits() {
    return value.substring(2, 8);
  }

  /** Returns the embedded GB 11714 organization code (组织机构代码), positions 9–17. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  /** Returns the check character, position 18. */
  public char checkCharacter() {
    return value.charAt(LENGTH - 1);
  }

  @Override
  public int compareTo(CreditCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreditCode && ((CreditCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code itself. */
  @Override
  public String toString() {
    return value;
  }

  private static boolean inAlphabet(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (ALPHABET.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code "rule detail"} for the first broken rule of a normalised text, or null. The
   * text is upper-cased only once it is known to be ASCII.
   */
  private static @Nullable Violation problem(String typed) {
    if (typed.length() != LENGTH) {
      return broken("length-18", "a credit code is 18 characters, was " + typed.length()).with("length", typed.length());
    }
    int nonAscii = Characters.firstNonAscii(typed);
    if (nonAscii >= 0) {
      return broken("ascii-characters", "a credit code is written in ASCII digits and letters, found "
          + Characters.describe(typed, nonAscii)).with("position", nonAscii + 1);
    }
    String text = typed.toUpperCase(Locale.ROOT);
    if (!inAlphabet(text)) {
      return broken("character-set", "a credit code uses only the characters " + ALPHABET)
          .with("expected", ALPHABET);
    }
    if (REGISTRATION_AUTHORITIES.indexOf(text.charAt(0)) < 0) {
      return broken("registration-authority", "position 1 of a credit code is a registration authority code, one of "
          + REGISTRATION_AUTHORITIES).with("value", text.charAt(0)).with("expected", REGISTRATION_AUTHORITIES);
    }
    if (!DivisionCode.isAsciiDigits(text.substring(2, 8))) {
      return broken("division-digits", "positions 3-8 of a credit code are the six digits of a division code");
    }
    String org = text.substring(8, 17);
    char orgCheck = organizationCheckCharacterOf(org.substring(0, 8));
    if (orgCheck != org.charAt(8)) {
      return broken("organization-code-check",
          "the embedded organization code (positions 9-17) fails its GB 11714 check")
          .with("value", org.charAt(8)).with("expected", orgCheck);
    }
    char check = checkCharacterOf(text.substring(0, LENGTH - 1));
    if (check != text.charAt(LENGTH - 1)) {
      return broken("check-character", "the check character (position 18) does not match the first 17 characters")
          .with("standard", STANDARD).with("value", text.charAt(LENGTH - 1)).with("expected", check);
    }
    return null;
  }

  /** A broken rule of the code's value, for {@link #of} to name with the code. */
  private static Violation broken(String rule, String detail) {
    return new Violation("CreditCode", "value", rule, detail);
  }
}
