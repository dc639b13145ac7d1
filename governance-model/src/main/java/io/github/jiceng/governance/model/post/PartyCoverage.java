package io.github.jiceng.governance.model.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;

/**
 * A binding of the party chain to the territory, both ways: every party organization of level
 * {@code partyLevel} covers at least one grid node of level {@code territorialLevel}, as every
 * compound party group (小区党小组) covers at least one compound (小区); and every grid node of
 * that level has such an organization on it or inside it, so that no compound is without a party
 * group (三级核心网格).
 *
 * @param partyLevel a level key of a party scheme, such as {@code "COMPOUND_PARTY_GROUP"}
 * @param territorialLevel a level key of the territorial scheme, such as {@code "COMPOUND"}
 */
public record PartyCoverage(String partyLevel, String territorialLevel) {

  /**
   * Validates the binding.
   *
   * @throws DomainValidationException if a key is blank
   */
  public PartyCoverage {
    requireNonNull(partyLevel, "partyLevel");
    requireNonNull(territorialLevel, "territorialLevel");
    if (partyLevel.isBlank() || territorialLevel.isBlank()) {
      throw new DomainValidationException("PartyCoverage[" + Excerpts.of(partyLevel) + "]", "partyLevel", "level-present",
          "a party coverage names both levels by key");
    }
  }
}
