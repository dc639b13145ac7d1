package io.github.jiceng.governance.model.actor;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a household (户标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "hh-xuemeili-3-0201"}
 */
public record HouseholdId(String value) implements Comparable<HouseholdId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public HouseholdId {
    IdForm.check("HouseholdId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }

  @Override
  public int compareTo(HouseholdId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
