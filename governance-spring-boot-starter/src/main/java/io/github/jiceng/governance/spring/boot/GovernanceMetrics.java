package io.github.jiceng.governance.spring.boot;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The SDK's meters in the application's Micrometer registry (指标). The starter feeds them from the
 * JDBC store's command observer and from {@link GovernanceMatching}; a host that runs the rules
 * without the store may call {@link #commandHandled} itself.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #COMMANDS}</td><td>timer</td><td>{@code rule}, {@code outcome} ({@code applied},
 *       {@code unchanged}, {@code refused}), {@code code} (the refusal code, or {@code none})</td>
 *       <td>commands handled, and how long each took</td></tr>
 *   <tr><td>{@value #STREAM_EVENTS}</td><td>distribution summary</td><td>{@code rule}</td><td>a
 *       stream's number of events after each applied command: how long ledgers grow</td></tr>
 *   <tr><td>{@value #MATCHING}</td><td>timer</td><td>{@code mode}</td><td>matching runs, and how
 *       long each took</td></tr>
 * </table>
 *
 * <p>No tag carries a stream id, a person or an amount: tags hold only rule names, outcomes, codes
 * and modes, a small fixed set.
 */
public final class GovernanceMetrics {

  /** The timer of handled commands. */
  public static final String COMMANDS = "governance.commands";

  /** The summary of stream lengths. */
  public static final String STREAM_EVENTS = "governance.stream.events";

  /** The timer of matching runs. */
  public static final String MATCHING = "governance.matching";

  private final MeterRegistry registry;

  /**
   * Creates the meters' home.
   *
   * @param registry the application's registry
   */
  public GovernanceMetrics(MeterRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /**
   * Records one handled command.
   *
   * @param rule the rule's name, such as {@code fund}
   * @param outcome {@code applied}, {@code unchanged} or {@code refused}
   * @param code the refusal code's key, or {@code none}
   * @param streamEvents the stream's number of events after an applied command; ignored otherwise
   * @param nanos how long the command took
   */
  public void commandHandled(String rule, String outcome, String code, long streamEvents, long nanos) {
    Timer.builder(COMMANDS)
        .description("Commands handled by the governance rules")
        .tags("rule", rule, "outcome", outcome, "code", code)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (outcome.equals("applied")) {
      DistributionSummary.builder(STREAM_EVENTS)
          .description("Events in a stream after an applied command")
          .tags("rule", rule)
          .register(registry)
          .record(streamEvents);
    }
  }

  /**
   * Records one matching run.
   *
   * @param mode the mode's name, such as {@code OPTIMAL}
   * @param nanos how long it took
   */
  public void matched(String mode, long nanos) {
    Timer.builder(MATCHING)
        .description("Matching runs of demands to claimants")
        .tags("mode", mode)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public String toString() {
    return "GovernanceMetrics";
  }
}
