package io.github.jiceng.governance.model.venue;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of a booking of a room (预约编号), unique within its venue.
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "b-2023-0001"}
 */
public record BookingId(String value) implements Comparable<BookingId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public BookingId {
    IdForm.check("BookingId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static BookingId of(String value) {
    return new BookingId(value);
  }

  @Override
  public int compareTo(BookingId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
