package io.github.jiceng.governance.model.taxonomy;

import static java.util.Objects.requireNonNull;

/**
 * One pillar of a {@link OneCoreFiveCo} taxonomy with the mechanism that carries it out.
 *
 * @param pillar the pillar's key
 * @param name the pillar's display name, such as {@code "平安共管"}
 * @param mechanism the mechanism's key
 * @param mechanismName the mechanism's display name, such as {@code "网格小分队"}
 */
public record PillarDefinition(Pillar pillar, String name, Mechanism mechanism, String mechanismName) {

  /**
   * Validates the definition.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if a name is
   *     blank or longer than 100 characters
   */
  public PillarDefinition {
    requireNonNull(pillar, "pillar");
    requireNonNull(name, "name");
    requireNonNull(mechanism, "mechanism");
    requireNonNull(mechanismName, "mechanismName");
    Keys.checkName("PillarDefinition[" + pillar + "]", "name", name);
    Keys.checkName("PillarDefinition[" + pillar + "]", "mechanismName", mechanismName);
  }
}
