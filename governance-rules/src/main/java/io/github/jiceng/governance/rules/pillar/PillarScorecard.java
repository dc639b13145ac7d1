package io.github.jiceng.governance.rules.pillar;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.pillar.PatrolId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The five pillars of 一核五共 of one community in one period, derived from their records only
 * (五共计分卡): per pillar the {@link Figure}s that prove it works, and a flag on a pillar with no
 * record in the period, as {@code IntegrationCoverage} flags an integration no agreement serves.
 *
 * <p>What counts, for the community's subtree (the community node and every node below it) and the
 * period (instants in it; a day when its start, in the zone, is in it):
 *
 * <ul>
 *   <li>党群共建: joint meetings held in the period on a node of the subtree, their resolutions, and
 *       the distinct projects those resolutions name. A street's meeting is the street's.
 *   <li>大事共议: the roster's deputies with a linked grid in the subtree; contacts with the
 *       residents of a node of the subtree on a day of the period, the residents met, the distinct
 *       clues and proposals carried and the projects the clues became (as {@link DeputyWork}
 *       follows them); decisions made in the period on affairs of the subtree, those adopted and
 *       the distinct projects linked to them.
 *   <li>平安共管: the roster's squads serving a node of the subtree; their patrols on days of the
 *       period, with their minutes; the coverage of the squads' areas together (as {@link
 *       PatrolCoverage} counts a week's, over the whole period); the incidents those patrols found.
 *   <li>文明共创: service records started in the period whose provider is, in the roster, a volunteer
 *       team or a social work station and which served a demand of the subtree; the teams and
 *       stations that delivered them, the people reached (summed service by service) and the
 *       service minutes.
 *   <li>服务共享: red-star awards and redemptions booked in the period to a member of the
 *       community: a person whose household (in the roster) lies in the subtree, or an
 *       organization with a grid in it; a person in no household counts for no community. The
 *       points of each, and the distinct members granted more than zero points.
 * </ul>
 *
 * <p>Checks beyond {@link PillarRecords}': the community is a node of the hierarchy (rule {@code
 * grid-exists}); the period is at most {@link #MAX_PERIOD} (rule {@code scorecard-period}); a patrol
 * names a squad of the roster (rule {@code patrol-of-known-squad}); an incident of a counted patrol
 * was found on the patrol's day, in the zone, at the node patrolled or below it (rule {@code
 * incident-on-patrol}). Pure and deterministic: rows in the article's order, figures in a sorted
 * map.
 *
 * @param community the community
 * @param period the period
 * @param rows one per pillar, in the article's order
 */
public record PillarScorecard(GridId community, Interval period, List<Row> rows) {

  /** The longest period a scorecard covers: ten years. */
  public static final Duration MAX_PERIOD = Duration.ofDays(3653);

  /**
   * One pillar's figures.
   *
   * @param pillar the pillar
   * @param figures every figure of the pillar, sorted in {@link Figure}'s order
   */
  public record Row(Pillar pillar, SortedMap<Figure, Long> figures) {

    /**
     * Checks the row holds exactly the pillar's figures, none negative, and copies them.
     *
     * @throws DomainValidationException if it does not (rule {@code figures-of-pillar})
     */
    public Row {
      requireNonNull(pillar, "pillar");
      DomainChecks.noNullEntries(figures, "figures");
      TreeMap<Figure, Long> copy = new TreeMap<>(figures);
      Set<Figure> expected = new TreeSet<>();
      for (Figure f : Figure.values()) {
        if (f.pillar().equals(pillar)) {
          expected.add(f);
        }
      }
      if (!copy.keySet().equals(expected) || copy.values().stream().anyMatch(v -> v < 0)) {
        throw new DomainValidationException("PillarScorecard.Row[" + pillar + "]", "figures", "figures-of-pillar",
            "a row holds exactly its pillar's figures, none negative, was " + copy.keySet());
      }
      figures = Collections.unmodifiableSortedMap(copy);
    }

