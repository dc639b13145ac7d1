package io.github.jiceng.governance.rules.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * A step asked of a clue register (线索办理指令), decided by {@link ClueRules}. Each command
 * checks its parts when it is made: a null part throws a {@code NullPointerException} naming it,
 * and an instant outside {@link TimeLimits} a {@code DomainValidationException} (rule {@code
 * instant-range}).
 */
public sealed interface ClueCommand permits ClueCommand.Collect, ClueCommand.Screen, ClueCommand.Merge,
    ClueCommand.Reject, ClueCommand.Evaluate, ClueCommand.Decide, ClueCommand.Start, ClueCommand.Complete {

  /** Returns the clue the step is about: the collected one, or the duplicate of a merge. */
  ClueId clueId();

  /** Returns when the step is taken. */
  Instant at();

  /**
   * Collects a reported clue (收集); collecting the same clue again changes nothing.
   *
   * @param clue the clue
   */
  record Collect(IssueClue clue) implements ClueCommand {
    /** Checks the clue is present and reported within {@code TimeLimits}. */
    public Collect {
      requireNonNull(clue, "clue");
      TimeLimits.check("IssueClue[" + clue.id() + "]", "reportedAt", clue.reportedAt());
    }

    @Override
    public ClueId clueId() {
      return clue.id();
    }

    @Override
    public Instant at() {
      return clue.reportedAt();
    }
  }

  /**
   * Accepts a collected clue at screening (归类筛选).
   *
   * @param clue the clue
   * @param at when
   */
  record Screen(ClueId clue, Instant at) implements ClueCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Screen {
      requireNonNull(clue, "clue");
      TimeLimits.check("ClueCommand.Screen", "at", requireNonNull(at, "at"));
    }

    @Override
    public ClueId clueId() {
      return clue;
    }
  }

  /**
   * Merges a duplicate into the clue about the same problem (合并重复线索), which must be screened
   * in and not yet completed; the duplicate must be collected or screened and have no duplicates
   * of its own.
   *
   * @param duplicate the clue merged away
   * @param primary the clue it joins
   * @param at when
   */
  record Merge(ClueId duplicate, ClueId primary, Instant at) implements ClueCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Merge {
      requireNonNull(duplicate, "duplicate");
      requireNonNull(primary, "primary");
      TimeLimits.check("ClueCommand.Merge", "at", requireNonNull(at, "at"));
    }

    @Override
    public ClueId clueId() {
      return duplicate;
    }
  }

  /**
   * Rejects a collected, screened or evaluated clue, with a reason (不予立项).
   *
   * @param clue the clue
   * @param rejection the reason and when
   */
  record Reject(ClueId clue, ClueRejection rejection) implements ClueCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Reject {
      requireNonNull(clue, "clue");
      requireNonNull(rejection, "rejection");
      TimeLimits.check("ClueCommand.Reject", "at", rejection.at());
    }

    @Override
    public ClueId clueId() {
      return clue;
    }

    @Override
    public Instant at() {
      return rejection.at();
    }
  }

  /**
   * Records the survey and evaluation of a screened clue (调研评估); evaluating again before a
   * decision replaces it.
   *
   * @param clue the clue
   * @param evaluation the evaluation
   */
  record Evaluate(ClueId clue, Evaluation evaluation) implements ClueCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Evaluate {
      requireNonNull(clue, "clue");
      requireNonNull(evaluation, "evaluation");
      TimeLimits.check("ClueCommand.Evaluate", "at", evaluation.at());
    }

    @Override
    public ClueId clueId() {
      return clue;
    }

    @Override
    public Instant at() {
      return evaluation.at();
    }
  }

  /**
   * Decides how an evaluated clue is solved (决策立项); the project id must not be another clue's.
   *
   * @param clue the clue
   * @param implementation the way and the project
   */
  record Decide(ClueId clue, Implementation implementation) implements ClueCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Decide {
      requireNonNull(clue, "clue");
      requireNonNull(implementation, "implementation");
      TimeLimits.check("ClueCommand.Decide", "at", implementation.decidedAt());
    }

    @Override
    public ClueId clueId() {
      return clue;
    }

    @Override
    public Instant at() {
      return implementation.decidedAt();
    }
  }

  /**
   * Records the start of a decided clue's project (项目实施).
   *
   * @param clue the clue
   * @param at when
   */
  record Start(ClueId clue, Instant at) implements ClueCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Start {
      requireNonNull(clue, "clue");
      TimeLimits.check("ClueCommand.Start", "at", requireNonNull(at, "at"));
    }

    @Override
    public ClueId clueId() {
      return clue;
    }
  }

  /**
   * Records the completion of a clue's project that is in progress (办结).
   *
   * @param clue the clue
   * @param completion when and how many residents were served
   */
  record Complete(ClueId clue, Completion completion) implements ClueCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Complete {
      requireNonNull(clue, "clue");
      requireNonNull(completion, "completion");
      TimeLimits.check("ClueCommand.Complete", "at", completion.at());
    }

    @Override
    public ClueId clueId() {
      return clue;
    }

    @Override
    public Instant at() {
      return completion.at();
    }
  }
}
