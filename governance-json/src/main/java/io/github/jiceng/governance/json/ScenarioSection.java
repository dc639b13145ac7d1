package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import java.util.List;

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

  private static final List<ScenarioSection<?>> ALL = List.of(HIERARCHY);

  private final String name;
  private final Class<T> type;
  private final boolean required;

  private ScenarioSection(String name, Class<T> type, boolean required) {
    this.name = requireNonNull(name, "name");
    this.type = requireNonNull(type, "type");
    this.required = required;
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

  /** Returns the section's name. */
  @Override
  public String toString() {
    return name;
  }
}
