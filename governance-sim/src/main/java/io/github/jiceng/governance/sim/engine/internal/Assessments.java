package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.assessment.AssessmentInput;
import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.assessment.ItemWeight;
import io.github.jiceng.governance.model.assessment.Scorecard;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.assessment.Assessment;
import io.github.jiceng.governance.rules.assessment.Ranking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The quantitative assessment at the end of a run (量化考核): a scorecard for every party member
 * and every claimant unit from what the run recorded, scored by {@code Assessment} under the
 * scenario's schemes and ranked by {@code Ranking} within the report's subtree.
 *
 * <p>A member's card is placed at the grid of the first post they hold (by post id), else of the
 * households they serve as liaison, else of their home; a unit's at its first grid.
 *
 * <p>A party member is scored on their clean and flagged check-ins, their volunteer minutes, the
 * proposals of theirs adopted, and the demands they closed (办结, as the handler on duty) with
 * the residents' ratings of those demands. A unit is scored on its claims, its service minutes,
 * the demands it fulfilled and the ratings of its services.
 */
final class Assessments {

  private final List<Ranking.Ranked> members;
  private final List<Ranking.Ranked> units;

  Assessments(Setting scenario, Roster roster, Indexes index, CheckInsPhase checkIns, VolunteersPhase volunteers,
      ProposalsPhase proposals, DispatchPhase dispatch, ServicePhase service, Interval period) {
    GridId root = scenario.root();
    AssessmentScheme memberScheme = scenario.memberAssessment();
    List<Scorecard> memberCards = new ArrayList<>();
    // a member is ranked at the grid of the first post they hold, else of the households they
    // serve as liaison, else of their own home
    Map<PersonId, GridId> memberGrid = new HashMap<>();
    roster.posts().stream().sorted(Comparator.comparing(Post::id))
        .forEach(post -> post.holders().forEach(holder -> memberGrid.putIfAbsent(holder, post.scope())));
    index.liaisons().forEach((l, hs) -> memberGrid.putIfAbsent(l, index.household(hs.get(0)).grid()));
    for (PersonId p : index.partyMembers()) {
      Map<String, Long> counts = new HashMap<>();
      counts.put(AssessmentSchemes.CHECK_INS, checkIns.cleanOf(p));
      counts.put(AssessmentSchemes.FLAGGED_CHECK_INS, checkIns.flaggedOf(p));
      counts.put(AssessmentSchemes.SERVICE_MINUTES, volunteers.minutesOf(p));
      counts.put(AssessmentSchemes.PROPOSALS_ADOPTED, proposals.adoptedOf(p));
      List<Integer> closed = service.closedBy(p);
      counts.put(AssessmentSchemes.DEMANDS_FULFILLED, (long) closed.size());
      GridId grid = memberGrid.getOrDefault(p, index.homeGrid(p, root));
      memberCards.add(Assessment.score(memberScheme, input(memberScheme, p, grid, period, counts, closed)));
    }
    this.members = Ranking.within(scenario.hierarchy(), root, memberCards);
    AssessmentScheme unitScheme = scenario.unitAssessment();
    TreeSet<OrganizationId> claimants = new TreeSet<>();
    for (Resource r : scenario.resources()) {
      claimants.add(r.claimant());
    }
    List<Scorecard> unitCards = new ArrayList<>();
    for (OrganizationId o : claimants) {
      Map<String, Long> counts = new HashMap<>();
      counts.put(AssessmentSchemes.CLAIMS, dispatch.claimsBy(o));
      counts.put(AssessmentSchemes.SERVICE_MINUTES, service.minutesBy(o));
      counts.put(AssessmentSchemes.DEMANDS_FULFILLED, service.fulfilledBy(o));
      GridId grid = roster.organization(o).map(Organization::grids).filter(g -> !g.isEmpty())
          .map(g -> g.first()).orElse(root);
      unitCards.add(Assessment.score(unitScheme, input(unitScheme, o, grid, period, counts, service.ratingsOf(o))));
    }
    this.units = Ranking.within(scenario.hierarchy(), root, unitCards);
  }

  /** The input holding only the items the scheme has: a district's scheme may leave some out. */
  private static AssessmentInput input(AssessmentScheme scheme, io.github.jiceng.governance.model.actor.ActorId subject,
      GridId grid, Interval period, Map<String, Long> counts, List<Integer> ratings) {
    AssessmentInput.Builder b = AssessmentInput.builder().subject(subject).grid(grid).period(period);
    new java.util.TreeMap<>(counts).forEach((k, v) -> {
      if (scheme.item(k).filter(i -> i.basis() == ItemWeight.Basis.COUNT).isPresent()) {
        b.putCount(k, v);
      }
    });
    if (!ratings.isEmpty() && scheme.item(AssessmentSchemes.RATING)
        .filter(i -> i.basis() == ItemWeight.Basis.AVERAGE).isPresent()) {
      b.putRating(AssessmentSchemes.RATING, List.copyOf(ratings));
    }
    return b.build();
  }

  List<Ranking.Ranked> members() {
    return members;
  }

  List<Ranking.Ranked> units() {
    return units;
  }
}
