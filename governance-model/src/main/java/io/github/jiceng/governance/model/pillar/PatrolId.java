package io.github.jiceng.governance.model.pillar;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of a patrol of a grid squad (巡逻标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "patrol-2024-w05-g01-1"}
 */
public record PatrolId(String value) implements Comparable<PatrolId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public PatrolId {
    IdForm.check("PatrolId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static PatrolId of(String value) {
    return new PatrolId(value);
  }

  @Override
  public int compareTo(PatrolId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
