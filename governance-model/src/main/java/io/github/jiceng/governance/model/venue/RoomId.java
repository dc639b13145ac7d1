package io.github.jiceng.governance.model.venue;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of a room of a venue (功能室编号), unique within its venue.
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "zhanbei-centre-cinema"}
 */
public record RoomId(String value) implements Comparable<RoomId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public RoomId {
    IdForm.check("RoomId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static RoomId of(String value) {
    return new RoomId(value);
  }

  @Override
  public int compareTo(RoomId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
