package io.github.jiceng.governance.model.checkin;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The identifier of a check-in (打卡记录编号).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers
 * compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "ci-2024-000123"}
 */
public record CheckInId(String value) implements Comparable<CheckInId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public CheckInId {
    IdForm.check("CheckInId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static CheckInId of(String value) {
    return new CheckInId(value);
  }

  @Override
  public int compareTo(CheckInId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
