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
 * A step taken on a clue register (线索办理事件): what {@link ClueRules} decided, and what a
 * register's state is folded from. Each event checks its parts when it is made, as the commands
 * do: a null part throws a {@code NullPointerException} naming it, and an instant outside {@link
 * TimeLimits} a {@code DomainValidationException} (rule {@code instant-range}).
 */
public sealed interface ClueEvent permits ClueEvent.Collected, ClueEvent.Screened, ClueEvent.Merged,
    ClueEvent.Rejected, ClueEvent.Evaluated, ClueEvent.Decided, ClueEvent.Started, ClueEvent.Completed {

  /** Returns the clue the step was about: the collected one, or the duplicate of a merge. */
  ClueId clueId();

  /** Returns when the step was taken. */
  Instant at();

  /**
   * A reported clue was collected (收集).
   *
   * @param clue the clue
   */
  record Collected(IssueClue clue) implements ClueEvent {
    /** Checks the clue is present and reported within {@code TimeLimits}. */
    public Collected {
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
   * A collected clue was accepted at screening (归类筛选).
   *
   * @param clue the clue
   * @param at when
   */
  record Screened(ClueId clue, Instant at) implements ClueEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Screened {
      requireNonNull(clue, "clue");
      TimeLimits.check("ClueEvent.Screened", "at", requireNonNull(at, "at"));
    }

    @Override
    public ClueId clueId() {
      return clue;
    }
  }

  /**
   * A duplicate was merged into the clue about the same problem (合并重复线索).
   *
   * @param duplicate the clue merged away
   * @param primary the clue it joins
   * @param at when
   */
  record Merged(ClueId duplicate, ClueId primary, Instant at) implements ClueEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Merged {
      requireNonNull(duplicate, "duplicate");
      requireNonNull(primary, "primary");
      TimeLimits.check("ClueEvent.Merged", "at", requireNonNull(at, "at"));
    }

    @Override
    public ClueId clueId() {
      return duplicate;
    }
  }

  /**
   * A clue was rejected, with a reason (不予立项).
   *
   * @param clue the clue
   * @param rejection the reason and when
   */
  record Rejected(ClueId clue, ClueRejection rejection) implements ClueEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Rejected {
      requireNonNull(clue, "clue");
      requireNonNull(rejection, "rejection");
      TimeLimits.check("ClueEvent.Rejected", "at", rejection.at());
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
   * A clue was surveyed and evaluated (调研评估); a later evaluation replaces an earlier one.
   *
   * @param clue the clue
   * @param evaluation the evaluation
   */
  record Evaluated(ClueId clue, Evaluation evaluation) implements ClueEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Evaluated {
      requireNonNull(clue, "clue");
      requireNonNull(evaluation, "evaluation");
      TimeLimits.check("ClueEvent.Evaluated", "at", evaluation.at());
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
   * How a clue is solved was decided (决策立项).
   *
   * @param clue the clue
   * @param implementation the way and the project
   */
  record Decided(ClueId clue, Implementation implementation) implements ClueEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Decided {
      requireNonNull(clue, "clue");
      requireNonNull(implementation, "implementation");
      TimeLimits.check("ClueEvent.Decided", "at", implementation.decidedAt());
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
   * A clue's project started (项目实施).
   *
   * @param clue the clue
   * @param at when
   */
  record Started(ClueId clue, Instant at) implements ClueEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Started {
      requireNonNull(clue, "clue");
      TimeLimits.check("ClueEvent.Started", "at", requireNonNull(at, "at"));
    }

    @Override
    public ClueId clueId() {
      return clue;
    }
  }

  /**
   * A clue's project was completed (办结).
   *
   * @param clue the clue
   * @param completion when and how many residents were served
   */
  record Completed(ClueId clue, Completion completion) implements ClueEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Completed {
      requireNonNull(clue, "clue");
      requireNonNull(completion, "completion");
      TimeLimits.check("ClueEvent.Completed", "at", completion.at());
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
