package io.github.jiceng.governance.model.assessment;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What one party member or unit did in one period, as plain values, for scoring: counts by item
 * key and ratings by item key. Other features feed it (clean check-ins from the check-in audit,
 * minutes from volunteer records, demands, proposals, ratings), so assessment depends on none of
 * them.
 */
@Value.Immutable
public abstract class AssessmentInput {

  AssessmentInput() {}

  /** Returns a builder; {@code subject}, {@code grid} and {@code period} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the party member or unit assessed. */
  public abstract ActorId subject();

  /** Returns the grid the subject is assessed in; ranking is within a subtree of grids. */
  public abstract GridId grid();

  /** Returns the period assessed. */
  public abstract Interval period();

  /** Returns the counts by item key; not negative. Items not given count zero. */
  public abstract Map<String, Long> counts();

  /** Returns the ratings (1-5) by item key. */
  public abstract Map<String, List<Integer>> ratings();

  @Value.Check
  final void check() {
    String subject = "AssessmentInput[" + subject() + "]";
    counts().forEach((k, v) -> {
      if (v < 0) {
        throw new DomainValidationException(subject, "counts", "count-non-negative", k + " is negative: " + v);
      }
    });
    ratings().forEach((k, list) -> list.forEach(r -> {
      if (r < 1 || r > 5) {
        throw new DomainValidationException(new Violation(subject, "ratings", "rating-range",
            k + " has a rating " + r + ", not 1-5")
                .with("min", 1).with("max", 5).with("value", r));
      }
    }));
  }

  /** The builder of {@link AssessmentInput}; each attribute may be set once. */
  public static final class Builder extends ImmutableAssessmentInput.Builder {
    Builder() {}
  }
}
