package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.internal.Ids;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The identifier of a service in the catalogue (可兑换服务).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers
 * compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "physiotherapy"}
 */
public record ServiceId(String value) implements Comparable<ServiceId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public ServiceId {
    Ids.check("ServiceId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }

  @Override
  public int compareTo(ServiceId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
