package io.github.jiceng.governance.model.project;

import io.github.jiceng.governance.model.internal.Ids;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a project: a directed project financed by the co-building fund, a project a co-building unit claims, or a project of the service chain (项目标识).
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "xuemeili-square"}
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public ProjectId {
    Ids.check("ProjectId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  @Override
  public int compareTo(ProjectId o) {
    return value.compareTo(o.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
