package io.github.jiceng.governance.model.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;

/**
 * The rejection of a clue (不予立项), at screening or after its survey.
 *
 * @param reason why
 * @param explanation what the reporter is told, 1-200 characters; no personal data
 * @param at when it was decided
 */
public record ClueRejection(RejectionReason reason, String explanation, Instant at) {

  /** Validates the rejection. */
  public ClueRejection {
    requireNonNull(reason, "reason");
    requireNonNull(explanation, "explanation");
    requireNonNull(at, "at");
    if (explanation.isBlank() || explanation.length() > 200) {
      throw new DomainValidationException(new Violation("ClueRejection", "explanation", "explanation-length",
          "an explanation is 1-200 characters and not blank, was " + explanation.length() + " characters")
              .with("max", 200).with("length", explanation.length()));
    }
  }
}
