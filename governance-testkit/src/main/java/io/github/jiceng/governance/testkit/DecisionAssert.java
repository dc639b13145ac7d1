package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on a {@link Decision}, read as sentences:
 * {@code assertThat(decision).isRefusedWith(FundCode.OVER_CASE_CAP).hasArgument("cap", "500.00")}.
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
