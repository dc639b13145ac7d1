package io.github.jiceng.governance.model.venue;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of a venue (阵地编号), such as a community's party-masses service centre.
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "zhanbei-centre"}
 */
public record VenueId(String value) implements Comparable<VenueId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public VenueId {
    IdForm.check("VenueId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static VenueId of(String value) {
    return new VenueId(value);
  }

  @Override
  public int compareTo(VenueId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
