package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on a {@link Decision}, read as sentences: which of the three variants it is (applied,
 * unchanged as a duplicate, refused), its events, and a refusal's code, arguments and detail —
 * {@code assertThat(decision).isRefusedWith(FundRefusal.OVER_CASE_CAP).hasArgument("cap", "500.00")}.
 * A failure message shows the whole decision.
 * Obtain one from {@link GovernanceAssertions#assertThat(Decision)}.
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision<?>> {

  DecisionAssert(Decision<?> actual) {
    super(actual, DecisionAssert.class);
  }

  /**
   * Checks the command was applied.
   *
   * @return this
   */
  public DecisionAssert isApplied() {
    isNotNull();
    if (!(actual instanceof Decision.Applied)) {
      failWithMessage("Expected the command to be applied, but it was %s", actual);
    }
    return this;
  }

  /**
   * Checks the command changed nothing because its effect was already recorded.
   *
   * @return this
   */
  public DecisionAssert isUnchanged() {
    isNotNull();
    if (!(actual instanceof Decision.Unchanged)) {
      failWithMessage("Expected the command to be unchanged (a duplicate), but it was %s", actual);
    }
    return this;
  }

  /**
   * Checks the command was refused, for any reason.
   *
   * @return this
   */
  public DecisionAssert isRefused() {
    isNotNull();
    if (!(actual instanceof Decision.Refused)) {
      failWithMessage("Expected the command to be refused, but it was %s", actual);
    }
    return this;
  }

  /**
   * Checks the command was refused with the code.
   *
   * @param code the expected code
   * @return this
   */
  public DecisionAssert isRefusedWith(RefusalCode code) {
    isRefused();
    String key = refusal().code().key();
    if (!key.equals(code.key())) {
      failWithMessage("Expected a refusal %s, but it was %s", code.key(), refusal());
    }
    return this;
  }

  /**
   * Checks the refusal carries the argument with the value.
   *
   * @param name the argument's name
   * @param value the expected value, as the refusal writes it
   * @return this
   */
  public DecisionAssert hasArgument(String name, String value) {
    isRefused();
    String actualValue = refusal().arguments().get(name);
    if (!value.equals(actualValue)) {
      failWithMessage("Expected refusal argument %s=%s, but the arguments were %s", name, value,
          refusal().arguments());
    }
    return this;
  }

  /**
   * Checks the command was refused with the code of this key, such as {@code "fund.over-case-cap"}.
   *
   * @param key the expected code's key
   * @return this
   */
  public DecisionAssert isRefusedWith(String key) {
    isRefused();
    if (!refusal().code().key().equals(key)) {
      failWithMessage("Expected a refusal %s, but it was %s", key, refusal());
    }
    return this;
  }

  /**
   * Checks the refusal carries exactly these arguments, in this order, with these values as the
   * refusal writes them.
   *
   * @param arguments the expected arguments, in order (a {@link java.util.LinkedHashMap} or
   *     {@code Map.of} of one entry)
   * @return this
   */
  public DecisionAssert hasArguments(Map<String, String> arguments) {
    isRefused();
    Map<String, String> actualArguments = refusal().arguments();
    if (!new ArrayList<>(actualArguments.entrySet()).equals(new ArrayList<>(arguments.entrySet()))) {
      failWithMessage("Expected exactly the refusal arguments %s, but they were %s", arguments, actualArguments);
    }
    return this;
  }

  /**
   * Checks the refusal carries arguments of these names and no others, in this order.
   *
   * @param names the expected names
   * @return this
   */
  public DecisionAssert hasArgumentNames(String... names) {
    isRefused();
    List<String> actualNames = new ArrayList<>(refusal().arguments().keySet());
    if (!actualNames.equals(List.of(names))) {
      failWithMessage("Expected refusal arguments named %s, but they were %s", List.of(names), actualNames);
    }
    return this;
  }

  /**
   * Checks the refusal's detail, the masked prose beside the code, contains the text.
   *
   * @param text the expected part of the detail
   * @return this
   */
  public DecisionAssert hasDetailContaining(String text) {
    isRefused();
    if (!refusal().detail().contains(text)) {
      failWithMessage("Expected the refusal's detail to contain %s, but it was %s", text, refusal().detail());
    }
    return this;
  }

  /**
   * Checks the command changed nothing because its effect was already recorded, as these events.
   *
   * @param events the events recorded before, as the decision names them
   * @return this
   */
  public DecisionAssert isUnchangedWith(Object... events) {
    return isUnchanged().hasEvents(events);
  }

  /**
   * Checks the command was applied with exactly these events, in order.
   *
   * @param events the expected events
   * @return this
   */
  public DecisionAssert isAppliedWith(Object... events) {
    return isApplied().hasEvents(events);
  }

  /**
   * Checks the decision carries exactly these events, in order.
   *
   * @param events the expected events
   * @return this
   */
  public DecisionAssert hasEvents(Object... events) {
    isNotNull();
    List<Object> actualEvents = new ArrayList<>(actual.events());
    Assertions.assertThat(actualEvents).as("events of %s", actual).containsExactly(events);
    return this;
  }

  private Refusal refusal() {
    return ((Decision.Refused<?>) actual).refusal();
  }
}
