package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * What a command comes to (决定): applied with the events to append, unchanged because its effect
 * is already recorded, or refused. The same three variants answer every stateful rule of the SDK.
 *
 * @param <E> the rule's event type
 */
public sealed interface Decision<E> permits Decision.Applied, Decision.Unchanged, Decision.Refused {

  /**
   * Returns the command's events: the new events when applied, the events recorded earlier when
   * unchanged (possibly none), nothing when refused.
   *
   * @return the events, never null
   */
  List<E> events();

  /** Returns whether the command was refused. */
  default boolean isRefused() {
    return this instanceof Refused;
  }

  /**
   * Returns the refusal, if the command was refused.
   *
   * @return the refusal, or empty when applied or unchanged
   */
  default Optional<Refusal> refusalIfAny() {
    return this instanceof Refused<E> refused ? Optional.of(refused.refusal()) : Optional.empty();
  }

  /**
   * Returns the command's events, or throws its refusal: for hosts that answer a refusal the way
   * they answer an exception (a web controller, say).
   *
   * @return the events when applied or unchanged
   * @throws RefusedException if the command was refused
   */
  default List<E> orElseThrow() {
    if (this instanceof Refused<E> refused) {
      throw new RefusedException(refused.refusal());
    }
    return events();
  }

  /**
   * Returns the decision to append events.
   *
   * @param events the events, at least one
   * @param <E> the event type
   * @return the decision
   * @throws IllegalArgumentException if there are no events
   */
  static <E> Decision<E> applied(List<? extends E> events) {
    return new Applied<>(copy(events, "events"));
  }

  /**
   * Returns the decision to append one event.
   *
   * @param event the event
   * @param <E> the event type
   * @return the decision
   */
  static <E> Decision<E> applied(E event) {
    return new Applied<>(ImmutableList.of(requireNonNull(event, "event")));
  }

  /**
   * Returns the decision that a command changes nothing because its effect is already recorded.
   *
   * @param recorded the events that recorded it earlier, if the rule keeps them; may be empty
   * @param <E> the event type
   * @return the decision
   */
  static <E> Decision<E> unchanged(List<? extends E> recorded) {
    return new Unchanged<>(copy(recorded, "recorded"));
  }

  /**
   * Returns the refusal of a command.
   *
   * @param refusal why
   * @param <E> the event type
   * @return the decision
   */
  static <E> Decision<E> refused(Refusal refusal) {
    return new Refused<>(refusal);
  }

  private static <E> List<E> copy(List<? extends E> events, String name) {
    requireNonNull(events, name);
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] is null");
      }
    }
    return ImmutableList.copyOf(events);
  }

  /**
   * The command was applied: append these events, in order.
   *
   * @param events the new events, at least one
   * @param <E> the event type
   */
  record Applied<E>(List<E> events) implements Decision<E> {
    /** Copies the events and checks there is at least one. */
    public Applied {
      events = copy(events, "events");
      if (events.isEmpty()) {
        throw new IllegalArgumentException("An applied decision has at least one event; use unchanged");
      }
    }

    /** Returns the last event, the one the command is named for (after any it caused first). */
    public E last() {
      return events.get(events.size() - 1);
    }
  }

  /**
   * The command's effect is already recorded (a duplicate): nothing to append.
   *
   * @param events the events that recorded it earlier, if the rule keeps them; may be empty
   * @param <E> the event type
   */
  record Unchanged<E>(List<E> events) implements Decision<E> {
    /** Copies the events. */
    public Unchanged {
      events = copy(events, "events");
    }
  }

  /**
   * The command was refused: nothing to append.
   *
   * @param refusal why
   * @param <E> the event type
   */
  record Refused<E>(Refusal refusal) implements Decision<E> {
    /** Checks the refusal is present. */
    public Refused {
      requireNonNull(refusal, "refusal");
    }

    /** Returns no events. */
    @Override
    public List<E> events() {
      return ImmutableList.of();
    }

    /** Returns {@code Refused[code: detail]}. */
    @Override
    public String toString() {
      return "Refused[" + refusal + "]";
    }
  }
}
