package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of an outcome on the outcome list (成效编号).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "o-2026-0107"}
 */
public record OutcomeId(String value) implements Comparable<OutcomeId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public OutcomeId {
    IdForm.check("OutcomeId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static OutcomeId of(String value) {
    return new OutcomeId(value);
  }

  @Override
  public int compareTo(OutcomeId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
