package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a pledge to a fund (认领标识); recording the same pledge twice records it once.
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "pledge-2021-0001"}
 */
public record PledgeId(String value) implements Comparable<PledgeId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public PledgeId {
    IdForm.check("PledgeId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static PledgeId of(String value) {
    return new PledgeId(value);
  }

  @Override
  public int compareTo(PledgeId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
