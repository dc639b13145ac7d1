package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.GovernanceAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionAssertTest {

  private final Decision<String> applied = Decision.applied(List.of("a", "b"));
  private final Decision<String> unchanged = Decision.unchanged(List.of("a"));
  private final Decision<String> refused = Decision.refused(
      Refusal.of(DeciderContractTest.TillCode.INSUFFICIENT_BALANCE, "low").with("balance", 3));
  private final Decision<String> refusedTwice = Decision.refused(
      Refusal.of(DeciderContractTest.TillCode.INSUFFICIENT_BALANCE, "balance 3 is below 5").with("balance", 3)
          .with("needed", 5));

  @Test
  void readsARefusalsCodeArgumentsAndDetail() {
    assertThat(refusedTwice).isRefusedWith("till.insufficient-balance")
        .hasArguments(orderedMap("balance", "3", "needed", "5")).hasArgumentNames("balance", "needed")
        .hasDetailContaining("below 5");
    assertThat(applied).isAppliedWith("a", "b");
    assertThat(unchanged).isUnchangedWith("a");
  }

  @Test
  void failsARefusalWhoseCodeArgumentsOrDetailDifferAndNamesWhatItFound() {
    assertThatThrownBy(() -> assertThat(refusedTwice).isRefusedWith("till.other"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("till.other").hasMessageContaining("till.insufficient-balance");
    assertThatThrownBy(() -> assertThat(refusedTwice).hasArguments(orderedMap("needed", "5", "balance", "3")))
        .as("the order counts").isInstanceOf(AssertionError.class).hasMessageContaining("{balance=3, needed=5}");
    assertThatThrownBy(() -> assertThat(refusedTwice).hasArguments(Map.of("balance", "3")))
        .as("no argument may be left out").isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(refusedTwice).hasArgumentNames("balance"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[balance, needed]");
    assertThatThrownBy(() -> assertThat(refusedTwice).hasDetailContaining("above"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("balance 3 is below 5");
    assertThatThrownBy(() -> assertThat(applied).hasArguments(Map.of()))
        .as("an applied decision has no refusal to read").isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(applied).isUnchangedWith("a", "b")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(unchanged).isAppliedWith("a")).isInstanceOf(AssertionError.class);
  }

  private static Map<String, String> orderedMap(String k1, String v1, String k2, String v2) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

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
