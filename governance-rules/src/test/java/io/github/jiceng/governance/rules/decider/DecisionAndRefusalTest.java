package io.github.jiceng.governance.rules.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decider package's own rules: an applied decision needs an event, a refusal's arguments keep
 * their order and are bounded, and a code's key is its feature and its constant. The till below is
 * the small rule the package's tests share; the one-shape contract itself is checked by the test
 * kit's {@code DeciderContract}, whose tests run every rule of the SDK.
 */
class DecisionAndRefusalTest {

  /** A till that takes deposits and refuses withdrawals beyond its balance; ids make it idempotent. */
  record Till(long balance, List<String> ids) {}

  record Move(String id, long amount) {}

  enum TillCode implements RefusalCode {
    INSUFFICIENT_BALANCE;

    private final String key = RefusalCode.keyOf("till", this);

    @Override
    public String key() {
      return key;
    }
  }

  static class TillRule implements Decider<Move, Till, Move> {
    @Override
    public Till initialState() {
      return new Till(0, List.of());
    }

    @Override
    public Decision<Move> decide(Move command, Till state) {
      if (state.ids().contains(command.id())) {
        return Decision.unchanged(List.of());
      }
      if (state.balance() + command.amount() < 0) {
        return Decision.refused(Refusal.of(TillCode.INSUFFICIENT_BALANCE, "not enough").with("balance", state.balance()));
      }
      return Decision.applied(command);
    }

    @Override
    public Till evolve(Till state, Move event) {
      List<String> ids = new ArrayList<>(state.ids());
      ids.add(event.id());
      return new Till(state.balance() + event.amount(), List.copyOf(ids));
    }
  }

  static List<Move> moves() {
    return List.of(new Move("a", 10), new Move("b", -30), new Move("a", 10), new Move("c", -4), new Move("d", 5));
  }

  @Test
  void anAppliedDecisionNeedsAnEvent() {
    assertThatThrownBy(() -> Decision.applied(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusalArgumentsKeepTheirOrderAndAreBounded() {
    Refusal refusal = Refusal.of(TillCode.INSUFFICIENT_BALANCE, "not enough")
        .with("balance", 30)
        .with("price", "x".repeat(1_000));

    assertThat(refusal.arguments().keySet()).containsExactly("balance", "price");
    assertThat(refusal.arguments().get("price")).hasSizeLessThan(100).endsWith("(1000 characters)");
    assertThat(refusal).hasToString("till.insufficient-balance: not enough");
    assertThatThrownBy(() -> refusal.with("balance", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Refusal(TillCode.INSUFFICIENT_BALANCE, Map.of("Bad Name", "1"), "d"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad Name");
  }

  @Test
  void keysAreTheFeatureAndTheConstantInKebabCase() {
    assertThat(TillCode.INSUFFICIENT_BALANCE.key()).isEqualTo("till.insufficient-balance");
    assertThatThrownBy(() -> RefusalCode.keyOf("Till", TillCode.INSUFFICIENT_BALANCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Till.insufficient-balance");
  }
}
