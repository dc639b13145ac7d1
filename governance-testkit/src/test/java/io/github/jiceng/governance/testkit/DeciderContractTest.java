package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeciderContractTest {

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
  void aLawfulRuleReachesEveryVariantAndPasses() {
    DeciderContract.Run run = DeciderContract.run("till", new TillRule(), moves());

    assertThat(run).isEqualTo(new DeciderContract.Run(3, 1, 1, 3, List.of("till.insufficient-balance")));
  }

  @Test
  void aTallySumsItsRunsAndPassesOnlyWhenEveryVariantAndCodeWasReached() {
    DeciderContract.Tally tally = new DeciderContract.Tally()
        .add(DeciderContract.run("deposits only", new TillRule(), List.of(new Move("a", 10), new Move("a", 10))));

    assertThatThrownBy(() -> tally.assertReachedEveryVariantAndCode(TillCode.values()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("refused commands over 1 run(s)");

    tally.add(DeciderContract.run("till", new TillRule(), moves()));

    assertThat(tally.runs()).isEqualTo(2);
    assertThat(tally.applied()).isEqualTo(1 + 3);
    assertThat(tally.unchanged()).isEqualTo(1 + 1);
    assertThat(tally.refused()).isEqualTo(1);
    assertThat(tally.refusalKeys()).containsExactly("till.insufficient-balance");
    tally.assertReachedEveryVariantAndCode(TillCode.values());
    assertThatThrownBy(() -> tally.assertReachedEveryVariantAndCode())
        .isInstanceOf(AssertionError.class).hasMessageContaining("refusal codes reached");
  }

  @Test
  void aRuleWhoseBulkReplayDisagreesWithEvolveFails() {
    TillRule skewed = new TillRule() {
      @Override
      public Till fold(Till state, Iterable<? extends Move> events) {
        Till folded = super.fold(state, events);
        return new Till(folded.balance() + 1, folded.ids());
      }
    };

    assertThatThrownBy(() -> DeciderContract.run("skewed", skewed, moves())).isInstanceOf(AssertionError.class);
  }

  /** A mutable state, as a careless rule might keep. */
  static final class Tally {
    long total;
    int refusals;

    @Override
    public boolean equals(Object o) {
      return o instanceof Tally t && t.total == total && t.refusals == refusals;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(total) * 31 + refusals;
    }

    @Override
    public String toString() {
      return "Tally[" + total + ", " + refusals + "]";
    }
  }

  @Test
  void aRuleWhoseRefusalLeavesATraceFails() {
    Decider<Move, Tally, Move> leaky = new Decider<>() {
      @Override
      public Tally initialState() {
        return new Tally();
      }

      @Override
      public Decision<Move> decide(Move command, Tally state) {
        if (state.total + command.amount() < 0) {
          state.refusals++;
          return Decision.refused(Refusal.of(TillCode.INSUFFICIENT_BALANCE, "not enough"));
        }
        return Decision.applied(command);
      }

      @Override
      public Tally evolve(Tally state, Move event) {
        Tally next = new Tally();
        next.total = state.total + event.amount();
        next.refusals = state.refusals;
        return next;
      }
    };

    assertThatThrownBy(() -> DeciderContract.run("leaky", leaky, moves()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("decide changed the state it read");
  }
}
