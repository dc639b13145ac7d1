package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The identifier of an offer in the red-star service catalogue (可兑换服务), what points are
 * redeemed for; not to be confused with a delivery of the service chain
 * ({@code model.service.ServiceId}).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers
 * compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "physiotherapy"}
 */
public record OfferId(String value) implements Comparable<OfferId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public OfferId {
    IdForm.check("OfferId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static OfferId of(String value) {
    return new OfferId(value);
  }

  @Override
  public int compareTo(OfferId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
