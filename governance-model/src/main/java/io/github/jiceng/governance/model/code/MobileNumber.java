package io.github.jiceng.governance.model.code;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.internal.Characters;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Masking;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.regex.Pattern;

/**
 * A mainland China mobile phone number (手机号码): eleven digits, {@code 1}, then {@code 3}–{@code 9},
 * then nine digits. A leading {@code +86} or {@code 86} is accepted and dropped.
 *
 * <p>Input is read as people type it and normalised: full-width digits and {@code ＋}
 * (全角字符, {@code １３９…}) are read as their half-width (ASCII) forms and surrounding spaces,
 * the ideographic space included, are dropped. Any other character that is not ASCII is refused
 * (rule {@code ascii-characters}) with its position.
 *
 * <p>The number is personal data. {@link #toString} and every exception message show it masked,
 * keeping the first three and the last four digits ({@code 139****5678}); the number itself is
 * reachable only through {@link #rawValue()}.
 */
public final class MobileNumber {

  private static final Pattern FORM = Pattern.compile("1[3-9][0-9]{9}");

  private final String value;

  private MobileNumber(String value) {
    this.value = value;
  }

  /**
   * Returns the mobile number with the given text.
   *
   * @param text eleven digits, optionally after {@code +86} or {@code 86}; full-width
   *     characters are read as half-width ones and surrounding spaces are dropped
   * @return the number; never null
   * @throws DomainValidationException naming the rule and the masked, shortened text
   */
  public static MobileNumber of(String text) {
    requireNonNull(text, "text");
    String typed = Characters.typed(text);
    String subject = "MobileNumber[" + Excerpts.masked(typed, 3, 4) + "]";
    int nonAscii = Characters.firstNonAscii(typed);
    if (nonAscii >= 0 && typed.length() <= 16) {
      throw new DomainValidationException(new Violation(subject, "value", "ascii-characters",
          "a mobile number is written in ASCII digits, found " + Characters.describe(typed, nonAscii))
                  .with("position", nonAscii + 1));
    }
    String digits = strip(typed);
    if (!FORM.matcher(digits).matches()) {
      throw new DomainValidationException(new Violation(subject, "value", "mobile-form",
          "a mobile number is 11 digits starting 13-19 (optionally after +86), was "
              + typed.length() + " characters").with("length", typed.length()));
    }
    return new MobileNumber(digits);
  }

  /**
   * Returns whether the text is a valid mobile number, by the rules of {@link #of}.
   *
   * @param text any text
   * @return {@code true} if {@link #of} would accept it
   */
  public static boolean isValid(String text) {
    requireNonNull(text, "text");
    return FORM.matcher(strip(Characters.typed(text))).matches();
  }

  /**
   * Returns the eleven digits, unmasked. Call this only where the raw number is needed (to send
   * a message); everywhere else use {@link #toString}.
   */
  public String rawValue() {
    return value;
  }

  /** Returns the masked number, first three and last four digits kept: {@code 139****5678}. */
  public String masked() {
    return Masking.mobile(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MobileNumber && ((MobileNumber) o).value.equals(value);
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

  private static String strip(String text) {
    if (text.startsWith("+86")) {
      return text.substring(3);
    }
    if (text.startsWith("86") && text.length() == 13) {
      return text.substring(2);
    }
    return text;
  }
}
