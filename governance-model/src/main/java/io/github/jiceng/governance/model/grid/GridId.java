package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a node in a grid hierarchy (网格节点标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * compared as strings; ties between nodes always break on them.
 *
 * @param value the identifier text, such as {@code "zhanbei"} or {@code "xuemeili-b3"}
 */
public record GridId(String value) implements Comparable<GridId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public GridId {
    IdForm.check("GridId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static GridId of(String value) {
    return new GridId(value);
  }

  @Override
  public int compareTo(GridId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
