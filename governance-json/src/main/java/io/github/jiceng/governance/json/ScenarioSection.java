package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Resource;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One section of a {@link Scenario}: its property name in the file and the type of its value.
 * A feature adds its section here and binds it in the scenario's section registry; the file
 * format, its reader, writer and schema follow without other changes.
 *
 * @param <T> the section's value type
 */
public final class ScenarioSection<T> {

  /** The grid hierarchy the scenario plays on (网格层级); required. */
  public static final ScenarioSection<GridHierarchy> HIERARCHY =
      new ScenarioSection<>("hierarchy", GridHierarchy.class, true);

  /**
   * The two taxonomies (一核五共, 一统领四融合); optional. A scenario without this section works with
   * the article's ({@link Taxonomies#ARTICLE}), the shipped default of the model.
   */
  public static final ScenarioSection<Taxonomies> TAXONOMY =
      new ScenarioSection<>("taxonomy", Taxonomies.class, false, Taxonomies.ARTICLE);

  /**
   * Who is where (名册): persons, households, organizations, squads, posts, absences; optional, no
   * default: a scenario that studies only grids or matching has no roster, and an empty one would
   * say something else (an area with nobody in it).
   */
  public static final ScenarioSection<Roster> ROSTER = new ScenarioSection<>("roster", Roster.class, false);

  /** What a complete dual hierarchy must have; optional, default {@link StaffingPolicy#ARTICLE}. */
  public static final ScenarioSection<StaffingPolicy> STAFFING_POLICY =
      new ScenarioSection<>("staffingPolicy", StaffingPolicy.class, false, StaffingPolicy.ARTICLE);

  /** Which actions posts, roles and organizations grant; optional, default {@link AuthorityPolicy#DEFAULT}. */
  public static final ScenarioSection<AuthorityPolicy> AUTHORITY_POLICY =
      new ScenarioSection<>("authorityPolicy", AuthorityPolicy.class, false, AuthorityPolicy.DEFAULT);

  /**
   * The resource list (资源清单): what claimants offer; optional, no default (resources are data of
   * the area, not policy). It is also the resource list of the {@link #SERVICE_CHAIN}.
   */
  public static final ScenarioSection<List<Resource>> RESOURCES =
      new ScenarioSection<>("resources", listOf(Resource.class), false);

  /** The channels in order and their shares; optional, default {@link ChannelPolicy#standard()}. */
  public static final ScenarioSection<ChannelPolicy> CHANNEL_POLICY =
      new ScenarioSection<>("channelPolicy", ChannelPolicy.class, false, ChannelPolicy.standard());

  /** The weights of the matching score; optional, default {@link ScoreWeights#standard()}. */
  public static final ScenarioSection<ScoreWeights> SCORE_WEIGHTS =
      new ScenarioSection<>("scoreWeights", ScoreWeights.class, false, ScoreWeights.standard());

  /** How long a demand may stay in each state; optional, default {@link DeadlinePolicy#standard()}. */
  public static final ScenarioSection<DeadlinePolicy> DEADLINE_POLICY =
      new ScenarioSection<>("deadlinePolicy", DeadlinePolicy.class, false, DeadlinePolicy.standard());

  /**
   * The initial five lists (五项清单); optional, no default (a scenario may start before any demand).
   * The file holds its demands, projects, services and outcomes; its resource list is the
   * {@link #RESOURCES} section, so a scenario with a service chain has exactly the resources of that
   * section (see {@link Scenario.Builder#build()}).
   */
  public static final ScenarioSection<FiveLists> SERVICE_CHAIN =
      new ScenarioSection<>("serviceChain", FiveLists.class, false);

  private static final List<ScenarioSection<?>> ALL = List.of(HIERARCHY,
      TAXONOMY, ROSTER, STAFFING_POLICY, AUTHORITY_POLICY, RESOURCES, CHANNEL_POLICY, SCORE_WEIGHTS,
      DEADLINE_POLICY, SERVICE_CHAIN);

  private final String name;
  private final Class<T> type;
  private final boolean required;
  private final @Nullable T defaultValue;

  private ScenarioSection(String name, Class<T> type, boolean required) {
    this(name, type, required, null);
  }

  private ScenarioSection(String name, Class<T> type, boolean required, @Nullable T defaultValue) {
    this.name = requireNonNull(name, "name");
    this.type = requireNonNull(type, "type");
    this.required = required;
    this.defaultValue = defaultValue;
  }

  @SuppressWarnings("unchecked")
  private static <E> Class<List<E>> listOf(Class<E> element) {
    return (Class<List<E>>) (Class<?>) List.class;
  }

  /** Returns every section, in the order a scenario file lists them. */
  public static List<ScenarioSection<?>> values() {
    return ALL;
  }

  /** Returns the section's property name in a scenario file, such as {@code "hierarchy"}. */
  public String name() {
    return name;
  }

  /** Returns the type of the section's value. */
  public Class<T> type() {
    return type;
  }

  /** Returns whether every scenario must have this section. */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns what a scenario without this section works with, if the section has a default (a
   * policy's shipped default); see {@link Scenario#sectionOrDefault}. A file never needs to hold a
   * default, and reading a file does not add it.
   */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** Returns the section's name. */
  @Override
  public String toString() {
    return name;
  }
}
