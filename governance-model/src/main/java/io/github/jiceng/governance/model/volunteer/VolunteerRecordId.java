package io.github.jiceng.governance.model.volunteer;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The identifier of a volunteer service record (志愿服务记录编号).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers
 * compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "vr-2024-0001"}
 */
public record VolunteerRecordId(String value) implements Comparable<VolunteerRecordId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public VolunteerRecordId {
    IdForm.check("VolunteerRecordId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static VolunteerRecordId of(String value) {
    return new VolunteerRecordId(value);
  }

  @Override
  public int compareTo(VolunteerRecordId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
