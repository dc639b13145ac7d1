package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.shared.DomainStyle;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of a grid hierarchy (网格节点): a street, community, grid, compound, building,
 * village, villagers' group or household, or a party organization in a party chain.
 *
 * <p>A node names its parent by id (aggregates reference each other by id); the
 * {@link GridHierarchy} checks that the parents form one tree that fits the {@link LevelScheme}.
 *
 * <pre>{@code
 * GridNode community = GridNode.builder()
 *     .id(GridId.of("baiyun"))
 *     .level("COMMUNITY")
 *     .parent(GridId.of("lantian"))
 *     .name("白云社区")
 *     .code(GridCode.of(DivisionCode.of("150622003003", 2023)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class GridNode {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  GridNode() {}

  /** Returns a builder; {@code id}, {@code level} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the node's identifier, unique within its hierarchy. */
  public abstract GridId id();

  /** Returns the key of the node's level in its scheme, such as {@code "COMMUNITY"}. */
  public abstract String level();

  /** Returns the parent's identifier, or empty for the root. */
  public abstract Optional<GridId> parent();

  /** Returns the node's display name, such as {@code "白云社区"}. */
  public abstract String name();

  /** Returns the node's code, if its level is coded and the code is known. */
  public abstract Optional<GridCode> code();

  /** Returns whether this node has no parent. */
  public final boolean isRoot() {
    return parent().isEmpty();
  }

  @Value.Check
  final void check() {
    String subject = "GridNode[" + id() + "]";
    if (name().isBlank() || name().length() > MAX_NAME_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "name", "name-length",
          "a name is 1-" + MAX_NAME_LENGTH + " characters and not blank, was " + name().length() + " characters")
              .with("max", MAX_NAME_LENGTH).with("length", name().length()));
    }
    if (level().isBlank()) {
      throw new DomainValidationException(subject, "level", "level-present", "a node needs a level key");
    }
  }

  /** The builder of {@link GridNode}; each attribute may be set once. */
  public static final class Builder extends ImmutableGridNode.Builder {
    Builder() {}
  }
}
