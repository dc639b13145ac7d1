package io.github.jiceng.governance.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link GovernanceConfigurationException} into Boot's start-up failure report: the property, where
 * it was written, and what to do.
 */
final class GovernanceConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<GovernanceConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, GovernanceConfigurationException cause) {
    String description = "The governance setting '" + cause.property() + "' is invalid"
        + (cause.origin().isEmpty() ? "" : " (" + cause.origin() + ")") + ":\n\n    " + cause.getMessage();
    String action = "Correct '" + cause.property() + "'. Policies are written in YAML in the SDK's JSON shape (see the "
        + "JSON Schemas of governance-json); the rule '" + cause.rule() + "' is listed in the SDK's documentation.";
    return new FailureAnalysis(description, action, cause);
  }
}
