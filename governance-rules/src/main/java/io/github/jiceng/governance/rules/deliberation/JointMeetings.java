package io.github.jiceng.governance.rules.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.service.ProjectId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the projects joint meetings resolved (联席会议决议转化为项目). Stateless and
 * thread-safe: it only reads the meetings it is given.
 */
public final class JointMeetings {

  private JointMeetings() {}

  /**
   * The projects resolved by a set of meetings, and the resolutions that named a project already
   * resolved at an earlier meeting.
   *
   * @param projects one origin per project, by project id; the earliest meeting's resolution wins
   * @param conflicts the later resolutions of a project already resolved, in meeting order
   */
  public record Resolved(List<ProjectOrigin> projects, List<ProjectOrigin> conflicts) {

    /** Copies the lists. */
    public Resolved {
      projects = List.copyOf(DomainChecks.noNullElements(projects, "projects"));
      conflicts = List.copyOf(DomainChecks.noNullElements(conflicts, "conflicts"));
    }
  }

  /**
   * Collects the projects the meetings resolved. Meetings are taken in the order they were held
   * (ties by id), so a project resolved twice keeps its first origin and the second is reported as
   * a conflict.
   *
   * @param meetings the meetings, in any order
   * @return the projects and the conflicts
   */
  public static Resolved projects(Collection<JointMeeting> meetings) {
    DomainChecks.noNullElements(meetings, "meetings");
    requireNonNull(meetings, "meetings");
    List<JointMeeting> ordered = new ArrayList<>(meetings);
    ordered.sort(Comparator.comparing(JointMeeting::heldAt).thenComparing(JointMeeting::id));
    Map<ProjectId, ProjectOrigin> first = new TreeMap<>();
    List<ProjectOrigin> conflicts = new ArrayList<>();
    for (JointMeeting m : ordered) {
      for (Resolution r : m.resolutions()) {
        if (r.project().isEmpty()) {
          continue;
        }
        ProjectOrigin o = new ProjectOrigin(r.project().get(), m.id(), r.id(), m.heldAt(), m.grid(), r.leadUnit(), r.pledge());
        if (first.putIfAbsent(o.project(), o) != null) {
          conflicts.add(o);
        }
      }
    }
    return new Resolved(new ArrayList<>(first.values()), conflicts);
  }
}
