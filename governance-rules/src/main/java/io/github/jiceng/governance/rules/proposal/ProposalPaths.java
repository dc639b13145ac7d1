package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridLevel;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.shared.DomainChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How proposals reached the level that decided them (逐级上报路径): for each decided proposal, the
 * grid node it was submitted at, the node that decided it, how many levels it climbed before that
 * by timed escalation and by its handlers' referrals, and how long it took to reach the deciding
 * level and to be decided; then the same per grid level. Made by {@link ProposalDesk#paths}.
 *
 * <p>A proposal is <em>decided</em> when it is first answered or rejected; the grid node handling
 * it then is the deciding node, and the levels it climbed are the escalations and referrals before
 * that first decision (a reopened proposal's later climbs are not counted again). The time to the
 * deciding level runs from the submission to the last climb before the decision, zero for a
 * proposal decided where it was submitted. A proposal not yet answered or rejected counts as
 * {@link #undecided()}.
 *
 * <p>{@link #comparedWith(Duration)} sets the platform's path beside level-by-level reporting on
 * paper (逐级上报), in which each level the proposal climbs takes a time the district gives: the
 * SDK does not know that figure, and assumes none.
 *
 * <p>Immutable; the paths are in proposal id order and the levels in the grid scheme's order.
 */
public final class ProposalPaths {

  private final List<Path> paths;
  private final int undecided;
  private final List<LevelFigures> byLevel;

  private ProposalPaths(List<Path> paths, int undecided, List<LevelFigures> byLevel) {
    this.paths = List.copyOf(paths);
    this.undecided = undecided;
    this.byLevel = List.copyOf(byLevel);
  }

  /**
   * The path of one decided proposal.
   *
   * @param proposal the proposal
   * @param submittedAt the grid node it was submitted at
   * @param decidedAt the grid node handling it when it was first answered or rejected
   * @param decidingLevel the key of that node's grid level, such as {@code "COMMUNITY"}
   * @param escalations the timed escalations before the decision
   * @param referrals its handlers' referrals before the decision
   * @param toDecidingLevel from the submission to the last climb before the decision; zero if none
   * @param toDecision from the submission to the decision
   */
  public record Path(ProposalId proposal, GridId submittedAt, GridId decidedAt, String decidingLevel, int escalations,
      int referrals, Duration toDecidingLevel, Duration toDecision) {

    /** Checks the parts are present. */
    public Path {
      requireNonNull(proposal, "proposal");
      requireNonNull(submittedAt, "submittedAt");
      requireNonNull(decidedAt, "decidedAt");
      requireNonNull(decidingLevel, "decidingLevel");
      requireNonNull(toDecidingLevel, "toDecidingLevel");
      requireNonNull(toDecision, "toDecision");
    }

    /** Returns the levels climbed before the decision: escalations plus referrals. */
    public int levels() {
      return escalations + referrals;
    }
  }

  /**
   * The figures of the proposals decided at one grid level.
   *
   * @param level the level's key
   * @param decided proposals decided at a node of this level
   * @param climbed those of them that climbed at least one level first
   * @param referred those of them that climbed at least one level by a referral
   * @param meanToLevel the mean time to reach this level, over the proposals decided here (zero
   *     for those submitted here); zero when none was decided here
   * @param maxToLevel the longest of those times
   * @param meanToDecision the mean time from submission to decision
   */
  public record LevelFigures(String level, int decided, int climbed, int referred, Duration meanToLevel,
      Duration maxToLevel, Duration meanToDecision) {

    /** Checks the parts are present. */
    public LevelFigures {
      requireNonNull(level, "level");
      requireNonNull(meanToLevel, "meanToLevel");
      requireNonNull(maxToLevel, "maxToLevel");
      requireNonNull(meanToDecision, "meanToDecision");
    }
  }

  /**
   * The platform's path beside level-by-level reporting, over the decided proposals that climbed.
   *
   * @param proposals decided proposals that climbed at least one level
   * @param levels the levels they climbed in all
   * @param platformMean their mean time to reach the deciding level on the platform
   * @param levelByLevelMean the mean time the same climbs take when each level takes the given time
   */
  public record Comparison(int proposals, int levels, Duration platformMean, Duration levelByLevelMean) {

    /** Checks the parts are present. */
    public Comparison {
      requireNonNull(platformMean, "platformMean");
      requireNonNull(levelByLevelMean, "levelByLevelMean");
    }
  }

  static ProposalPaths of(Collection<ProposalRecord> records, GridHierarchy hierarchy) {
    DomainChecks.noNullElements(records, "records");
    requireNonNull(hierarchy, "hierarchy");
    List<Path> paths = new ArrayList<>();
    int undecided = 0;
    for (ProposalRecord r : records) {
      Optional<Path> p = pathOf(r, hierarchy);
      if (p.isPresent()) {
        paths.add(p.get());
      } else {
        undecided++;
      }
    }
    paths.sort(Comparator.comparing(p -> p.proposal().value()));
    List<LevelFigures> levels = new ArrayList<>();
    for (GridLevel level : hierarchy.scheme().levels()) {
      List<Path> here = paths.stream().filter(p -> p.decidingLevel().equals(level.key())).toList();
      if (!here.isEmpty()) {
        levels.add(new LevelFigures(level.key(), here.size(), (int) here.stream().filter(p -> p.levels() > 0).count(),
            (int) here.stream().filter(p -> p.referrals() > 0).count(), mean(here.stream().map(Path::toDecidingLevel)
                .toList()), here.stream().map(Path::toDecidingLevel).max(Comparator.naturalOrder()).orElseThrow(),
            mean(here.stream().map(Path::toDecision).toList())));
      }
    }
    return new ProposalPaths(paths, undecided, levels);
  }

  private static Optional<Path> pathOf(ProposalRecord r, GridHierarchy hierarchy) {
    List<ProposalEvent> events = r.events();
    Instant submitted = events.get(0).at();
    Instant lastClimb = submitted;
    int escalations = 0;
    int referrals = 0;
    for (ProposalEvent e : events) {
      if (e.kind() == ProposalEvent.Kind.ESCALATED) {
        escalations++;
        lastClimb = e.at();
      } else if (e.kind() == ProposalEvent.Kind.REFERRED) {
        referrals++;
        lastClimb = e.at();
      } else if (e.kind() == ProposalEvent.Kind.MOVED
          && (e.state() == ProposalState.ANSWERED || e.state() == ProposalState.REJECTED)) {
        return Optional.of(new Path(r.id(), events.get(0).grid(), e.grid(), hierarchy.level(e.grid()).key(),
            escalations, referrals, Duration.between(submitted, lastClimb), Duration.between(submitted, e.at())));
      }
    }
    return Optional.empty();
  }

  private static Duration mean(List<Duration> durations) {
    if (durations.isEmpty()) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    for (Duration d : durations) {
      total = total.plus(d);
    }
    return total.dividedBy(durations.size());
  }

  /** Returns the decided proposals' paths, in proposal id order. */
  public List<Path> paths() {
    return paths;
  }

  /** Returns how many proposals were neither answered nor rejected yet. */
  public int undecided() {
    return undecided;
  }

  /** Returns the figures per grid level that decided at least one proposal, in the scheme's level order. */
  public List<LevelFigures> byLevel() {
    return byLevel;
  }

  /**
   * Sets the platform's path beside level-by-level reporting in which each level climbed takes
   * {@code perLevel}: over the decided proposals that climbed at least one level, their mean time
   * to the deciding level here against the mean of their levels times {@code perLevel}.
   *
   * @param perLevel how long reporting one level up takes without the platform, as the district
   *     measured it; positive
   * @return the comparison; zero proposals and zero means when none climbed
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException with rule {@code
   *     positive} if {@code perLevel} is zero or negative
   */
  public Comparison comparedWith(Duration perLevel) {
    DomainChecks.positive("ProposalPaths", "perLevel", perLevel);
    List<Path> climbed = paths.stream().filter(p -> p.levels() > 0).toList();
    int levels = climbed.stream().mapToInt(Path::levels).sum();
    Duration platform = mean(climbed.stream().map(Path::toDecidingLevel).toList());
    Duration paper = climbed.isEmpty() ? Duration.ZERO : perLevel.multipliedBy(levels).dividedBy(climbed.size());
    return new Comparison(climbed.size(), levels, platform, paper);
  }

  /** Returns counts only: {@code ProposalPaths[decided=…, undecided=…, levels=[…]]}. */
  @Override
  public String toString() {
    return "ProposalPaths[decided=" + paths.size() + ", undecided=" + undecided + ", levels="
        + byLevel.stream().map(l -> l.level() + ":" + l.decided()).toList() + "]";
  }
}
