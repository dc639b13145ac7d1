package io.github.jiceng.governance.sim.report;

import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.clue.ClueEvent;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.clue.ClueRules;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stored clue cases taken back through the clue rules into a register: every step a case records,
 * in time order (on one instant: collect, screen, merge, reject, evaluate, decide, start,
 * complete; then by clue id), so that the register's summary is the rules' figure, not the
 * cases' own say. A case rejected at screening is rejected without being screened in. A step the
 * rules refuse is left out.
 */
final class ClueReplay {

  private static final ClueRules RULES = ClueRules.decider();

  private ClueReplay() {}

  private record Step(Instant at, int rank, String clue, ClueCommand command) {}

  /** Replays the cases into an empty register. */
  static ClueRegister register(List<ClueCase> cases) {
    List<Step> steps = new ArrayList<>();
    for (ClueCase c : cases) {
      String id = c.id().value();
      steps.add(new Step(c.clue().reportedAt(), 0, id, new ClueCommand.Collect(c.clue())));
      boolean rejectedAtScreening = c.rejection().isPresent() && c.evaluation().isEmpty();
      if (c.mergedInto().isPresent() && c.screenedAt().isPresent()) {
        Instant at = c.screenedAt().get();
        steps.add(new Step(at, 2, id, new ClueCommand.Merge(c.id(), c.mergedInto().get(), at)));
      } else if (c.screenedAt().isPresent() && !rejectedAtScreening) {
        Instant at = c.screenedAt().get();
        steps.add(new Step(at, 1, id, new ClueCommand.Screen(c.id(), at)));
      }
      c.rejection().ifPresent(why -> steps.add(new Step(why.at(), 3, id, new ClueCommand.Reject(c.id(), why))));
      c.evaluation().ifPresent(e -> steps.add(new Step(e.at(), 4, id, new ClueCommand.Evaluate(c.id(), e))));
      c.implementation().ifPresent(i -> steps.add(new Step(i.decidedAt(), 5, id, new ClueCommand.Decide(c.id(), i))));
      c.startedAt().ifPresent(at -> steps.add(new Step(at, 6, id, new ClueCommand.Start(c.id(), at))));
      c.completion().ifPresent(done -> steps.add(new Step(done.at(), 7, id, new ClueCommand.Complete(c.id(), done))));
    }
    steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::rank).thenComparing(Step::clue));
    ClueRegister register = ClueRegister.empty();
    for (Step s : steps) {
      Decision<ClueEvent> d = RULES.decide(s.command(), register);
      if (d instanceof Decision.Applied) {
        register = RULES.fold(register, d.events());
      }
    }
    return register;
  }
}
