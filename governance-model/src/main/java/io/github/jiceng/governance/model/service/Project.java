package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of the project list (项目清单): demands the community grouped into one piece of work
 * (社区下单), with its budget.
 */
@Value.Immutable
public abstract class Project {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  Project() {}

  /** Returns a builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the project's identifier. */
  public abstract ProjectId id();

  /** Returns its display name, such as {@code "雪梅里适老化改造"}. */
  public abstract String name();

  /** Returns the demands it groups, in the community's order; not empty, no repeats. */
  public abstract List<DemandId> demands();

  /** Returns its budget; not negative. */
  public abstract Money budget();

  /** Returns the pillar of 一核五共 it belongs to. */
  public abstract Pillar pillar();

  @Value.Check
  final void check() {
    String subject = "Project[" + id() + "]";
    if (name().isBlank() || name().length() > MAX_NAME_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "name", "name-length",
          "a name is 1-" + MAX_NAME_LENGTH + " characters and not blank, was " + name().length() + " characters")
              .with("max", MAX_NAME_LENGTH).with("length", name().length()));
    }
    if (demands().isEmpty()) {
      throw new DomainValidationException(subject, "demands", "not-empty", "a project groups at least one demand");
    }
    Set<DemandId> seen = new HashSet<>();
    for (DemandId d : demands()) {
      if (!seen.add(d)) {
        throw new DomainValidationException(subject, "demands", "no-repeats", "demand " + d + " is listed twice");
      }
    }
    if (budget().isNegative()) {
      throw new DomainValidationException(new Violation(subject, "budget", "not-negative",
          "a budget is not negative, was " + budget())
          .with("value", budget()));
    }
  }

  /** The builder of {@link Project}; each attribute may be set once. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
