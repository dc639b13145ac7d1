package io.github.jiceng.governance.seeds;

import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.ContactId;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.IncidentId;
import io.github.jiceng.governance.model.pillar.IncidentKind;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.pillar.PatrolId;
import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The records of the five pillars in the seed (五共的工作记录) that the article does not give and
 * the scenario's other sections do not hold: squads' patrols and the incidents they found,
 * deputies' contacts with residents, and the projects adopted major affairs became. Derived from
 * the roster, the hierarchy and the proposals of {@link ArticleData}, the same every time.
 *
 * <p>Assumptions, none of them the article's (it gives no patrol schedule and no contact record):
 *
 * <ul>
 *   <li>Each grid squad walks its grid once in every ISO week of {@link #YEAR}, on a weekday that
 *       depends on the squad's place in the roster, for {@link #PATROL} — a patrol of the grid
 *       covers every building under it, so each squad's coverage is the whole area every week.
 *   <li>Every {@link #INCIDENT_EVERY}th week a squad's patrol finds one incident, at the first
 *       building of its grid at 10:00 on the patrol's day, of a kind taken in turn.
 *   <li>Each deputy linked to grids (the roster's persons with a deputy role) meets residents of
 *       one of those grids once a month, the grids taken in turn, on a day set by the deputy's place.
 *   <li>Each proposal raised in a deputy's linked grids was carried by the deputy: a contact on the
 *       day it was submitted, at the grid it was raised in. The seed's clues are 蓝天街道's, where
 *       no deputy is linked, so no contact carries a clue.
 *   <li>No affair project: the seed's major affairs have no decision yet, and a project is linked
 *       to an adopted affair only.
 * </ul>
 *
 * @param patrols the squads' patrols
 * @param incidents the incidents the patrols found
 * @param contacts the deputies' contacts
 * @param affairProjects the projects adopted affairs became
 */
record ArticlePillars(List<Patrol> patrols, List<Incident> incidents, List<DeputyContact> contacts,
    List<AffairProject> affairProjects) {

  /** The year of the records: the year the seed's activities are counted in. */
  static final int YEAR = ArticleScenario.ACTIVITY_YEAR;

  /** How long a weekly patrol of a grid lasts. */
  static final Duration PATROL = Duration.ofMinutes(90);

  /** A squad's patrol finds an incident every this many weeks. */
  static final int INCIDENT_EVERY = 6;

  /** No records. */
  static final ArticlePillars NONE = new ArticlePillars(List.of(), List.of(), List.of(), List.of());

  ArticlePillars {
    patrols = List.copyOf(patrols);
    incidents = List.copyOf(incidents);
    contacts = List.copyOf(contacts);
    affairProjects = List.copyOf(affairProjects);
  }

  /** Returns the data with its pillars' records derived from it. */
  static ArticleData addTo(ArticleData d) {
    return d.withPillars(of(d));
  }

  /** Derives the records from the seed's roster, hierarchy and proposals. */
  static ArticlePillars of(ArticleData d) {
    ZoneId zone = d.pointsPolicy().zone();
    GridHierarchy h = d.hierarchy();
    List<Patrol> patrols = new ArrayList<>();
    List<Incident> incidents = new ArrayList<>();
    IncidentKind[] kinds = IncidentKind.values();
    LocalDate firstMonday = LocalDate.of(YEAR, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<GridSquad> squads = d.roster().squads();
    for (int s = 0; s < squads.size(); s++) {
      GridId grid = squads.get(s).grid();
      GridId building = firstLeaf(h, grid);
      for (int week = 0; ; week++) {
        LocalDate day = firstMonday.plusWeeks(week).plusDays(s % 5);
        if (day.getYear() > YEAR) {
          break;
        }
        PatrolId id = PatrolId.of(String.format(Locale.ROOT, "patrol-%s-%02d", grid.value(), week + 1));
        patrols.add(new Patrol(id, grid, grid, day, PATROL));
        if (week % INCIDENT_EVERY == INCIDENT_EVERY - 1) {
          IncidentKind kind = kinds[incidents.size() % kinds.length];
          incidents.add(new Incident(IncidentId.of("incident-" + id.value().substring("patrol-".length())), id, kind,
              building, day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant()));
        }
      }
    }
    List<DeputyContact> contacts = new ArrayList<>();
    int place = 0;
    for (Person p : d.roster().persons()) {
      for (Role role : p.roles()) {
        if (!(role instanceof Role.Deputy deputy) || deputy.grids().isEmpty()) {
          continue;
        }
        List<GridId> grids = List.copyOf(new TreeSet<>(deputy.grids()));
        for (int month = 1; month <= 12; month++) {
          GridId grid = grids.get((month - 1 + place) % grids.size());
          contacts.add(new DeputyContact(ContactId.of(String.format(Locale.ROOT, "contact-%s-%02d", p.id().value(), month)),
              p.id(), grid, LocalDate.of(YEAR, month, 3 + place % 20), 6 + (month * 3 + place * 5) % 15,
              new TreeSet<>(), new TreeSet<>()));
        }
        int carried = 0;
        for (ProposalRecord r : d.proposals()) {
          GridId raised = r.proposal().grid();
          if (grids.stream().noneMatch(g -> g.equals(raised) || h.descendants(g).contains(raised))) {
            continue;
          }
          carried++;
          SortedSet<io.github.jiceng.governance.model.proposal.ProposalId> proposals = new TreeSet<>();
          proposals.add(r.id());
          contacts.add(new DeputyContact(ContactId.of(String.format(Locale.ROOT, "contact-%s-p%02d", p.id().value(),
              carried)), p.id(), raised, LocalDate.ofInstant(r.proposal().submittedAt(), zone), 4 + carried % 9,
              new TreeSet<>(), proposals));
        }
        place++;
      }
    }
    return new ArticlePillars(patrols, incidents, contacts, List.of());
  }

  /** The first building (leaf) under a grid, by the hierarchy's order. */
  private static GridId firstLeaf(GridHierarchy h, GridId grid) {
    GridId node = grid;
    while (!h.children(node).isEmpty()) {
      node = h.children(node).get(0);
    }
    return node;
  }
}
