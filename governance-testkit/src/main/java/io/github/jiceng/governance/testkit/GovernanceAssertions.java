package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.rules.decider.Decision;

/**
 * The entry point of the test kit's AssertJ assertions; import it statically beside AssertJ's own
 * {@code Assertions}.
 */
public final class GovernanceAssertions {

  private GovernanceAssertions() {}

  /**
   * Starts an assertion on a decision.
   *
   * @param decision the decision, may be null (the assertion then fails)
   * @return the assertion
   */
  public static DecisionAssert assertThat(Decision<?> decision) {
    return new DecisionAssert(decision);
  }
}