    /** Returns a figure of this row's pillar. */
    public long figure(Figure figure) {
      requireNonNull(figure, "figure");
      Long v = figures.get(figure);
      if (v == null) {
        throw new IllegalArgumentException("figure " + figure + " is of " + figure.pillar() + ", not " + pillar);
      }
      return v;
    }

    /** Returns the records that prove the pillar: the sum of its record figures. */
    public long records() {
      return figures.entrySet().stream().filter(e -> e.getKey().isRecord()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Returns whether the pillar has no record in the period: the flag a district looks for. */
    public boolean unrecorded() {
      return records() == 0;
    }
  }

  /** Checks the parts are present and copies the rows. */
  public PillarScorecard {
    requireNonNull(community, "community");
    requireNonNull(period, "period");
    rows = List.copyOf(DomainChecks.noNullElements(rows, "rows"));
  }

  /** Returns the row of a pillar. */
  public Optional<Row> row(Pillar pillar) {
    requireNonNull(pillar, "pillar");
    return rows.stream().filter(r -> r.pillar().equals(pillar)).findFirst();
  }

  /**
   * Returns one figure.
   *
   * @throws IllegalArgumentException if the scorecard has no row of the figure's pillar
   */
  public long figure(Figure figure) {
    requireNonNull(figure, "figure");
    return row(figure.pillar()).orElseThrow(() -> new IllegalArgumentException("no row of " + figure.pillar()))
        .figure(figure);
  }

  /** Returns the pillars with no record in the period, in the article's order. */
  public List<Pillar> unrecorded() {
    return rows.stream().filter(Row::unrecorded).map(Row::pillar).toList();
  }

  /**
   * Derives the scorecard.
   *
   * @param hierarchy the hierarchy the grids belong to
   * @param community the community node
   * @param period the period, at most {@link #MAX_PERIOD}
   * @param zone the zone days are in
   * @param roster the roster: deputies, squads, organizations' kinds and grids, households
   * @param records the records, of any community and time
   * @return the scorecard, one row per pillar of the article
   * @throws DomainValidationException as the type's documentation says
   */
  public static PillarScorecard of(GridHierarchy hierarchy, GridId community, Interval period, ZoneId zone,
      Roster roster, PillarRecords records) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(community, "community");
    requireNonNull(period, "period");
    requireNonNull(zone, "zone");
    requireNonNull(roster, "roster");
    requireNonNull(records, "records");
    Areas.requireNode(hierarchy, "PillarScorecard", "community", community);
    if (period.duration().compareTo(MAX_PERIOD) > 0) {
      throw new DomainValidationException(new Violation("PillarScorecard[" + community + "]", "period",
          "scorecard-period", "a scorecard covers at most " + MAX_PERIOD.toDays() + " days, was " + period)
          .with("max", MAX_PERIOD.toDays()).with("value", period.duration().toDays()));
    }
    Scope scope = new Scope(hierarchy, community, period, zone);
    List<Row> rows = new ArrayList<>();
    rows.add(coBuilding(scope, records));
    rows.add(coDeliberation(scope, roster, records));
    rows.add(safety(scope, roster, records));
    rows.add(civility(scope, roster, records));
    rows.add(sharing(scope, roster, records));
    return new PillarScorecard(community, period, rows);
  }

  private record Scope(GridHierarchy hierarchy, GridId community, Interval period, ZoneId zone) {
    boolean in(GridId grid) {
      return Areas.within(hierarchy, community, grid);
    }

    boolean during(LocalDate day) {
      return Areas.dayIn(period, day, zone);
    }
  }

  private static Row row(Pillar pillar, Object... figuresAndValues) {
    TreeMap<Figure, Long> figures = new TreeMap<>();
    for (int i = 0; i < figuresAndValues.length; i += 2) {
      figures.put((Figure) figuresAndValues[i], ((Number) figuresAndValues[i + 1]).longValue());
    }
    return new Row(pillar, figures);
  }

