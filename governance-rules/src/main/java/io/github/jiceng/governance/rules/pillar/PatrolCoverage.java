package io.github.jiceng.governance.rules.pillar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * How much of a grid squad's area its patrols reached in one ISO week (巡逻覆盖率): the grids of the
 * area patrolled at least once over the grids of the area, in per mille.
 *
 * <p>The area of a squad is the finest grid nodes under the grid it serves (the leaves of that
 * subtree; the grid itself when it has no children): in the article's hierarchies, the buildings of
 * a grid. A patrol of a node covers the leaves under it, so walking a whole compound covers its
 * buildings. A patrol of the squad whose node is outside the area, or unknown to the hierarchy,
 * counts as a patrol and in its minutes but covers nothing; it is counted in {@link
 * #outsideArea()}. Patrols of other squads or of other weeks are left out.
 *
 * <p>An assumption, documented in ADR 0047: the article gives no coverage rule; "every grid at
 * least once a week" is the common practice of grid patrols, and per mille keeps the figure whole.
 *
 * @param squad the grid of the squad
 * @param week the week
 * @param area the grids of the squad's area, sorted
 * @param patrolled the grids of the area patrolled at least once in the week, sorted
 * @param patrols the squad's patrols in the week
 * @param minutes their duration together, in minutes
 * @param outsideArea those of them whose node lies outside the area
 */
public record PatrolCoverage(GridId squad, IsoWeek week, SortedSet<GridId> area, SortedSet<GridId> patrolled,
    int patrols, long minutes, int outsideArea) {

  /** The most weeks {@link #weekly} reports at once: ten years. */
  public static final int MAX_WEEKS = 522;

  /** Checks the parts are present and copies the sets. */
  public PatrolCoverage {
    requireNonNull(squad, "squad");
    requireNonNull(week, "week");
    area = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(area, "area"));
    patrolled = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(patrolled, "patrolled"));
  }

  /**
   * Computes one squad's coverage in one week.
   *
   * @param hierarchy the hierarchy the grids belong to
   * @param squad the grid the squad serves
   * @param patrols the patrols, of any squad and day (at most {@link PillarRecords#MAX_RECORDS})
   * @param week the week
   * @return the coverage
   * @throws DomainValidationException if the hierarchy has no such grid (rule {@code
   *     grid-exists}) or there are too many patrols (rule {@code records-limit})
   */
  public static PatrolCoverage of(GridHierarchy hierarchy, GridId squad, Collection<Patrol> patrols, IsoWeek week) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(squad, "squad");
    requireNonNull(week, "week");
    PillarRecords.requireWithinLimit("PatrolCoverage", "patrols", patrols);
    Areas.requireNode(hierarchy, "PatrolCoverage", "squad", squad);
    return compute(hierarchy, squad, Areas.leaves(hierarchy, squad), patrols, week);
  }

  /**
   * Computes one squad's coverage in every week from the first to the last, both included.
   *
   * @param hierarchy the hierarchy the grids belong to
   * @param squad the grid the squad serves
   * @param patrols the patrols, of any squad and day
   * @param first the first week
   * @param last the last week, not before the first and at most {@link #MAX_WEEKS} weeks on
   * @return one coverage per week, in order
   * @throws DomainValidationException if the hierarchy has no such grid (rule {@code grid-exists}),
   *     there are too many patrols (rule {@code records-limit}) or the weeks are out of order or too
   *     many (rule {@code weeks-range})
   */
  public static List<PatrolCoverage> weekly(GridHierarchy hierarchy, GridId squad, Collection<Patrol> patrols,
      IsoWeek first, IsoWeek last) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(squad, "squad");
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    PillarRecords.requireWithinLimit("PatrolCoverage", "patrols", patrols);
    Areas.requireNode(hierarchy, "PatrolCoverage", "squad", squad);
    long weeks = java.time.temporal.ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new DomainValidationException(new Violation("PatrolCoverage[" + first + ".." + last + "]", "last",
          "weeks-range", "from the first week to the last are 1 to " + MAX_WEEKS + " weeks, was " + weeks)
          .with("max", MAX_WEEKS).with("value", weeks));
    }
    SortedSet<GridId> area = Areas.leaves(hierarchy, squad);
    List<Patrol> own = patrols.stream().filter(p -> p.squad().equals(squad)).toList();
    List<PatrolCoverage> out = new ArrayList<>((int) weeks);
    for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.next()) {
      out.add(compute(hierarchy, squad, area, own, w));
      if (w.equals(last)) {
        break;
      }
    }
    return out;
  }

  private static PatrolCoverage compute(GridHierarchy h, GridId squad, SortedSet<GridId> area,
      Collection<Patrol> patrols, IsoWeek week) {
    Predicate<Patrol> counted = p -> p.squad().equals(squad) && week.contains(p.day());
    SortedSet<GridId> patrolled = new TreeSet<>();
    int count = 0;
    long minutes = 0;
    int outside = 0;
    for (Patrol p : patrols) {
      if (!counted.test(p)) {
        continue;
      }
      count++;
      minutes += p.duration().toMinutes();
      if (!Areas.within(h, squad, p.grid())) {
        outside++;
        continue;
      }
      patrolled.addAll(Areas.leaves(h, p.grid()));
    }
    return new PatrolCoverage(squad, week, area, patrolled, count, minutes, outside);
  }

  /**
   * Returns the grids of the area patrolled at least once, per mille of the area, rounded down;
   * 0 for an empty area.
   */
  public int perMille() {
    return perMille(patrolled.size(), area.size());
  }

  /** Returns whether some grid of the area was not patrolled in the week. */
  public boolean hasGaps() {
    return patrolled.size() < area.size();
  }

  static int perMille(long part, long whole) {
    return whole == 0 ? 0 : (int) (part * 1000 / whole);
  }
}
