package io.github.jiceng.governance.model.deliberation;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a major affair put to deliberation (议题标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "affair-2022-03"}
 */
public record AffairId(String value) implements Comparable<AffairId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public AffairId {
    IdForm.check("AffairId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static AffairId of(String value) {
    return new AffairId(value);
  }

  @Override
  public int compareTo(AffairId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
