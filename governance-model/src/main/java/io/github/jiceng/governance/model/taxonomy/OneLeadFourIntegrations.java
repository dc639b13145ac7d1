package io.github.jiceng.governance.model.taxonomy;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The 一统领四融合 (one lead, four integrations) taxonomy as data: the community party
 * organization leads (一统领), and resident units, social organizations and paired units integrate
 * with the community in the ways listed; plus the community's service ideas (党建服务理念) as
 * tags.
 *
 * <p>The article names the mechanism but not its four integrations, so they are data:
 * {@link #ARTICLE} ships the default reading 共驻 co-residence, 共建 co-building, 共融
 * co-integration and 共享 co-sharing (from the article's "共驻共建共治共享" and "共驻共建、共融共享"),
 * and the five service ideas of 站北社区. A district configures its own, each integration at most
 * once.
 */
@Value.Immutable
public abstract class OneLeadFourIntegrations {

  /** The service ideas of 站北社区, in the article's order: tags, not types. */
  public static final List<String> ARTICLE_SERVICE_IDEAS = List.of("核心引领", "文化凝聚", "共融共享", "亲邻睦里", "智慧e家");

  /** The default reading of the article: four integrations and 站北社区's service ideas. */
  public static final OneLeadFourIntegrations ARTICLE = builder()
      .addIntegration(new IntegrationDefinition(Integration.CO_RESIDENCE, "共驻"))
      .addIntegration(new IntegrationDefinition(Integration.CO_BUILDING, "共建"))
      .addIntegration(new IntegrationDefinition(Integration.CO_INTEGRATION, "共融"))
      .addIntegration(new IntegrationDefinition(Integration.CO_SHARING, "共享"))
      .addAllServiceIdeas(ARTICLE_SERVICE_IDEAS)
      .build();

  OneLeadFourIntegrations() {}

  /** Returns a builder; at least one integration is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the version; a district raises it when it changes the taxonomy. Default 1. */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Returns the party-chain level whose organization leads, by default
   * {@code "COMMUNITY_PARTY_BRANCH"} (社区党支部).
   */
  @Value.Default
  public String leadLevel() {
    return "COMMUNITY_PARTY_BRANCH";
  }

  /** Returns the integrations in their order. */
  public abstract List<IntegrationDefinition> integrations();

  /** Returns the service ideas, as tags, in their order; may be empty. */
  public abstract List<String> serviceIdeas();

  /** Returns the integrations' keys in their order. */
  public final List<Integration> integrationKeys() {
    return integrations().stream().map(IntegrationDefinition::integration).toList();
  }

  @Value.Check
  final void check() {
    String subject = "OneLeadFourIntegrations[v" + version() + "]";
    List<Violation> violations = new ArrayList<>();
    if (version() < 1) {
      violations.add(new Violation(subject, "version", "version-positive",
          "the version is at least 1, was " + version())
              .with("value", version()));
    }
    if (leadLevel().isBlank()) {
      violations.add(new Violation(subject, "leadLevel", "level-present", "the lead needs a party-chain level key"));
    }
    if (integrations().isEmpty()) {
      violations.add(new Violation(subject, "integrations", "integrations-present",
          "a taxonomy needs at least one integration"));
    }
    Set<Integration> seen = new HashSet<>();
    for (IntegrationDefinition d : integrations()) {
      if (!seen.add(d.integration())) {
        violations.add(new Violation(subject, "integrations", "integration-unique",
            "integration " + d.integration() + " is defined twice"));
      }
    }
    Set<String> ideas = new HashSet<>();
    for (String idea : serviceIdeas()) {
      if (idea.isBlank() || idea.length() > 100) {
        violations.add(new Violation(subject, "serviceIdeas", "tag-length",
            "a service idea is 1-100 characters and not blank, was " + idea.length() + " characters").with("max", 100)
                .with("length", idea.length()));
      } else if (!ideas.add(idea)) {
        violations.add(new Violation(subject, "serviceIdeas", "tag-unique",
            "service idea " + idea + " is listed twice"));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link OneLeadFourIntegrations}; each attribute may be set once. */
  public static final class Builder extends ImmutableOneLeadFourIntegrations.Builder {
    Builder() {}
  }
}
