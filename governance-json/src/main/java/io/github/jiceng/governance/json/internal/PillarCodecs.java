package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.ContactId;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.IncidentId;
import io.github.jiceng.governance.model.pillar.IncidentKind;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.pillar.PatrolId;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.ProjectId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bindings of the five pillars' records (五共的工作记录): patrols of grid squads and the
 * incidents they found (平安共管), deputies' contacts with the residents of grids and the projects
 * adopted affairs became (大事共议).
 */
public final class PillarCodecs {

  private PillarCodecs() {}

  /** {@link PatrolId} as its text, such as {@code "patrol-2024-w05-g01-1"}. */
  public static final TextCodec<PatrolId> PATROL_ID = Codecs.text(PatrolId.class,
      "The id of a patrol of a grid squad (巡逻标识).", PatrolId::of, PatrolId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link IncidentId} as its text, such as {@code "inc-2024-0031"}. */
  public static final TextCodec<IncidentId> INCIDENT_ID = Codecs.text(IncidentId.class,
      "The id of an incident a patrol found (事件标识).", IncidentId::of, IncidentId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link ContactId} as its text, such as {@code "dc-2024-017"}. */
  public static final TextCodec<ContactId> CONTACT_ID = Codecs.text(ContactId.class,
      "The id of a deputy's contact with the residents of a grid (联系记录标识).", ContactId::of, ContactId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link IncidentKind} by name. */
  public static final EnumCodec<IncidentKind> INCIDENT_KIND = Codecs.enumeration(IncidentKind.class,
      "What a patrol found (事件类别): a safety or fire hazard, a dispute, a public-order matter, sanitation, "
          + "a damaged facility, a resident who needs care, or other.");

  /** {@link Patrol} as {@code {"id", "squad", "grid", "day", "duration"}}. */
  public static final ObjectCodec<Patrol> PATROL = patrol();

  /** {@link Incident} as {@code {"id", "patrol", "kind", "grid", "at"}}. */
  public static final ObjectCodec<Incident> INCIDENT = incident();

  /** {@link DeputyContact}: the deputy, the grid, the day, the residents met and the problems carried. */
  public static final ObjectCodec<DeputyContact> DEPUTY_CONTACT = deputyContact();

  /** {@link AffairProject} as {@code {"affair", "project"}}. */
  public static final ObjectCodec<AffairProject> AFFAIR_PROJECT = affairProject();

  private static ObjectCodec<Patrol> patrol() {
    ObjectCodec.Builder<Patrol> b = ObjectCodec.builder(Patrol.class)
        .describe("One patrol of a grid squad (网格小分队巡逻): the squad (named by the grid it serves), the grid node "
            + "walked, the day and the duration (whole minutes, PT1M to PT24H).");
    Slot<PatrolId> id = b.required("id", Patrol::id, PATROL_ID);
    Slot<GridId> squad = b.required("squad", Patrol::squad, GridCodecs.GRID_ID);
    Slot<GridId> grid = b.required("grid", Patrol::grid, GridCodecs.GRID_ID);
    Slot<LocalDate> day = b.required("day", Patrol::day, Codecs.LOCAL_DATE);
    Slot<Duration> duration = b.required("duration", Patrol::duration, Codecs.DURATION);
    return b.build(v -> new Patrol(v.get(id), v.get(squad), v.get(grid), v.get(day), v.get(duration)));
  }

  private static ObjectCodec<Incident> incident() {
    ObjectCodec.Builder<Incident> b = ObjectCodec.builder(Incident.class)
        .describe("An incident a patrol found (巡逻发现的事件): its kind, grid node and instant; no free text and no "
            + "person, ready for the grid-event loop to take over.");
    Slot<IncidentId> id = b.required("id", Incident::id, INCIDENT_ID);
    Slot<PatrolId> patrol = b.required("patrol", Incident::patrol, PATROL_ID);
    Slot<IncidentKind> kind = b.required("kind", Incident::kind, INCIDENT_KIND);
    Slot<GridId> grid = b.required("grid", Incident::grid, GridCodecs.GRID_ID);
    Slot<Instant> at = b.required("at", Incident::at, Codecs.INSTANT);
    return b.build(v -> new Incident(v.get(id), v.get(patrol), v.get(kind), v.get(grid), v.get(at)));
  }

  private static ObjectCodec<DeputyContact> deputyContact() {
    ObjectCodec.Builder<DeputyContact> b = ObjectCodec.builder(DeputyContact.class)
        .describe("A deputy's contact with the residents of a grid (两代表一委员联系服务网格): the deputy, the grid node, "
            + "the day, the residents met (1-" + DeputyContact.MAX_RESIDENTS + ") and the clues and proposals "
            + "carried (at most " + DeputyContact.MAX_PROBLEMS + " together).");
    Slot<ContactId> id = b.required("id", DeputyContact::id, CONTACT_ID);
    Slot<PersonId> deputy = b.required("deputy", DeputyContact::deputy, ValueCodecs.PERSON_ID);
    Slot<GridId> grid = b.required("grid", DeputyContact::grid, GridCodecs.GRID_ID);
    Slot<LocalDate> day = b.required("day", DeputyContact::day, Codecs.LOCAL_DATE);
    Slot<Integer> residents = b.required("residentsMet", DeputyContact::residentsMet,
        Codecs.integer(1, DeputyContact.MAX_RESIDENTS));
    Slot<Set<ClueId>> clues = b.defaulted("clues", DeputyContact::clues, Codecs.set(ClueCodecs.CLUE_ID), Set.of());
    Slot<Set<ProposalId>> proposals = b.defaulted("proposals", DeputyContact::proposals,
        Codecs.set(ProposalCodecs.PROPOSAL_ID), Set.of());
    return b.build(v -> new DeputyContact(v.get(id), v.get(deputy), v.get(grid), v.get(day), v.get(residents),
        new TreeSet<>(v.get(clues)), new TreeSet<>(v.get(proposals))));
  }

  private static ObjectCodec<AffairProject> affairProject() {
    ObjectCodec.Builder<AffairProject> b = ObjectCodec.builder(AffairProject.class)
        .describe("The project a major affair's adopted option became (议决事项转化为项目).");
    Slot<AffairId> affair = b.required("affair", AffairProject::affair, DeliberationCodecs.AFFAIR_ID);
    Slot<ProjectId> project = b.required("project", AffairProject::project, SharedCodecs.PROJECT_ID);
    return b.build(v -> new AffairProject(v.get(affair), v.get(project)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(PATROL_ID, INCIDENT_ID, CONTACT_ID, INCIDENT_KIND, PATROL, INCIDENT, DEPUTY_CONTACT,
        AFFAIR_PROJECT);
  }
}
