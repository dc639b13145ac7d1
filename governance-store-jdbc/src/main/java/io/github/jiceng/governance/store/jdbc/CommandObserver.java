package io.github.jiceng.governance.store.jdbc;

import io.github.jiceng.governance.rules.decider.Decision;

/**
 * Told of every command the store has handled (命令观察者), after its transaction committed: how
 * a host counts applied and refused commands, times them and watches its streams grow, without
 * wrapping every call. {@link EventStore#withObserver} installs one.
 *
 * <p>An observer runs on the thread that handled the command and must be quick and must not throw:
 * an exception it throws is logged and swallowed, since the command is already committed.
 */
@FunctionalInterface
public interface CommandObserver {

  /** The observer that does nothing: the store's default. */
  CommandObserver NONE = handled -> { };

  /**
   * Called once per {@link EventStore#handle} that returned a decision.
   *
   * @param handled what was handled
   */
  void handled(HandledCommand handled);

  /**
   * One handled command, as an observer sees it. It carries no stream id or command: those may
   * name a person, and observers feed logs and metrics.
   *
   * @param rule the rule's registered name, such as {@code fund}
   * @param decision the decision returned to the caller (for a key sent again, the first outcome)
   * @param streamVersion the stream's number of events once the command committed; for a key sent
   *     again, the version its first outcome left if that was applied, else 0
   * @param attempts how many times the command was decided (more than 1 after losing races)
   * @param nanos how long {@code handle} took, in nanoseconds, from the monotonic clock
   */
  record HandledCommand(String rule, Decision<?> decision, long streamVersion, int attempts, long nanos) {

    /** Checks the fields. */
    public HandledCommand {
      java.util.Objects.requireNonNull(rule, "rule");
      java.util.Objects.requireNonNull(decision, "decision");
      if (streamVersion < 0 || attempts < 1 || nanos < 0) {
        throw new IllegalArgumentException("streamVersion and nanos must not be negative, attempts at least 1: "
            + streamVersion + ", " + attempts + ", " + nanos);
      }
    }

    /**
     * Returns the outcome's name: {@code applied}, {@code unchanged} or {@code refused}.
     *
     * @return the outcome, in lower case
     */
    public String outcome() {
      if (decision instanceof Decision.Applied<?>) {
        return "applied";
      }
      return decision instanceof Decision.Refused<?> ? "refused" : "unchanged";
    }
  }
}
