package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a demand on the demand list (需求编号).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "d-2026-0001"}
 */
public record DemandId(String value) implements Comparable<DemandId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public DemandId {
    IdForm.check("DemandId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static DemandId of(String value) {
    return new DemandId(value);
  }

  @Override
  public int compareTo(DemandId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
