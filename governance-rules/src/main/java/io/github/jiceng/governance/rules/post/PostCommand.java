package io.github.jiceng.governance.rules.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.Optional;

/**
 * What may be asked of one A/B post (岗位指令), decided by {@link PostRules}. Instants are checked
 * against {@link TimeLimits} on construction ({@code DomainValidationException}, rule {@code
 * instant-range}; an absence also begins before {@link TimeLimits#LATEST}); nulls throw {@code
 * NullPointerException} naming the field.
 */
public sealed interface PostCommand {

  /**
   * Establishes the post of this stream with its holders (设岗).
   *
   * @param post the post; its holders hold it from the beginning of the stream
   */
  record Establish(Post post) implements PostCommand {
    /** Checks the post is present. */
    public Establish {
      requireNonNull(post, "post");
    }
  }

  /**
   * Records an absence whose end is known (请假、公出): the holder is away over the period.
   *
   * @param absence the holder and the period
   */
  record RecordAbsence(Absence absence) implements PostCommand {
    /** Checks the absence is present and dated inside the limits. */
    public RecordAbsence {
      requireNonNull(absence, "absence");
      TimeLimits.check("RecordAbsence", "absence.period.start", absence.period().start());
      TimeLimits.check("RecordAbsence", "absence.period.end", absence.period().end());
    }
  }

  /**
   * Records that a holder is away from an instant on, the end not yet known (缺岗开始).
   *
   * @param person the holder
   * @param from the first instant away
   * @param kind why, coarsely
   */
  record BeginAbsence(PersonId person, Instant from, AbsenceKind kind) implements PostCommand {
    /** Checks the parts are present and the instant inside the limits. */
    public BeginAbsence {
      requireNonNull(person, "person");
      TimeLimits.check("BeginAbsence", "from", requireNonNull(from, "from"));
      requireNonNull(kind, "kind");
      if (!from.isBefore(TimeLimits.LATEST)) {
        throw new DomainValidationException("BeginAbsence[" + person + "]", "from", "instant-range",
            "an absence begins before " + TimeLimits.LATEST + ", was " + from);
      }
    }
  }

  /**
   * Records that a holder's absence without an end ends (返岗): they act again from {@code at}.
   *
   * @param person the holder
   * @param at the first instant back
   */
  record EndAbsence(PersonId person, Instant at) implements PostCommand {
    /** Checks the parts are present and the instant inside the limits. */
    public EndAbsence {
      requireNonNull(person, "person");
      TimeLimits.check("EndAbsence", "at", requireNonNull(at, "at"));
    }
  }

  /**
   * Assigns a slot of the post to a person, or leaves it unassigned, from an instant on (调整岗位人选).
   *
   * @param slot the slot
   * @param person the new holder, or empty to leave the slot unassigned
   * @param from the first instant of the new assignment
   */
  record AssignHolder(HolderSlot slot, Optional<PersonId> person, Instant from) implements PostCommand {
    /** Checks the parts are present and the instant inside the limits. */
    public AssignHolder {
      requireNonNull(slot, "slot");
      requireNonNull(person, "person");
      TimeLimits.check("AssignHolder", "from", requireNonNull(from, "from"));
    }
  }
}
