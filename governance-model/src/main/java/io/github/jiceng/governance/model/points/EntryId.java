package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.regex.Pattern;

/**
 * The identifier of one ledger entry (流水号): the key that makes appending idempotent.
 *
 * <p>One to 160 characters of ASCII letters, digits and {@code . _ : -}, starting with a letter or
 * digit. It is longer than other ids because derived entries (expiries) compose their id from the
 * actor and the boundary date, such as {@code "expiry:p:p-0001:2027-01-01"}.
 *
 * @param value the identifier text
 */
public record EntryId(String value) implements Comparable<EntryId> {

  private static final Pattern FORM = Pattern.compile(IdForm.DERIVED_REGEX);

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public EntryId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      String shown = Excerpts.of(value);
      throw new DomainValidationException(new Violation("EntryId[" + shown + "]", "value", "id-form",
          "an entry id is 1-160 characters of [A-Za-z0-9._:-] starting with a letter or digit, was '"
              + shown + "'").with("max", IdForm.MAX_DERIVED_LENGTH).with("value", value));
    }
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
