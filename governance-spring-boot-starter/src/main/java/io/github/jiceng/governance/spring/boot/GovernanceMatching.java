package io.github.jiceng.governance.spring.boot;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.rules.matching.Matcher;
import java.util.function.ObjLongConsumer;

/**
 * The matcher as a bean (撮合): {@link Matcher#match} with the time each run took reported to an
 * observer, which the starter points at Micrometer when it is present ({@code
 * governance.matching} timer, tagged by mode).
 *
 * <p>Thread-safe: matching is a pure function of its problem.
 */
public final class GovernanceMatching {

  private final ObjLongConsumer<MatchingMode> observer;

  /**
   * Creates the bean.
   *
   * @param observer told of each run's mode and duration in nanoseconds; must not throw
   */
  public GovernanceMatching(ObjLongConsumer<MatchingMode> observer) {
    this.observer = requireNonNull(observer, "observer");
  }

  /**
   * Matches demands to claimants ({@link Matcher#match}).
   *
   * @param problem the problem
   * @param mode exact or greedy
   * @return the result
   */
  public MatchingResult match(MatchingProblem problem, MatchingMode mode) {
    long started = System.nanoTime();
    MatchingResult result = Matcher.match(problem, mode);
    observer.accept(mode, Math.max(0, System.nanoTime() - started));
    return result;
  }

  @Override
  public String toString() {
    return "GovernanceMatching";
  }
}
