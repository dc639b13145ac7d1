package io.github.jiceng.governance.model.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post (岗位) with an A and a B holder (执行书记AB岗): an executive secretary, a grid head, a
 * compound liaison, ... of one organization, with authority over one grid subtree.
 *
 * <p>The A holder acts whenever present; the B holder acts while A is away or unassigned. Who acts
 * at an instant, and the handovers between them, are derived from absences by the rules of
 * {@code rules.post}. A post may lack a holder for a while: the acting-holder rule then says the
 * post is vacant, and the audit reports the missing holder.
 *
 * <pre>{@code
 * Post exec = Post.builder()
 *     .id(PostId.of("baiyun-exec"))
 *     .kind(PostKind.EXECUTIVE_SECRETARY)
 *     .organization(OrganizationId.of("baiyun-branch"))
 *     .scope(GridId.of("baiyun"))
 *     .holderA(PersonId.of("p-1"))
 *     .holderB(PersonId.of("p-2"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Post {

  Post() {}

  /** Returns a builder; {@code id}, {@code kind}, {@code organization} and {@code scope} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the post's identifier. */
  public abstract PostId id();

  /** Returns the post's kind. */
  public abstract PostKind kind();

  /** Returns the organization the post belongs to; its holders are members of it. */
  public abstract OrganizationId organization();

  /** Returns the root of the grid subtree the post has authority over. */
  public abstract GridId scope();

  /** Returns the primary (A) holder, if assigned. */
  public abstract Optional<PersonId> holderA();

  /** Returns the backup (B) holder, if assigned. */
  public abstract Optional<PersonId> holderB();

  /** Returns the holder of the given slot, if assigned. */
  public final Optional<PersonId> holder(HolderSlot slot) {
    return requireNonNull(slot, "slot") == HolderSlot.A ? holderA() : holderB();
  }

  /** Returns the assigned holders, A first. */
  public final List<PersonId> holders() {
    List<PersonId> out = new ArrayList<>(2);
    holderA().ifPresent(out::add);
    holderB().ifPresent(out::add);
    return List.copyOf(out);
  }

  /** Returns the slot the person holds on this post, if any. */
  public final Optional<HolderSlot> slotOf(PersonId person) {
    requireNonNull(person, "person");
    if (holderA().isPresent() && holderA().get().equals(person)) {
      return Optional.of(HolderSlot.A);
    }
    if (holderB().isPresent() && holderB().get().equals(person)) {
      return Optional.of(HolderSlot.B);
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    if (holderA().isPresent() && holderA().equals(holderB())) {
      throw new DomainValidationException("Post[" + id() + "]", "holderB", "holders-distinct",
          "the A and the B holder are two persons, both were " + holderA().get());
    }
  }

  /** The builder of {@link Post}; each attribute may be set once. */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }
}
