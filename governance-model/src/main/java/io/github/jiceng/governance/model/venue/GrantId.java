package io.github.jiceng.governance.model.venue;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;

/**
 * The stable identifier of a space-for-service grant (以空间换服务协议编号).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "zhanbei-kangyang-2023"}
 */
public record GrantId(String value) implements Comparable<GrantId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public GrantId {
    IdForm.check("GrantId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static GrantId of(String value) {
    return new GrantId(value);
  }

  @Override
  public int compareTo(GrantId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
