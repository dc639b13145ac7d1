package io.github.jiceng.governance.model.venue;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of one delivery of service hours under a space-for-service grant (服务记录编号).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "kangyang-2023-01"}
 */
public record DeliveryId(String value) implements Comparable<DeliveryId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public DeliveryId {
    IdForm.check("DeliveryId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static DeliveryId of(String value) {
    return new DeliveryId(value);
  }

  @Override
  public int compareTo(DeliveryId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
