package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The one form every identifier of the SDK takes (标识符格式): ASCII letters and digits, then also
 * {@code . _ : -}, starting with a letter or digit; at most {@value #MAX_LENGTH} characters for an
 * id a user gives, {@value #MAX_DERIVED_LENGTH} for one the SDK derives from others (a ledger
 * entry's id, an event log's record ids).
 *
 * <p>Published once, here, and used by the model's id types, the JSON readers and the JSON
 * Schemas alike, so the three cannot disagree.
 */
public final class IdForm {

  /** The most characters of an id a user gives. */
  public static final int MAX_LENGTH = 64;

  /** The most characters of an id the SDK derives from other ids. */
  public static final int MAX_DERIVED_LENGTH = 160;

  /** The regular expression of an id of at most {@link #MAX_LENGTH} characters. */
  public static final String REGEX = regex(MAX_LENGTH);

  /** The regular expression of an id of at most {@link #MAX_DERIVED_LENGTH} characters. */
  public static final String DERIVED_REGEX = regex(MAX_DERIVED_LENGTH);

  private static final Pattern FORM = Pattern.compile(REGEX);

  private IdForm() {}

  /**
   * Returns the regular expression of an id of 1 to {@code maxLength} characters.
   *
   * @param maxLength the most characters; at least 1
   * @return the expression, for {@link Pattern#compile} or a JSON Schema {@code pattern}
   */
  public static String regex(int maxLength) {
    DomainChecks.inRange("IdForm", "maxLength", maxLength, 1, 1_000);
    return "[A-Za-z0-9][A-Za-z0-9._:-]{0," + (maxLength - 1) + "}";
  }

  /**
   * Checks the text of an identifier of at most {@link #MAX_LENGTH} characters.
   *
   * @param type the simple name of the identifier type, such as {@code "GridId"}
   * @param value the text
   * @return the text, unchanged
   * @throws DomainValidationException (rule {@code id-form}) if the text is not of the form
   */
  public static String check(String type, String value) {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      String shown = Excerpts.of(value);
      throw new DomainValidationException(new Violation(type + "[" + shown + "]", "value", "id-form",
          "an id is 1-" + MAX_LENGTH + " characters of [A-Za-z0-9._:-] starting with a letter or digit, was '"
              + shown + "'").with("max", MAX_LENGTH).with("value", value));
    }
    return value;
  }
}
