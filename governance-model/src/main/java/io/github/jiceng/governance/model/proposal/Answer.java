package io.github.jiceng.governance.model.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
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
      throw new DomainValidationException(new Violation("Answer", "text", "text-length",
          "an answer is 1-2000 characters and not blank, was " + text.length() + " characters").with("max", 2000)
              .with("length", text.length()));
    }
  }

  /** Returns the answer without its text, which may quote the resident. */
  @Override
  public String toString() {
    return "Answer[by=" + by + ", at=" + at + ", " + text.length() + " characters]";
  }
}
