package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

/**
 * A stateful rule in its one shape (决策器): the state is a fold of the rule's events, a command
 * is decided against a state into the events to append or a refusal, and each event evolves the
 * state. Every ledger, register, desk and lifecycle of the SDK implements it, so that a store, a
 * stream processor or a test harness can run any of them without knowing which it is.
 *
 * <p>Contract, checked for every implementation by the SDK's own tests:
 *
 * <ul>
 *   <li><b>Pure.</b> {@link #decide} and {@link #evolve} read nothing but their arguments (no
 *       clock, no randomness, no I/O) and never change the state they are given; the same
 *       arguments give equal results.
 *   <li><b>State is a fold.</b> {@code fold(initialState(), events)} of the events a stream
 *       applied equals the state the stream holds; states have value equality.
 *   <li><b>Refusal appends nothing.</b> A {@link Decision.Refused} or {@link Decision.Unchanged}
 *       carries no new events, so the state stays as it was.
 *   <li><b>Decided events evolve.</b> {@link #evolve} accepts every event {@link #decide}
 *       returned for the same state, in order; an event no decision could have produced for the
 *       state (a stream corrupted outside the rules) is an {@link IllegalStateException}.
 *   <li><b>Bad input throws.</b> A null or a malformed command is a programming error and throws
 *       as the model does ({@code NullPointerException}, {@code DomainValidationException});
 *       expected business refusals are values.
 * </ul>
 *
 * @param <C> the commands the rule decides
 * @param <S> the state, an immutable value (or one the rule never changes after handing it out)
 * @param <E> the events the rule appends
 */
public interface Decider<C, S, E> {

  /**
   * Returns the state before any event: the empty ledger, register or desk under the decider's
   * configuration.
   *
   * @return the initial state
   */
  S initialState();

  /**
   * Decides a command against a state, changing nothing.
   *
   * @param command the command
   * @param state the current state, a fold of the stream's events
   * @return the events to append, {@link Decision.Unchanged} for a duplicate, or a refusal
   */
  Decision<E> decide(C command, S state);

  /**
   * Returns the state after one event.
   *
   * @param state the state before the event
   * @param event an event decided for that state
   * @return the next state
   * @throws IllegalStateException if the event cannot follow the state
   */
  S evolve(S state, E event);

  /**
   * Returns the state after the events, in order. The default evolves one event at a time; a
   * rule may override it with a faster bulk replay that gives an equal state.
   *
   * @param state the state to start from, such as {@link #initialState()} or a snapshot
   * @param events the events, in stream order
   * @return the state after the last event
   * @throws IllegalStateException if an event cannot follow the state before it
   */
  default S fold(S state, Iterable<? extends E> events) {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
    S current = state;
    int index = 0;
    for (E event : events) {
      if (event == null) {
        throw new NullPointerException("events[" + index + "] is null");
      }
      current = requireNonNull(evolve(current, event), "evolve returned null");
      index++;
    }
    return current;
  }
}
