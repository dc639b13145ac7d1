package io.github.jiceng.governance.model.code;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Masking;
import java.util.regex.Pattern;

/**
 * A mainland China mobile phone number (手机号码): eleven digits, {@code 1}, then {@code 3}–{@code 9},
 * then nine digits. A leading {@code +86} or {@code 86} is accepted and dropped.
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
   * @param text eleven digits, optionally after {@code +86} or {@code 86}
   * @return the number; never null
   * @throws DomainValidationException naming the rule and the masked text
   */
  public static MobileNumber of(String text) {
    requireNonNull(text, "text");
    String digits = strip(text);
    if (!FORM.matcher(digits).matches()) {
      throw new DomainValidationException("MobileNumber[" + Masking.mobile(text) + "]", "value", "mobile-form",
          "a mobile number is 11 digits starting 13-19 (optionally after +86), was "
              + text.length() + " characters");
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
    return FORM.matcher(strip(text)).matches();
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
