package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One stream of a rule's events kept in memory (内存事件流): the simplest host of a {@link
 * Decider}. {@link #handle} decides a command on the current state and, when applied, appends the
 * events and evolves the state; a refused or unchanged command changes nothing. A durable store
 * does the same against a database.
 *
 * <p>Not thread-safe: one writer owns one stream. Queries return unmodifiable views.
 *
 * @param <C> the commands
 * @param <S> the state
 * @param <E> the events
 */
public final class InMemoryStream<C, S, E> {

  private final Decider<C, S, E> decider;
  private final List<E> events = new ArrayList<>();
  private S state;

  private InMemoryStream(Decider<C, S, E> decider, S state) {
    this.decider = decider;
    this.state = state;
  }

  /**
   * Opens an empty stream at the decider's initial state.
   *
   * @param decider the rule
   * @param <C> the commands
   * @param <S> the state
   * @param <E> the events
   * @return the stream
   */
  public static <C, S, E> InMemoryStream<C, S, E> open(Decider<C, S, E> decider) {
    requireNonNull(decider, "decider");
    return new InMemoryStream<>(decider, requireNonNull(decider.initialState(), "initialState"));
  }

  /**
   * Opens a stream holding events recorded earlier, its state their fold.
   *
   * @param decider the rule
   * @param recorded the events, in stream order
   * @param <C> the commands
   * @param <S> the state
   * @param <E> the events
   * @return the stream
   * @throws IllegalStateException if an event cannot follow the state before it
   */
  public static <C, S, E> InMemoryStream<C, S, E> restore(Decider<C, S, E> decider, List<? extends E> recorded) {
    InMemoryStream<C, S, E> stream = open(decider);
    List<E> copy = ImmutableList.copyOf(recorded);
    stream.state = decider.fold(stream.state, copy);
    stream.events.addAll(copy);
    return stream;
  }

  /**
   * Decides a command on the current state and appends what was applied.
   *
   * @param command the command
   * @return the decision
   */
  public Decision<E> handle(C command) {
    requireNonNull(command, "command");
    Decision<E> decision = requireNonNull(decider.decide(command, state), "decide returned null");
    if (decision instanceof Decision.Applied<E> applied) {
      S next = decider.fold(state, applied.events());
      events.addAll(applied.events());
      state = next;
    }
    return decision;
  }

  /** Returns the rule this stream runs. */
  public Decider<C, S, E> decider() {
    return decider;
  }

  /** Returns the current state, the fold of {@link #events()}. */
  public S state() {
    return state;
  }

  /** Returns the events appended so far, oldest first, as an unmodifiable view. */
  public List<E> events() {
    return Collections.unmodifiableList(events);
  }

  /** Returns the number of events: the stream's version. */
  public int version() {
    return events.size();
  }

  /** Returns {@code InMemoryStream[version=N, state=...]}. */
  @Override
  public String toString() {
    return "InMemoryStream[version=" + events.size() + ", state=" + state + "]";
  }
}
