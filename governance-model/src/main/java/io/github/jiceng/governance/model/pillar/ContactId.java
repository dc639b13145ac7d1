package io.github.jiceng.governance.model.pillar;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of a deputy's contact with the residents of a grid (联系记录标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "dc-2024-017"}
 */
public record ContactId(String value) implements Comparable<ContactId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public ContactId {
    IdForm.check("ContactId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static ContactId of(String value) {
    return new ContactId(value);
  }

  @Override
  public int compareTo(ContactId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
