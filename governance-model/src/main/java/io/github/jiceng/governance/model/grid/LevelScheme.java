package io.github.jiceng.governance.model.grid;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A local scheme of grid levels (网格层级方案), as data: which levels exist, which may be the root
 * of a hierarchy, which may sit directly below which, and how each level is coded.
 *
 * <p>Districts differ, so nothing in the SDK assumes a fixed chain. {@link LevelSchemes} ships the
 * urban, rural and party chains of the source practice; a district defines its own with
 * {@link #builder(String)}:
 *
 * <pre>{@code
 * LevelScheme scheme = LevelScheme.builder("my-district")
 *     .level("STREET", "街道", LevelCoding.division(DivisionLevel.TOWNSHIP))
 *     .level("COMMUNITY", "社区", LevelCoding.division(DivisionLevel.VILLAGE))
 *     .level("GRID", "网格", LevelCoding.sequence(3))
 *     .root("STREET")
 *     .allow("STREET", "COMMUNITY")
 *     .allow("COMMUNITY", "GRID")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable; two schemes are equal when their name, version, levels, roots and
 * allowed children are equal.
 */
public final class LevelScheme {

  /** The largest number of levels a scheme may declare. */
  public static final int MAX_LEVELS = 127;

  private final String name;
  private final int version;
  private final List<GridLevel> levels;
  private final Map<String, Integer> indexByKey;
  private final Set<String> rootLevels;
  private final Map<String, Set<String>> allowedChildren;
  private final boolean[] rootByIndex;
  private final boolean[][] allowedByIndex;

  private LevelScheme(Builder b) {
    this.name = b.name;
    this.version = b.version;
    this.levels = List.copyOf(b.levels.values());
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      index.put(levels.get(i).key(), i);
    }
    this.indexByKey = Collections.unmodifiableMap(index);
    this.rootLevels = Collections.unmodifiableSet(new LinkedHashSet<>(b.roots));
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    for (GridLevel level : levels) {
      Set<String> children = b.allowed.getOrDefault(level.key(), Set.of());
      allowed.put(level.key(), Collections.unmodifiableSet(new LinkedHashSet<>(children)));
    }
    this.allowedChildren = Collections.unmodifiableMap(allowed);
    this.rootByIndex = new boolean[levels.size()];
    this.allowedByIndex = new boolean[levels.size()][levels.size()];
    for (String root : rootLevels) {
      rootByIndex[indexByKey.get(root)] = true;
    }
    allowed.forEach((parent, children) -> {
      for (String child : children) {
        allowedByIndex[indexByKey.get(parent)][indexByKey.get(child)] = true;
      }
    });
  }

  /**
   * Starts a scheme with the given name.
   *
   * @param name a short name, such as {@code "urban"}; not blank
   * @return a builder; never null
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns the scheme's name. */
  public String name() {
    return name;
  }

  /** Returns the scheme's version; a district raises it when it changes the scheme. */
  public int version() {
    return version;
  }

  /** Returns the levels in the order they were declared, top-down by convention. */
  public List<GridLevel> levels() {
    return levels;
  }

  /** Returns the level with the given key, or empty if the scheme has none. */
  public Optional<GridLevel> level(String key) {
    java.util.Objects.requireNonNull(key, "key");
    Integer i = indexByKey.get(key);
    return i == null ? Optional.empty() : Optional.of(levels.get(i));
  }

  /** Returns the keys of the levels that may be the root of a hierarchy, in declared order. */
  public Set<String> rootLevels() {
    return rootLevels;
  }

  /** Returns the keys of the levels allowed directly below the given level; empty if none. */
  public Set<String> childLevels(String key) {
    java.util.Objects.requireNonNull(key, "key");
    return allowedChildren.getOrDefault(key, Set.of());
  }

  /** Returns whether a node of level {@code child} may sit directly below one of {@code parent}. */
  public boolean allows(String parent, String child) {
    java.util.Objects.requireNonNull(child, "child");
    return childLevels(parent).contains(child);
  }

  int indexOf(String key) {
    Integer i = indexByKey.get(key);
    return i == null ? -1 : i;
  }

  boolean isRootIndex(int level) {
    return rootByIndex[level];
  }

  boolean allowsIndex(int parent, int child) {
    return allowedByIndex[parent][child];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LevelScheme)) {
      return false;
    }
    LevelScheme s = (LevelScheme) o;
    return s.name.equals(name)
        && s.version == version
        && s.levels.equals(levels)
        && s.rootLevels.equals(rootLevels)
        && s.allowedChildren.equals(allowedChildren);
  }

  @Override
  public int hashCode() {
    return ((name.hashCode() * 31 + version) * 31 + levels.hashCode()) * 31 + allowedChildren.hashCode();
  }

  /** Returns {@code name v{version}: ROOT > CHILD ...}, listing levels and what they allow. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append(" v").append(version).append(" roots=").append(rootLevels);
    allowedChildren.forEach((k, v) -> sb.append(' ').append(k).append("->").append(v));
    return sb.toString();
  }

  /** Collects the levels and relations of a scheme; {@link #build()} validates all of them. */
  public static final class Builder {
    private final String name;
    private int version = 1;
    private final Map<String, GridLevel> levels = new LinkedHashMap<>();
    private final List<String> duplicateLevels = new ArrayList<>();
    private final Set<String> roots = new LinkedHashSet<>();
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /**
     * Sets the version (default 1).
     *
     * @param version a positive number
     * @return this builder
     */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Declares a level.
     *
     * @param key the level's key, such as {@code "COMMUNITY"}
     * @param displayName the name shown to people, such as {@code "社区"}
     * @param coding how nodes of the level are coded
     * @return this builder
     * @throws IllegalArgumentException if the key or name is malformed
     */
    public Builder level(String key, String displayName, LevelCoding coding) {
      GridLevel level = new GridLevel(key, displayName, coding);
      if (levels.putIfAbsent(key, level) != null) {
        duplicateLevels.add(key);
      }
      return this;
    }

    /**
     * Declares levels that may be the root of a hierarchy.
     *
     * @param keys level keys
     * @return this builder
     */
    public Builder root(String... keys) {
      roots.addAll(List.of(keys));
      return this;
    }

    /**
     * Allows nodes of the given child levels directly below nodes of the parent level.
     *
     * @param parent the parent level's key
     * @param children the child levels' keys
     * @return this builder
     */
    public Builder allow(String parent, String... children) {
      allowed.computeIfAbsent(requireNonNull(parent, "parent"), k -> new LinkedHashSet<>())
          .addAll(List.of(children));
      return this;
    }

    /**
     * Validates and returns the scheme.
     *
     * @return the scheme; never null
     * @throws DomainValidationException listing every problem: a blank name, a version below 1,
     *     no levels or more than {@value #MAX_LEVELS}, a duplicate level, no root level, or a reference to an undeclared level
     */
    public LevelScheme build() {
      List<Violation> violations = new ArrayList<>();
      String subject = "LevelScheme[" + name + "]";
      if (name.isBlank()) {
        violations.add(new Violation(subject, "name", "name-present", "a level scheme needs a name"));
      }
      if (version < 1) {
        violations.add(new Violation(subject, "version", "version-positive",
            "the version must be at least 1, was " + version).with("value", version));
      }
      if (levels.isEmpty()) {
        violations.add(new Violation(subject, "levels", "levels-present", "a level scheme needs at least one level"));
      }
      if (levels.size() > MAX_LEVELS) {
        violations.add(new Violation(subject, "levels", "levels-at-most-" + MAX_LEVELS,
            "a level scheme has at most " + MAX_LEVELS + " levels, was " + levels.size())
            .with("max", MAX_LEVELS).with("count", levels.size()));
      }
      for (String key : duplicateLevels) {
        violations.add(new Violation(subject, "levels", "level-key-unique", "level " + key + " is declared twice"));
      }
      if (roots.isEmpty()) {
        violations.add(new Violation(subject, "rootLevels", "root-level-present",
            "a level scheme needs at least one root level"));
      }
      for (String root : roots) {
        if (!levels.containsKey(root)) {
          violations.add(new Violation(subject, "rootLevels", "level-declared",
              "root level " + root + " is not declared"));
        }
      }
      allowed.forEach((parent, children) -> {
        if (!levels.containsKey(parent)) {
          violations.add(new Violation(subject, "allowedChildren", "level-declared",
              "parent level " + parent + " is not declared"));
        }
        for (String child : children) {
          if (!levels.containsKey(child)) {
            violations.add(new Violation(subject, "allowedChildren", "level-declared",
                "child level " + child + " (below " + parent + ") is not declared"));
          }
        }
      });
      if (!violations.isEmpty()) {
        throw new DomainValidationException(violations);
      }
      return new LevelScheme(this);
    }
  }
}
