package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.ProjectId;
import java.util.Optional;

/**
 * A donor's restriction of a donation (定向限定): the money may be spent on one outflow category
 * only, or on one project only. Money without an earmark is unrestricted.
 *
 * <p>Earmarks order categories (in their declared order) before projects (by id), so that any list
 * of holdings has one deterministic order.
 */
public sealed interface Earmark extends Comparable<Earmark> permits Earmark.ForCategory, Earmark.ForProject {

  /** Returns an earmark for the category. */
  static Earmark forCategory(OutflowCategory category) {
    return new ForCategory(category);
  }

  /** Returns an earmark for the directed project. */
  static Earmark forProject(ProjectId project) {
    return new ForProject(project);
  }

  /**
   * Returns whether money under this earmark may pay for a disbursement of the category and
   * project.
   *
   * @param category the disbursement's category
   * @param project the disbursement's project, or empty when it names none
   * @return true when the earmark admits the disbursement
   */
  boolean admits(OutflowCategory category, Optional<ProjectId> project);

  /** Orders category earmarks before project earmarks, then by category order or project id. */
  @Override
  default int compareTo(Earmark o) {
    java.util.Objects.requireNonNull(o, "o");
    if (this instanceof ForCategory a && o instanceof ForCategory b) {
      return a.category().compareTo(b.category());
    }
    if (this instanceof ForProject a && o instanceof ForProject b) {
      return a.project().compareTo(b.project());
    }
    return this instanceof ForCategory ? -1 : 1;
  }

  /**
   * Money restricted to one outflow category, such as a merchant's donation for outstanding
   * students.
   *
   * @param category the only category the money may pay for
   */
  record ForCategory(OutflowCategory category) implements Earmark {

    /** Checks the category is present. */
    public ForCategory {
      requireNonNull(category, "category");
    }

    @Override
    public boolean admits(OutflowCategory category, Optional<ProjectId> project) {
      java.util.Objects.requireNonNull(category, "category");
      java.util.Objects.requireNonNull(project, "project");
      return this.category == category;
    }

    /** Returns {@code category:NAME}. */
    @Override
    public String toString() {
      return "category:" + category;
    }
  }

  /**
   * Money restricted to one directed project, such as a unit's donation for rebuilding a square.
   *
   * @param project the only project the money may pay for
   */
  record ForProject(ProjectId project) implements Earmark {

    /** Checks the project is present. */
    public ForProject {
      requireNonNull(project, "project");
    }

    @Override
    public boolean admits(OutflowCategory category, Optional<ProjectId> project) {
      java.util.Objects.requireNonNull(category, "category");
      java.util.Objects.requireNonNull(project, "project");
      return category == OutflowCategory.DIRECTED_PROJECT && project.isPresent() && this.project.equals(project.get());
    }

    /** Returns {@code project:ID}. */
    @Override
    public String toString() {
      return "project:" + project;
    }
  }
}
