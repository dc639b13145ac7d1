package io.github.jiceng.governance.seeds;

import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.clue.ClueEvent;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.clue.ClueRules;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fund.FundBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Stored records taken back through the rules: a fund's pledges and ledger recorded one by one into a
 * book, and clue cases replayed step by step into a register. A step the rules refuse fails.
 */
final class Replay {

  private Replay() {}

  /** Records the pledges, then the entries, into a new book of the fund under the policy; fails if the rules refuse one. */
  static FundBook fundBook(Fund fund, DisbursementPolicy policy, List<Pledge> pledges, List<LedgerEntry> entries) {
    FundBook book = FundBook.open(fund, policy);
    for (Pledge p : pledges) {
      FundBook.Step pledged = book.pledge(p);
      if (pledged.decision().isRefused()) {
        throw new AssertionError("the rules refuse the stored pledge: " + pledged.decision());
      }
      book = pledged.book();
    }
    FundBook.Step o = book.recordAll(entries);
    if (o.decision().isRefused()) {
      throw new AssertionError("the rules refuse the stored ledger: " + o.decision());
    }
    return o.book();
  }

  private record Step(Instant at, int rank, String clue, UnaryOperator<ClueRegister> apply) {}

  /**
   * Replays every decision the cases record, in time order (on one instant: collect, screen,
   * merge, reject, evaluate, decide, start, complete; then by clue id), into an empty register.
   */
  static ClueRegister clueRegister(List<ClueCase> cases) {
    List<Step> steps = new ArrayList<>();
    for (ClueCase c : cases) {
      String id = c.id().value();
      steps.add(new Step(c.clue().reportedAt(), 0, id, r -> check(r, new ClueCommand.Collect(c.clue()))));
      boolean rejectedAtScreening = c.rejection().isPresent() && c.evaluation().isEmpty();
      if (c.mergedInto().isPresent()) {
        Instant at = c.screenedAt().orElseThrow();
        steps.add(new Step(at, 2, id, r -> check(r, new ClueCommand.Merge(c.id(), c.mergedInto().get(), at))));
      } else if (c.screenedAt().isPresent() && !rejectedAtScreening) {
        Instant at = c.screenedAt().get();
        steps.add(new Step(at, 1, id, r -> check(r, new ClueCommand.Screen(c.id(), at))));
      }
      c.rejection().ifPresent(why -> steps.add(new Step(why.at(), 3, id, r -> check(r, new ClueCommand.Reject(c.id(), why)))));
      c.evaluation().ifPresent(e -> steps.add(new Step(e.at(), 4, id, r -> check(r, new ClueCommand.Evaluate(c.id(), e)))));
      c.implementation().ifPresent(i -> steps.add(new Step(i.decidedAt(), 5, id, r -> check(r, new ClueCommand.Decide(c.id(), i)))));
      c.startedAt().ifPresent(at -> steps.add(new Step(at, 6, id, r -> check(r, new ClueCommand.Start(c.id(), at)))));
      c.completion().ifPresent(done -> steps.add(new Step(done.at(), 7, id, r -> check(r, new ClueCommand.Complete(c.id(), done)))));
    }
    steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::rank).thenComparing(Step::clue));
    ClueRegister register = ClueRegister.empty();
    for (Step s : steps) {
      register = s.apply().apply(register);
    }
    return register;
  }

  private static ClueRegister check(ClueRegister r, ClueCommand command) {
    Decision<ClueEvent> d = ClueRules.decider().decide(command, r);
    if (!(d instanceof Decision.Applied)) {
      throw new AssertionError("the rules refuse a stored clue step: " + d);
    }
    return ClueRules.decider().fold(r, d.events());
  }
}
