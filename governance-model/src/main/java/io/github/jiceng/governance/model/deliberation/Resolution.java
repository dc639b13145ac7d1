package io.github.jiceng.governance.model.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Optional;

/**
 * A resolution of a joint meeting (决议): what was agreed, and, when it becomes a project, the
 * project's id, the unit that leads it and what the unit pledged.
 *
 * @param id the resolution's id
 * @param text what was agreed, 1-500 characters
 * @param project the project it becomes, if any
 * @param leadUnit the unit that leads it, if any; one of the meeting's attendees or its convener
 * @param pledge what the lead unit pledged, if anything; not negative; only with a lead unit
 */
public record Resolution(ResolutionId id, String text, Optional<ProjectId> project, Optional<OrganizationId> leadUnit,
    Optional<Money> pledge) {

  /** Validates the resolution. */
  public Resolution {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(project, "project");
    requireNonNull(leadUnit, "leadUnit");
    requireNonNull(pledge, "pledge");
    String subject = "Resolution[" + id + "]";
    if (text.isBlank() || text.length() > 500) {
      throw new DomainValidationException(new Violation(subject, "text", "text-length",
          "a resolution is 1-500 characters and not blank")
          .with("max", 500).with("length", text.length()));
    }
    if (pledge.isPresent() && (pledge.get().isNegative() || leadUnit.isEmpty())) {
      throw new DomainValidationException(subject, "pledge", "pledge-by-lead-unit",
          "a pledge is zero or more and made by the lead unit, was " + pledge.get() + (leadUnit.isEmpty() ? " without a lead unit" : ""));
    }
  }

  /** Returns a resolution that becomes a project led by a unit, with its pledge. */
  public static Resolution project(ResolutionId id, String text, ProjectId project, OrganizationId leadUnit, Money pledge) {
    return new Resolution(id, text, Optional.of(requireNonNull(project, "project")),
        Optional.of(requireNonNull(leadUnit, "leadUnit")), Optional.of(requireNonNull(pledge, "pledge")));
  }

  /** Returns a resolution that becomes no project. */
  public static Resolution agreed(ResolutionId id, String text) {
    return new Resolution(id, text, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
