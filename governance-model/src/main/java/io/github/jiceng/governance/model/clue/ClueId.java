package io.github.jiceng.governance.model.clue;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of an issue clue (线索标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "clue-066"}
 */
public record ClueId(String value) implements Comparable<ClueId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public ClueId {
    IdForm.check("ClueId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static ClueId of(String value) {
    return new ClueId(value);
  }

  @Override
  public int compareTo(ClueId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
