package io.github.jiceng.governance.model.deliberation;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a resolution of a joint meeting (决议标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "jm-2022-q1-r2"}
 */
public record ResolutionId(String value) implements Comparable<ResolutionId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public ResolutionId {
    IdForm.check("ResolutionId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static ResolutionId of(String value) {
    return new ResolutionId(value);
  }

  @Override
  public int compareTo(ResolutionId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
