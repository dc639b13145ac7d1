package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.GovernanceAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionAssertTest {

  private final Decision<String> applied = Decision.applied(List.of("a", "b"));
  private final Decision<String> unchanged = Decision.unchanged(List.of("a"));
  private final Decision<String> refused = Decision.refused(
      Refusal.of(DeciderContractTest.TillCode.INSUFFICIENT_BALANCE, "low").with("balance", 3));

  @Test
  void passesWhatHolds() {
    assertThat(applied).isApplied().hasEvents("a", "b");
    assertThat(unchanged).isUnchanged().hasEvents("a");
    assertThat(refused).isRefusedWith(DeciderContractTest.TillCode.INSUFFICIENT_BALANCE).hasArgument("balance", "3")
        .hasEvents();
  }

  @Test
  void failsWhatDoesNotHoldWithTheDecisionInTheMessage() {
    assertThatThrownBy(() -> assertThat(refused).isApplied())
        .isInstanceOf(AssertionError.class).hasMessageContaining("till.insufficient-balance");
    assertThatThrownBy(() -> assertThat(applied).isRefused()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(applied).isUnchanged()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(refused).hasArgument("balance", "4"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("balance=3");
    assertThatThrownBy(() -> assertThat(applied).hasEvents("b", "a")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat((Decision<?>) null).isApplied()).isInstanceOf(AssertionError.class);
  }
}
