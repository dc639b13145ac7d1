package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How demands of one category arrive (需求发生率): at every grid node of a level, this many per
 * day on average (in thousandths), each needing these capabilities, from this source, for this
 * many people, with urgencies drawn by weight.
 *
 * <p>A demand arrives in a household's grid below the node (a resident's demand) or at a unit's
 * grid (a unit's demand) and is open for {@code windowDays} days.
 *
 * @param category the demand category, such as {@code "elderly-care"}
 * @param level the level key of the nodes it arrives at, such as {@code "GRID"}
 * @param milliPerDay expected arrivals per node per day, in thousandths (250 is one every four days)
 * @param capabilities what a claimant needs to serve it; sorted
 * @param pillar the pillar of 一核五共 it belongs to
 * @param source who raises it
 * @param urgencyWeights relative weights of the urgencies drawn; at least one positive
 * @param beneficiaries how many people one demand is for
 * @param windowDays how long a demand stays open to be served, 1-366 days
 * @param within the node whose subtree the stream is confined to (the node itself included);
 *     empty for the whole hierarchy
 */
public record DemandStream(String category, String level, int milliPerDay, Set<String> capabilities, Pillar pillar,
    DemandSource source, Map<Urgency, Integer> urgencyWeights, IntRange beneficiaries, int windowDays,
    Optional<GridId> within) {

  /**
   * A stream over the whole hierarchy; see the canonical constructor.
   *
   * @throws DomainValidationException if a key, a rate, a weight or the window is out of form
   */
  public DemandStream(String category, String level, int milliPerDay, Set<String> capabilities, Pillar pillar,
      DemandSource source, Map<Urgency, Integer> urgencyWeights, IntRange beneficiaries, int windowDays) {
    this(category, level, milliPerDay, capabilities, pillar, source, urgencyWeights, beneficiaries, windowDays,
        Optional.empty());
  }

  /**
   * Validates the stream and copies its collections.
   *
   * @throws DomainValidationException if a key, a rate, a weight or the window is out of form
   */
  public DemandStream {
    requireNonNull(category, "category");
    requireNonNull(level, "level");
    requireNonNull(capabilities, "capabilities");
    requireNonNull(pillar, "pillar");
    requireNonNull(source, "source");
    requireNonNull(urgencyWeights, "urgencyWeights");
    requireNonNull(beneficiaries, "beneficiaries");
    requireNonNull(within, "within");
    String subject = "DemandStream[" + category + "]";
    Checks.key(subject, "category", category);
    Checks.level(subject, "level", level);
    Checks.rate(subject, "milliPerDay", milliPerDay);
    Checks.keys(subject, "capabilities", capabilities);
    Checks.weights(subject, "urgencyWeights", urgencyWeights.values());
    if (beneficiaries.min() < 1) {
      throw new DomainValidationException(subject, "beneficiaries", "at-least-one",
          "a demand serves at least one person, the range was " + beneficiaries);
    }
    if (windowDays < 1 || windowDays > 366) {
      throw new DomainValidationException(new Violation(subject, "windowDays", "window-range",
          "a demand is open 1-366 days, was " + windowDays).with("min", 1).with("max", 366).with("value", windowDays));
    }
    SortedSet<String> caps = new TreeSet<>(capabilities);
    capabilities = Collections.unmodifiableSortedSet(caps);
    Map<Urgency, Integer> weights = new EnumMap<>(Urgency.class);
    weights.putAll(urgencyWeights);
    urgencyWeights = Collections.unmodifiableMap(weights);
  }
}