  private static Row coBuilding(Scope s, PillarRecords records) {
    int meetings = 0;
    long resolutions = 0;
    SortedSet<ProjectId> projects = new TreeSet<>();
    for (JointMeeting m : records.meetings()) {
      if (s.in(m.grid()) && s.period().contains(m.heldAt())) {
        meetings++;
        resolutions += m.resolutions().size();
        m.resolutions().forEach(r -> r.project().ifPresent(projects::add));
      }
    }
    return row(Pillar.PARTY_MASS_CO_BUILDING, Figure.MEETINGS, meetings, Figure.RESOLUTIONS, resolutions,
        Figure.PROJECTS_FROM_RESOLUTIONS, projects.size());
  }

  private static Row coDeliberation(Scope s, Roster roster, PillarRecords records) {
    int deputies = 0;
    for (var p : roster.persons()) {
      boolean linked = p.roles().stream().anyMatch(r -> r instanceof Role.Deputy d && d.grids().stream().anyMatch(s::in));
      if (linked) {
        deputies++;
      }
    }
    int contacts = 0;
    long residents = 0;
    SortedSet<ClueId> clues = new TreeSet<>();
    SortedSet<ProposalId> proposals = new TreeSet<>();
    for (DeputyContact c : records.contacts()) {
      if (s.in(c.grid()) && s.during(c.day())) {
        contacts++;
        residents += c.residentsMet();
        clues.addAll(c.clues());
        proposals.addAll(c.proposals());
      }
    }
    Map<ClueId, ClueCase> caseOf = DeputyWork.cases(records.clues());
    SortedSet<ProjectId> fromProblems = new TreeSet<>();
    clues.forEach(c -> DeputyWork.projectOf(c, caseOf).ifPresent(fromProblems::add));
    Map<AffairId, MajorAffair> affairOf = new TreeMap<>();
    records.affairs().forEach(a -> affairOf.put(a.id(), a));
    SortedSet<AffairId> decided = new TreeSet<>();
    int adopted = 0;
    for (AffairDecision d : records.decisions()) {
      if (s.in(affairOf.get(d.affair()).grid()) && s.period().contains(d.decidedAt())) {
        decided.add(d.affair());
        if (d.outcome() == AffairDecision.Outcome.ADOPTED) {
          adopted++;
        }
      }
    }
    SortedSet<ProjectId> fromAffairs = new TreeSet<>();
    for (AffairProject p : records.affairProjects()) {
      if (decided.contains(p.affair())) {
        fromAffairs.add(p.project());
      }
    }
    return row(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, Figure.DEPUTIES, deputies, Figure.CONTACTS, contacts,
        Figure.RESIDENTS_MET, residents, Figure.PROBLEMS_CARRIED, clues.size() + proposals.size(),
        Figure.PROJECTS_FROM_PROBLEMS, fromProblems.size(), Figure.AFFAIRS_DECIDED, decided.size(),
        Figure.AFFAIRS_ADOPTED, adopted, Figure.PROJECTS_FROM_AFFAIRS, fromAffairs.size());
  }

