package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a co-building fund (基金标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "lantian-fund"}
 */
public record FundId(String value) implements Comparable<FundId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public FundId {
    IdForm.check("FundId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static FundId of(String value) {
    return new FundId(value);
  }

  @Override
  public int compareTo(FundId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
