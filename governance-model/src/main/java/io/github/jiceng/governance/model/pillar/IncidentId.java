package io.github.jiceng.governance.model.pillar;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of an incident a patrol found (事件标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "inc-2024-0031"}
 */
public record IncidentId(String value) implements Comparable<IncidentId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public IncidentId {
    IdForm.check("IncidentId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static IncidentId of(String value) {
    return new IncidentId(value);
  }

  @Override
  public int compareTo(IncidentId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
