package io.github.jiceng.governance.rules.pillar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One deputy's work in a period (代表履职情况), the figures of 大事共议 per person: how often they met
 * residents, which grids they reached, the problems they carried and which of those became projects.
 *
 * <p>A deputy is a person with one or more {@link Role.Deputy} roles (两代表一委员); their linked
 * grids are the union of those roles' grids. A contact counts when its day, from its start in the
 * zone, lies in the period. A carried clue became a project when its case was decided with an
 * implementation, or when it was merged into a clue that was; a proposal is answered, not turned
 * into a project, so proposals count as problems only. Immutable; sets sorted by id.
 *
 * @param deputy the deputy
 * @param kinds which of the three they are, sorted
 * @param linked the grids their roles link them to
 * @param contacts their contacts in the period
 * @param residentsMet the residents those contacts met, summed contact by contact
 * @param reached the grids of those contacts
 * @param outsideLinked the contacts in a grid that is neither a linked one nor below one
 * @param clues the clues carried
 * @param proposals the proposals carried
 * @param projects the projects the carried clues became
 */
public record DeputyWork(PersonId deputy, SortedSet<DeputyKind> kinds, SortedSet<GridId> linked, int contacts,
    long residentsMet, SortedSet<GridId> reached, int outsideLinked, SortedSet<ClueId> clues,
    SortedSet<ProposalId> proposals, SortedSet<ProjectId> projects) {

  /** Checks the parts are present and copies the sets. */
  public DeputyWork {
    requireNonNull(deputy, "deputy");
    kinds = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(kinds, "kinds"));
    linked = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(linked, "linked"));
    reached = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(reached, "reached"));
    clues = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(clues, "clues"));
    proposals = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(proposals, "proposals"));
    projects = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(projects, "projects"));
  }

  /** Returns the problems carried: the clues and the proposals. */
  public int problems() {
    return clues.size() + proposals.size();
  }

  /**
   * Returns every deputy of the roster with their work in the period, by person id.
   *
   * @param hierarchy the hierarchy the grids belong to
   * @param roster the roster whose persons' deputy roles link them to grids
   * @param contacts the contacts, of any deputy and day (at most {@link PillarRecords#MAX_RECORDS})
   * @param clues the clue cases, to follow carried clues to their projects
   * @param period the period
   * @param zone the zone the contacts' days are in
   * @return one entry per deputy, sorted by person id; a deputy without contacts has zeros
   * @throws DomainValidationException if a list holds too many records (rule {@code records-limit})
   */
  public static SortedMap<PersonId, DeputyWork> of(GridHierarchy hierarchy, Roster roster, Collection<DeputyContact> contacts,
      Collection<ClueCase> clues, Interval period, ZoneId zone) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(roster, "roster");
    requireNonNull(period, "period");
    requireNonNull(zone, "zone");
    PillarRecords.requireWithinLimit("DeputyWork", "contacts", contacts);
    PillarRecords.requireWithinLimit("DeputyWork", "clues", clues);
    Map<ClueId, ClueCase> caseOf = cases(clues);
    Map<PersonId, List<DeputyContact>> byDeputy = new TreeMap<>();
    for (DeputyContact c : contacts) {
      if (Areas.dayIn(period, c.day(), zone)) {
        byDeputy.computeIfAbsent(c.deputy(), d -> new ArrayList<>()).add(c);
      }
    }
    SortedMap<PersonId, DeputyWork> out = new TreeMap<>();
    for (Person p : roster.persons()) {
      SortedSet<DeputyKind> kinds = new TreeSet<>();
      SortedSet<GridId> linked = new TreeSet<>();
      for (Role r : p.roles()) {
        if (r instanceof Role.Deputy d) {
          kinds.add(d.deputyKind());
          linked.addAll(d.grids());
        }
      }
      if (!kinds.isEmpty()) {
        out.put(p.id(), work(p.id(), kinds, linked, byDeputy.getOrDefault(p.id(), List.of()), caseOf, hierarchy));
      }
    }
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  static Map<ClueId, ClueCase> cases(Collection<ClueCase> clues) {
    Map<ClueId, ClueCase> caseOf = new TreeMap<>();
    clues.forEach(c -> caseOf.put(c.id(), c));
    return caseOf;
  }

  /** Returns the project a clue became, following a merge to its primary once. */
  static Optional<ProjectId> projectOf(ClueId clue, Map<ClueId, ClueCase> caseOf) {
    ClueCase c = caseOf.get(clue);
    if (c == null) {
      return Optional.empty();
    }
    if (c.implementation().isPresent()) {
      return Optional.of(c.implementation().get().project());
    }
    return c.mergedInto().map(caseOf::get).flatMap(ClueCase::implementation).map(i -> i.project());
  }

  /**
   * Computes a deputy's work from their contacts already chosen; a contact is outside the linked
   * grids unless its grid is one of them or below one.
   */
  static DeputyWork work(PersonId deputy, SortedSet<DeputyKind> kinds, SortedSet<GridId> linked,
      List<DeputyContact> contacts, Map<ClueId, ClueCase> caseOf,
      GridHierarchy hierarchy) {
    SortedSet<GridId> reached = new TreeSet<>();
    SortedSet<ClueId> clues = new TreeSet<>();
    SortedSet<ProposalId> proposals = new TreeSet<>();
    SortedSet<ProjectId> projects = new TreeSet<>();
    long residents = 0;
    int outside = 0;
    for (DeputyContact c : contacts) {
      residents += c.residentsMet();
      reached.add(c.grid());
      boolean inside = linked.stream().anyMatch(g -> g.equals(c.grid()) || Areas.within(hierarchy, g, c.grid()));
      if (!inside) {
        outside++;
      }
      clues.addAll(c.clues());
      proposals.addAll(c.proposals());
    }
    for (ClueId clue : clues) {
      projectOf(clue, caseOf).ifPresent(projects::add);
    }
    return new DeputyWork(deputy, kinds, linked, contacts.size(), residents, reached, outside, clues, proposals,
        projects);
  }
}
