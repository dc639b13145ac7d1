package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How issue clues come in and are worked (问题线索发生率): at every grid node of a level, this many
 * per day on average (in thousandths), in one of the categories and on one of a few topics per
 * category (so that reports of the same problem can be merged); a share is rejected at screening;
 * the rest are surveyed at a cost in the range for a number of residents, decided by the mode
 * weights and completed after a number of days.
 *
 * @param level the level key of the nodes clues are reported at
 * @param milliPerDay expected clues per node per day, in thousandths
 * @param categories the categories drawn, uniformly; not empty
 * @param topicsPerCategory how many distinct problems (topics) each category has, 1-1000
 * @param rejectPerMille the chance a clue is rejected at screening, per mille
 * @param modeWeights relative weights of how evaluated clues are solved; at least one positive
 * @param cost the estimated cost of solving one, in whole yuan
 * @param beneficiaries the residents one solved clue benefits
 * @param daysToComplete days from start to completion
 * @param within the node whose subtree the stream is confined to (the node itself included);
 *     empty for the whole hierarchy
 */
public record ClueStream(String level, int milliPerDay, List<ClueCategory> categories, int topicsPerCategory,
    int rejectPerMille, Map<ImplementationMode, Integer> modeWeights, MoneyRange cost, IntRange beneficiaries,
    IntRange daysToComplete, Optional<GridId> within) {

  /**
   * A stream over the whole hierarchy; see the canonical constructor.
   *
   * @throws DomainValidationException if a key, a rate, a chance or a weight is out of form
   */
  public ClueStream(String level, int milliPerDay, List<ClueCategory> categories, int topicsPerCategory,
      int rejectPerMille, Map<ImplementationMode, Integer> modeWeights, MoneyRange cost, IntRange beneficiaries,
      IntRange daysToComplete) {
    this(level, milliPerDay, categories, topicsPerCategory, rejectPerMille, modeWeights, cost, beneficiaries,
        daysToComplete, Optional.empty());
  }

  /**
   * Validates the stream and copies its collections.
   *
   * @throws DomainValidationException if a key, a rate, a chance or a weight is out of form
   */
  public ClueStream {
    requireNonNull(level, "level");
    requireNonNull(categories, "categories");
    requireNonNull(modeWeights, "modeWeights");
    requireNonNull(cost, "cost");
    requireNonNull(beneficiaries, "beneficiaries");
    requireNonNull(daysToComplete, "daysToComplete");
    requireNonNull(within, "within");
    String subject = "ClueStream[" + level + "]";
    Checks.level(subject, "level", level);
    Checks.rate(subject, "milliPerDay", milliPerDay);
    Checks.perMille(subject, "rejectPerMille", rejectPerMille);
    Checks.weights(subject, "modeWeights", modeWeights.values());
    if (categories.isEmpty()) {
      throw new DomainValidationException(subject, "categories", "not-empty", "clues come in at least one category");
    }
    if (topicsPerCategory < 1 || topicsPerCategory > 1000) {
      throw new DomainValidationException(new Violation(subject, "topicsPerCategory", "topics-range",
          "a category has 1-1000 topics, was " + topicsPerCategory)
                  .with("min", 1).with("max", 1000).with("value", topicsPerCategory));
    }
    if (beneficiaries.min() < 1) {
      throw new DomainValidationException(subject, "beneficiaries", "at-least-one",
          "a solved clue benefits at least one resident, the range was " + beneficiaries);
    }
    if (daysToComplete.min() < 1) {
      throw new DomainValidationException(subject, "daysToComplete", "at-least-one",
          "a project takes at least a day, the range was " + daysToComplete);
    }
    categories = List.copyOf(DomainChecks.noNullElements(categories, "categories"));
    Map<ImplementationMode, Integer> weights = new EnumMap<>(ImplementationMode.class);
    weights.putAll(modeWeights);
    modeWeights = Collections.unmodifiableMap(weights);
  }
}
