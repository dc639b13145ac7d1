package io.github.jiceng.governance.model.taxonomy;

import static java.util.Objects.requireNonNull;

/**
 * One integration of a {@link OneLeadFourIntegrations} taxonomy with its display name.
 *
 * @param integration the integration's key
 * @param name its display name, such as {@code "共建"}
 */
public record IntegrationDefinition(Integration integration, String name) {

  /**
   * Validates the definition.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the name is
   *     blank or longer than 100 characters
   */
  public IntegrationDefinition {
    requireNonNull(integration, "integration");
    requireNonNull(name, "name");
    Keys.checkName("IntegrationDefinition[" + integration + "]", "name", name);
  }
}
