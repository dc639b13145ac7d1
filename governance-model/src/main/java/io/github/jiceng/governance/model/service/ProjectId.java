package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a project on the project list (项目编号): a project of the service
 * chain, a directed project financed by the co-building fund, or one a co-building unit claims.
 * Clues, joint meetings and the fund name projects by this id.
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and compare as strings, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "pj-2026-03"}
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public ProjectId {
    IdForm.check("ProjectId", value);
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
