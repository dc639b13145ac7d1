package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;

/**
 * The two taxonomies a scenario works with: 一核五共 (one core, five co-) and 一统领四融合 (one lead,
 * four integrations). The value of the scenario's {@link ScenarioSection#TAXONOMY} section.
 *
 * @param oneCoreFiveCo the pillars and their mechanisms
 * @param oneLeadFourIntegrations the integrations and service ideas
 */
public record Taxonomies(OneCoreFiveCo oneCoreFiveCo, OneLeadFourIntegrations oneLeadFourIntegrations) {

  /** The article's practice: {@link OneCoreFiveCo#ARTICLE} and {@link OneLeadFourIntegrations#ARTICLE}. */
  public static final Taxonomies ARTICLE = new Taxonomies(OneCoreFiveCo.ARTICLE, OneLeadFourIntegrations.ARTICLE);

  /** Checks that neither taxonomy is null. */
  public Taxonomies {
    requireNonNull(oneCoreFiveCo, "oneCoreFiveCo");
    requireNonNull(oneLeadFourIntegrations, "oneLeadFourIntegrations");
  }
}
