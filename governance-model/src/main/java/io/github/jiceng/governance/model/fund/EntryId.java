package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of one entry of a fund ledger; appending the same id twice records it once (分录标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "don-2021-0001"}
 */
public record EntryId(String value) implements Comparable<EntryId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public EntryId {
    IdForm.check("EntryId", value);
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
