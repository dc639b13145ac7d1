package io.github.jiceng.governance.model.deliberation;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A joint meeting of a community and its co-building units (共建联席会议): who convened it, which
 * units attended, and what was resolved. A resolution's lead unit must have been there (the
 * convener or an attendee), and a project is resolved at most once per meeting.
 */
@Value.Immutable
public abstract class JointMeeting {

  JointMeeting() {}

  /** Returns a builder; all attributes are required, with at least one attendee. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the meeting's id. */
  public abstract MeetingId id();

  /** Returns the grid node (the community or street) whose meeting it was. */
  public abstract GridId grid();

  /** Returns when it was held; its resolutions date from here. */
  public abstract Instant heldAt();

  /** Returns the convener: the community's party organization. */
  public abstract OrganizationId convener();

  /** Returns the units that attended, by id. */
  @Value.NaturalOrder
  public abstract SortedSet<OrganizationId> attendees();

  /** Returns the resolutions, in the order they were adopted. */
  public abstract List<Resolution> resolutions();

  /** Returns the pillar of 一核五共 this belongs to: {@link Pillar#PARTY_MASS_CO_BUILDING}. */
  public final Pillar pillar() {
    return Pillar.PARTY_MASS_CO_BUILDING;
  }

  @Value.Check
  final void check() {
    String subject = "JointMeeting[" + id() + "]";
    if (attendees().isEmpty()) {
      throw new DomainValidationException(subject, "attendees", "attended", "a joint meeting has at least one attending unit");
    }
    Set<ResolutionId> ids = new HashSet<>();
    Set<ProjectId> projects = new HashSet<>();
    for (Resolution r : resolutions()) {
      if (!ids.add(r.id())) {
        throw new DomainValidationException(subject, "resolutions", "resolution-ids-distinct", "resolution " + r.id() + " appears twice");
      }
      if (r.project().isPresent() && !projects.add(r.project().get())) {
        throw new DomainValidationException(subject, "resolutions", "project-once",
            "project " + r.project().get() + " is resolved twice in one meeting");
      }
      if (r.leadUnit().isPresent() && !r.leadUnit().get().equals(convener()) && !attendees().contains(r.leadUnit().get())) {
        throw new DomainValidationException(subject, "resolutions", "lead-unit-attended",
            "resolution " + r.id() + " is led by " + r.leadUnit().get() + ", which did not attend");
      }
    }
  }

  /** The builder of {@link JointMeeting}; each attribute may be set once. */
  public static final class Builder extends ImmutableJointMeeting.Builder {
    Builder() {}
  }
}
