package io.github.jiceng.governance.rules.pillar;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.pillar.PatrolId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The records a {@link PillarScorecard} is derived from (五共的工作记录), of any community and time:
 * the scorecard picks those of its community and period.
 *
 * <ul>
 *   <li>党群共建: joint meetings, with their resolutions;
 *   <li>大事共议: major affairs, their decisions, the projects adopted affairs became, deputies'
 *       contacts, and the clue cases that say which carried clues became projects;
 *   <li>平安共管: patrols and the incidents they found;
 *   <li>文明共创: the five lists, whose service records (with their demands' grids) the stations
 *       and teams delivered;
 *   <li>服务共享: the red-star ledger's entries.
 * </ul>
 *
 * <p>The records are checked against each other when built, each list holding at most {@link
 * #MAX_RECORDS}: ids are distinct within patrols, incidents, contacts and ledger entries (rule
 * {@code record-ids-distinct}); a decision is of a known affair (rule {@code
 * decision-of-known-affair}), at most one per affair (rule {@code one-decision-per-affair}); a
 * project is linked to an affair decided with an option adopted (rule {@code
 * project-of-adopted-affair}); an incident names a known patrol (rule {@code
 * incident-of-known-patrol}). Immutable.
 *
 * @param meetings the joint meetings
 * @param affairs the major affairs
 * @param decisions the decisions on them
 * @param affairProjects the projects adopted affairs became
 * @param contacts the deputies' contacts
 * @param clues the clue cases, to follow carried clues to their projects
 * @param patrols the patrols
 * @param incidents the incidents patrols found
 * @param lists the five lists, for the service records and their demands
 * @param points the red-star ledger's entries
 */
public record PillarRecords(List<JointMeeting> meetings, List<MajorAffair> affairs, List<AffairDecision> decisions,
    List<AffairProject> affairProjects, List<DeputyContact> contacts, List<ClueCase> clues, List<Patrol> patrols,
    List<Incident> incidents, FiveLists lists, List<LedgerEntry> points) {

  /** The most records of one kind the rules of this package take at once. */
  public static final int MAX_RECORDS = 1_000_000;

  /** No records at all. */
  public static final PillarRecords EMPTY = builder().build();

  /**
   * Copies the lists and checks the records against each other.
   *
   * @throws DomainValidationException as the type's documentation says, listing every violation
   */
  public PillarRecords {
    meetings = copy("meetings", meetings);
    affairs = copy("affairs", affairs);
    decisions = copy("decisions", decisions);
    affairProjects = copy("affairProjects", affairProjects);
    contacts = copy("contacts", contacts);
    clues = copy("clues", clues);
    patrols = copy("patrols", patrols);
    incidents = copy("incidents", incidents);
    requireNonNull(lists, "lists");
    points = copy("points", points);
    List<Violation> violations = new ArrayList<>();
    distinct(violations, "patrols", patrols, p -> p.id().value());
    distinct(violations, "incidents", incidents, i -> i.id().value());
    distinct(violations, "contacts", contacts, c -> c.id().value());
    distinct(violations, "points", points, e -> e.id().value());
    distinct(violations, "affairs", affairs, a -> a.id().value());
    Map<AffairId, MajorAffair> affairById = new TreeMap<>();
    affairs.forEach(a -> affairById.put(a.id(), a));
    Map<AffairId, AffairDecision> decisionOf = new TreeMap<>();
    for (AffairDecision d : decisions) {
      String subject = "AffairDecision[" + d.affair() + "]";
      if (!affairById.containsKey(d.affair())) {
        violations.add(new Violation(subject, "affair", "decision-of-known-affair",
            "no affair " + d.affair() + " among the records"));
      } else if (decisionOf.putIfAbsent(d.affair(), d) != null) {
        violations.add(new Violation(subject, "affair", "one-decision-per-affair",
            "affair " + d.affair() + " is decided twice"));
      }
    }
    for (AffairProject p : affairProjects) {
      AffairDecision d = decisionOf.get(p.affair());
      if (d == null || d.outcome() != AffairDecision.Outcome.ADOPTED) {
        violations.add(new Violation("AffairProject[" + p.affair() + ", " + p.project() + "]", "affair",
            "project-of-adopted-affair", "affair " + p.affair() + " has no decision that adopted an option"));
      }
    }
    Set<PatrolId> known = new HashSet<>();
    patrols.forEach(p -> known.add(p.id()));
    for (Incident i : incidents) {
      if (!known.contains(i.patrol())) {
        violations.add(new Violation("Incident[" + i.id() + "]", "patrol", "incident-of-known-patrol",
            "no patrol " + i.patrol() + " among the records"));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** Returns a builder with every list empty and empty five lists. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these records, to add to them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.meetings.addAll(meetings);
    b.affairs.addAll(affairs);
    b.decisions.addAll(decisions);
    b.affairProjects.addAll(affairProjects);
    b.contacts.addAll(contacts);
    b.clues.addAll(clues);
    b.patrols.addAll(patrols);
    b.incidents.addAll(incidents);
    b.lists = lists;
    b.points.addAll(points);
    return b;
  }

  /**
   * Refuses a collection of more than {@link #MAX_RECORDS} records.
   *
   * @throws DomainValidationException with rule {@code records-limit} if it is larger
   */
  static <T> Collection<T> requireWithinLimit(String subject, String field, Collection<T> records) {
    DomainChecks.noNullElements(records, field);
    if (records.size() > MAX_RECORDS) {
      throw new DomainValidationException(new Violation(subject, field, "records-limit",
          field + " holds at most " + MAX_RECORDS + " records, was " + records.size())
          .with("max", MAX_RECORDS).with("value", records.size()));
    }
    return records;
  }

  private static <T> List<T> copy(String field, List<T> values) {
    return List.copyOf(requireWithinLimit("PillarRecords", field, requireNonNull(values, field)));
  }

  private static <T> void distinct(List<Violation> out, String field, List<T> values, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T v : values) {
      String key = id.apply(v);
      if (!seen.add(key)) {
        out.add(new Violation("PillarRecords", field, "record-ids-distinct", field + " holds the id " + key + " twice")
            .with("id", key));
      }
    }
  }

  /** Collects records; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private final List<JointMeeting> meetings = new ArrayList<>();
    private final List<MajorAffair> affairs = new ArrayList<>();
    private final List<AffairDecision> decisions = new ArrayList<>();
    private final List<AffairProject> affairProjects = new ArrayList<>();
    private final List<DeputyContact> contacts = new ArrayList<>();
    private final List<ClueCase> clues = new ArrayList<>();
    private final List<Patrol> patrols = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private FiveLists lists = FiveLists.empty();
    private final List<LedgerEntry> points = new ArrayList<>();

    Builder() {}

    /** Adds joint meetings. */
    public Builder meetings(Collection<JointMeeting> more) {
      meetings.addAll(DomainChecks.noNullElements(more, "meetings"));
      return this;
    }

    /** Adds major affairs. */
    public Builder affairs(Collection<MajorAffair> more) {
      affairs.addAll(DomainChecks.noNullElements(more, "affairs"));
      return this;
    }

    /** Adds decisions on major affairs. */
    public Builder decisions(Collection<AffairDecision> more) {
      decisions.addAll(DomainChecks.noNullElements(more, "decisions"));
      return this;
    }

    /** Adds projects adopted affairs became. */
    public Builder affairProjects(Collection<AffairProject> more) {
      affairProjects.addAll(DomainChecks.noNullElements(more, "affairProjects"));
      return this;
    }

    /** Adds deputies' contacts. */
    public Builder contacts(Collection<DeputyContact> more) {
      contacts.addAll(DomainChecks.noNullElements(more, "contacts"));
      return this;
    }

    /** Adds clue cases. */
    public Builder clues(Collection<ClueCase> more) {
      clues.addAll(DomainChecks.noNullElements(more, "clues"));
      return this;
    }

    /** Adds patrols. */
    public Builder patrols(Collection<Patrol> more) {
      patrols.addAll(DomainChecks.noNullElements(more, "patrols"));
      return this;
    }

    /** Adds incidents. */
    public Builder incidents(Collection<Incident> more) {
      incidents.addAll(DomainChecks.noNullElements(more, "incidents"));
      return this;
    }

    /** Sets the five lists. */
    public Builder lists(FiveLists value) {
      lists = requireNonNull(value, "lists");
      return this;
    }

    /** Adds red-star ledger entries. */
    public Builder points(Collection<? extends LedgerEntry> more) {
      points.addAll(DomainChecks.noNullElements(more, "points"));
      return this;
    }

    /**
     * Returns the records.
     *
     * @throws DomainValidationException if they do not fit together (see {@link PillarRecords})
     */
    public PillarRecords build() {
      return new PillarRecords(meetings, affairs, decisions, affairProjects, contacts, clues, patrols, incidents,
          lists, points);
    }
  }
}
