package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import java.util.ArrayList;
import java.util.List;

/** Splits a mixed sequence into its valid commands and its refusable ones by running the rules. */
final class CommandGenerators {

  private CommandGenerators() {}

  static <C, S, E> List<C> valid(Decider<C, S, E> rules, List<? extends C> commands) {
    List<C> out = new ArrayList<>();
    S state = rules.initialState();
    for (C command : commands) {
      if (rules.decide(command, state) instanceof Decision.Applied<E> applied) {
        out.add(command);
        state = rules.fold(state, applied.events());
      }
    }
    return out;
  }

  static <C, S, E> List<CommandGenerator.Refusable<C>> invalid(Decider<C, S, E> rules, List<? extends C> commands) {
    List<C> valid = new ArrayList<>();
    List<CommandGenerator.Refusable<C>> out = new ArrayList<>();
    S state = rules.initialState();
    for (C command : commands) {
      Decision<E> decision = rules.decide(command, state);
      if (decision instanceof Decision.Applied<E> applied) {
        valid.add(command);
        state = rules.fold(state, applied.events());
      } else if (decision instanceof Decision.Refused<E> refused) {
        out.add(new CommandGenerator.Refusable<>(valid, command, refused.refusal().code()));
      }
    }
    return out;
  }
}
