package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The identifier of a rule of a points policy (积分项/扣分项).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers
 * compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "volunteer-hours"}
 */
public record RuleId(String value) implements Comparable<RuleId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public RuleId {
    IdForm.check("RuleId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