  private static Row safety(Scope s, Roster roster, PillarRecords records) {
    Set<GridId> allSquads = new TreeSet<>();
    SortedSet<GridId> squads = new TreeSet<>();
    for (GridSquad q : roster.squads()) {
      allSquads.add(q.grid());
      if (s.in(q.grid())) {
        squads.add(q.grid());
      }
    }
    List<Violation> violations = new ArrayList<>();
    Map<PatrolId, Patrol> counted = new TreeMap<>();
    for (Patrol p : records.patrols()) {
      if (!allSquads.contains(p.squad())) {
        violations.add(new Violation("Patrol[" + p.id() + "]", "squad", "patrol-of-known-squad",
            "the roster has no squad of grid " + p.squad()));
      } else if (squads.contains(p.squad()) && s.during(p.day())) {
        counted.put(p.id(), p);
      }
    }
    int incidents = 0;
    for (Incident i : records.incidents()) {
      Patrol p = counted.get(i.patrol());
      if (p == null) {
        continue;
      }
      boolean onDay = i.at().atZone(s.zone()).toLocalDate().equals(p.day());
      if (!onDay || !(i.grid().equals(p.grid()) || Areas.within(s.hierarchy(), p.grid(), i.grid()))) {
        violations.add(new Violation("Incident[" + i.id() + "]", "grid", "incident-on-patrol",
            "an incident is found on its patrol's day " + p.day() + " at the node patrolled, " + p.grid()
                + ", or below it"));
      } else {
        incidents++;
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
    SortedSet<GridId> area = new TreeSet<>();
    SortedSet<GridId> patrolled = new TreeSet<>();
    long minutes = 0;
    for (GridId q : squads) {
      SortedSet<GridId> leaves = Areas.leaves(s.hierarchy(), q);
      area.addAll(leaves);
      for (Patrol p : counted.values()) {
        if (p.squad().equals(q)) {
          minutes += p.duration().toMinutes();
          if (Areas.within(s.hierarchy(), q, p.grid())) {
            patrolled.addAll(Areas.leaves(s.hierarchy(), p.grid()));
          }
        }
      }
    }
    return row(Pillar.SAFETY_CO_MANAGEMENT, Figure.SQUADS, squads.size(), Figure.PATROLS, counted.size(),
        Figure.PATROL_MINUTES, minutes, Figure.COVERAGE_PER_MILLE, PatrolCoverage.perMille(patrolled.size(), area.size()),
        Figure.INCIDENTS, incidents);
  }

  private static Row civility(Scope s, Roster roster, PillarRecords records) {
    SortedSet<OrganizationId> teams = new TreeSet<>();
    SortedSet<OrganizationId> stations = new TreeSet<>();
    int services = 0;
    long reached = 0;
    long minutes = 0;
    for (ServiceRecord r : records.lists().services()) {
      Optional<OrganizationKind> kind = roster.organization(r.provider()).map(Organization::kind);
      if (kind.isEmpty() || (kind.get() != OrganizationKind.VOLUNTEER_TEAM
          && kind.get() != OrganizationKind.SOCIAL_WORK_STATION)) {
        continue;
      }
      if (!s.period().contains(r.time().start())) {
        continue;
      }
      boolean here = false;
      for (Demand d : records.lists().demandsOf(r.id())) {
        here |= s.in(d.grid());
      }
      if (!here) {
        continue;
      }
      services++;
      reached += r.beneficiaries();
      minutes += r.effort().toMinutes();
      (kind.get() == OrganizationKind.VOLUNTEER_TEAM ? teams : stations).add(r.provider());
    }
    return row(Pillar.CIVILITY_CO_CREATION, Figure.TEAMS, teams.size(), Figure.STATIONS, stations.size(),
        Figure.SERVICES_DELIVERED, services, Figure.PEOPLE_REACHED, reached, Figure.SERVICE_MINUTES, minutes);
  }

  private static Row sharing(Scope s, Roster roster, PillarRecords records) {
    Set<PersonId> residents = new TreeSet<>();
    for (Household h : roster.households()) {
      if (s.in(h.grid())) {
        residents.addAll(h.members());
      }
    }
    Set<OrganizationId> organizations = new TreeSet<>();
    for (Organization o : roster.organizations()) {
      if (o.grids().stream().anyMatch(s::in)) {
        organizations.add(o.id());
      }
    }
    int awards = 0;
    long awarded = 0;
    int redemptions = 0;
    long redeemed = 0;
    SortedSet<ActorId> earning = new TreeSet<>();
    for (LedgerEntry e : records.points()) {
      boolean member = e.actor() instanceof PersonId p ? residents.contains(p)
          : organizations.contains((OrganizationId) e.actor());
      if (!member || !s.period().contains(e.at())) {
        continue;
      }
      if (e instanceof Award a) {
        awards++;
        awarded += a.points().value();
        if (a.points().value() > 0) {
          earning.add(a.actor());
        }
      } else if (e instanceof Redemption r) {
        redemptions++;
        redeemed += r.points().value();
      }
    }
    return row(Pillar.SERVICE_SHARING, Figure.AWARDS, awards, Figure.POINTS_AWARDED, awarded, Figure.REDEMPTIONS,
        redemptions, Figure.POINTS_REDEEMED, redeemed, Figure.MEMBERS_EARNING, earning.size());
  }
}
