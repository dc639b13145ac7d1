package io.github.jiceng.governance.model.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;

/**
 * The answer given to a proposal (答复).
 *
 * @param text what was done or decided, 1-2000 characters
 * @param by who answered
 * @param at when
 */
public record Answer(String text, PersonId by, Instant at) {

  /** Validates the answer. */
  public Answer {
    requireNonNull(text, "text");
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    if (text.isBlank() || text.length() > 2000) {
      throw new DomainValidationException("Answer", "text", "text-length",
          "an answer is 1-2000 characters and not blank, was " + text.length() + " characters");
    }
  }

  /** Returns the answer without its text, which may quote the resident. */
  @Override
  public String toString() {
    return "Answer[by=" + by + ", at=" + at + ", " + text.length() + " characters]";
  }
}
