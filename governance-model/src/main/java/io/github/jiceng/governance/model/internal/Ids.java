package io.github.jiceng.governance.model.internal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.util.regex.Pattern;

/**
 * The one form every identifier of the model takes: 1 to 64 characters of ASCII letters and
 * digits, then also {@code . _ : -}, starting with a letter or digit.
 */
public final class Ids {

  /** The form: 1 to 64 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit. */
  static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private Ids() {}

  /**
   * Checks the text of an identifier.
   *
   * @param type the simple name of the identifier type, such as {@code "GridId"}
   * @param value the text
   * @return the text, unchanged
   * @throws DomainValidationException if the text is not of the documented form
   */
  public static String check(String type, String value) {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      String shown = Excerpts.of(value);
      throw new DomainValidationException(type + "[" + shown + "]", "value", "id-form",
          "an id is 1-64 characters of [A-Za-z0-9._:-] starting with a letter or digit, was '"
              + shown + "'");
    }
    return value;
  }
}
