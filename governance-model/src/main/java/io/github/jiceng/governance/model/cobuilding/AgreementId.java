package io.github.jiceng.governance.model.cobuilding;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of a co-building agreement or report (共建协议、报到编号).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "zhanbei-gongdian-2023"}
 */
public record AgreementId(String value) implements Comparable<AgreementId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public AgreementId {
    IdForm.check("AgreementId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  @Override
  public int compareTo(AgreementId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
