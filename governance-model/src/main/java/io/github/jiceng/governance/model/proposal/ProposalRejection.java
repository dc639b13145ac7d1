package io.github.jiceng.governance.model.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * The reason a proposal was not taken up, and what the resident is told.
 *
 * @param reason the reason
 * @param explanation what the resident is told, 1-500 characters
 */
public record ProposalRejection(ProposalRejectionReason reason, String explanation) {

  /** Validates the rejection. */
  public ProposalRejection {
    requireNonNull(reason, "reason");
    requireNonNull(explanation, "explanation");
    if (explanation.isBlank() || explanation.length() > 500) {
      throw new DomainValidationException(new Violation("ProposalRejection", "explanation", "explanation-length",
          "an explanation is 1-500 characters and not blank, was " + explanation.length() + " characters")
              .with("max", 500).with("length", explanation.length()));
    }
  }
}
