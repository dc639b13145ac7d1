package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario (情景): the content of a scenario file, and what the simulator plays (the one
 * scenario type of the SDK; ADR 0036). The sections a test harness or a simulation needs,
 * each a value of the model: the grid hierarchy, and optionally the taxonomies, the roster, the
 * staffing, authority, channel, score and deadline policies, the resources and the initial service
 * chain; each feature adds its section as a {@link ScenarioSection}. A policy section that is absent
 * has a default ({@link #sectionOrDefault}).
 *
 * <pre>{@code
 * Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, hierarchy).build();
 * GovernanceJson.files().writeScenario(s, out);
 * }</pre>
 *
 * <p>Instances are immutable; two scenarios are equal when their sections are.
 */
public final class Scenario {

  private final Map<ScenarioSection<?>, Object> sections;

  private Scenario(Map<ScenarioSection<?>, Object> sections) {
    this.sections = sections;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the grid hierarchy, which every scenario has. */
  public GridHierarchy hierarchy() {
    return section(ScenarioSection.HIERARCHY).orElseThrow();
  }

  /** Returns a section's value, or empty if the scenario does not have it. */
  public <T> Optional<T> section(ScenarioSection<T> section) {
    return Optional.ofNullable(section.type().cast(sections.get(requireNonNull(section, "section"))));
  }

  /**
   * Returns a section's value, or the section's default when the scenario does not have it (the
   * article's taxonomies, the shipped policies; see {@link ScenarioSection#defaultValue()}).
   *
   * @return the value; empty only for an absent section without a default
   */
  public <T> Optional<T> sectionOrDefault(ScenarioSection<T> section) {
    return section(section).or(section::defaultValue);
  }

  /**
   * Returns this scenario with a section set to another value, added if the scenario does not have
   * it; every other section the same. Another points policy or channel policy to compare, other
   * simulation parameters, another calendar:
   *
   * <pre>{@code
   * Scenario greedyYear = scenario.with(ScenarioSection.CHANNEL_POLICY, ChannelPolicy.of(...));
   * }</pre>
   *
   * @param section the section
   * @param value its new value
   * @return the scenario with the value
   * @throws DomainValidationException if the scenario would break a rule of {@link Builder#build()}
   */
  public <T> Scenario with(ScenarioSection<T> section, T value) {
    requireNonNull(section, "section");
    requireNonNull(value, "value");
    Builder b = builder();
    sections.forEach((s, v) -> {
      if (!s.equals(section)) {
        b.sections.put(s, v);
      }
    });
    return b.section(section, value).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario && ((Scenario) o).sections.equals(sections);
  }

  @Override
  public int hashCode() {
    return sections.hashCode();
  }

  /** Returns the names of the sections present. */
  @Override
  public String toString() {
    return "Scenario" + sections.keySet();
  }

  /** Collects the sections of a scenario; each may be set once. */
  public static final class Builder {
    private final Map<ScenarioSection<?>, Object> sections = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a section.
     *
     * @param section the section
     * @param value its value
     * @return this builder
     * @throws IllegalStateException if the section was already set
     */
    public <T> Builder section(ScenarioSection<T> section, T value) {
      requireNonNull(section, "section");
      Object v = section.type().cast(requireNonNull(value, "value"));
      if (sections.putIfAbsent(section, v) != null) {
        throw new IllegalStateException("section " + section + " is already set");
      }
      return this;
    }

    /**
     * Returns the scenario.
     *
     * @throws DomainValidationException if a required section is missing, or the service chain's
     *     resource list is not the resources section (a file lists resources once, in that section)
     */
    public Scenario build() {
      List<Violation> missing = new ArrayList<>();
      Map<ScenarioSection<?>, Object> ordered = new LinkedHashMap<>();
      for (ScenarioSection<?> s : ScenarioSection.values()) {
        Object v = sections.get(s);
        if (v != null) {
          ordered.put(s, v);
        } else if (s.isRequired()) {
          missing.add(new Violation("Scenario", s.name(), "section-present", "a scenario needs a " + s + " section"));
        }
      }
      serviceChainResources(ordered).ifPresent(missing::add);
      if (!missing.isEmpty()) {
        throw new DomainValidationException(missing);
      }
      return new Scenario(Collections.unmodifiableMap(ordered));
    }

    /** The service chain's resources must be the resources section's, in any order. */
    private static Optional<Violation> serviceChainResources(Map<ScenarioSection<?>, Object> sections) {
      Object chain = sections.get(ScenarioSection.SERVICE_CHAIN);
      if (chain == null) {
        return Optional.empty();
      }
      Object resources = sections.get(ScenarioSection.RESOURCES);
      List<Resource> listed = new ArrayList<>(
          resources == null ? List.of() : ScenarioSection.RESOURCES.type().cast(resources));
      listed.sort(Comparator.comparing(Resource::id));
      if (listed.equals(List.copyOf(((FiveLists) chain).resources()))) {
        return Optional.empty();
      }
      return Optional.of(new Violation("Scenario", ScenarioSection.SERVICE_CHAIN.name(), "resources-section",
          "the service chain's resource list is the resources section; they differ"));
    }
  }
}
