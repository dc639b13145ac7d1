package io.github.jiceng.governance.rules.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import java.time.Instant;
import java.util.Optional;

/**
 * A fact recorded on one A/B post (岗位事件), appended by {@link PostRules}. Each names its post.
 */
public sealed interface PostEvent {

  /** Returns the post the fact is about. */
  PostId post();

  /**
   * The post was established with its holders.
   *
   * @param established the post as established
   */
  record Established(Post established) implements PostEvent {
    /** Checks the post is present. */
    public Established {
      requireNonNull(established, "established");
    }

    @Override
    public PostId post() {
      return established.id();
    }
  }

  /**
   * A holder is away from an instant on.
   *
   * @param post the post
   * @param person the holder
   * @param from the first instant away
   * @param kind why, coarsely
   */
  record AbsenceBegan(PostId post, PersonId person, Instant from, AbsenceKind kind) implements PostEvent {
    /** Checks the parts are present. */
    public AbsenceBegan {
      requireNonNull(post, "post");
      requireNonNull(person, "person");
      requireNonNull(from, "from");
      requireNonNull(kind, "kind");
    }
  }

  /**
   * A holder's absence ended: they act again from {@code at}.
   *
   * @param post the post
   * @param person the holder
   * @param at the first instant back
   */
  record AbsenceEnded(PostId post, PersonId person, Instant at) implements PostEvent {
    /** Checks the parts are present. */
    public AbsenceEnded {
      requireNonNull(post, "post");
      requireNonNull(person, "person");
      requireNonNull(at, "at");
    }
  }

  /**
   * A slot was assigned to a person, or left unassigned, from an instant on.
   *
   * @param post the post
   * @param slot the slot
   * @param person the new holder, or empty
   * @param from the first instant of the assignment
   */
  record HolderAssigned(PostId post, HolderSlot slot, Optional<PersonId> person, Instant from) implements PostEvent {
    /** Checks the parts are present. */
    public HolderAssigned {
      requireNonNull(post, "post");
      requireNonNull(slot, "slot");
      requireNonNull(person, "person");
      requireNonNull(from, "from");
    }
  }
}
