package io.github.jiceng.governance.rules.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueCase;

/**
 * What a step on a {@link ClueRegister} did. Every outcome carries the register after the step;
 * it is the same register for {@link Unchanged} and {@link Refused}.
 */
public sealed interface ClueOutcome permits ClueOutcome.Changed, ClueOutcome.Unchanged, ClueOutcome.Refused {

  /** Returns the register after the step. */
  ClueRegister register();

  /**
   * The step was taken.
   *
   * @param register the register after it
   * @param clueCase the case after it
   */
  record Changed(ClueRegister register, ClueCase clueCase) implements ClueOutcome {

    /** Checks the parts are present. */
    public Changed {
      requireNonNull(register, "register");
      requireNonNull(clueCase, "clueCase");
    }
  }

  /**
   * The same step was already taken (the same clue collected again): nothing changed.
   *
   * @param register the unchanged register
   * @param clueCase the case as it stands
   */
  record Unchanged(ClueRegister register, ClueCase clueCase) implements ClueOutcome {

    /** Checks the parts are present. */
    public Unchanged {
      requireNonNull(register, "register");
      requireNonNull(clueCase, "clueCase");
    }
  }

  /**
   * The step was refused: nothing changed.
   *
   * @param register the unchanged register
   * @param refusal why
   */
  record Refused(ClueRegister register, ClueRefusal refusal) implements ClueOutcome {

    /** Checks the parts are present. */
    public Refused {
      requireNonNull(register, "register");
      requireNonNull(refusal, "refusal");
    }
  }
}
