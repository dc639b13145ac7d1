package io.github.jiceng.governance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import io.github.jiceng.governance.rules.fund.FundRules;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Policies written in {@code application.yml} in the SDK's JSON shape become beans, read by the
 * SDK's strict codecs; a bad one stops the application naming the property and its line.
 */
class PoliciesFromConfigurationTest {

  @TempDir
  Path dir;

  private ConfigurableApplicationContext start(String yaml, Class<?>... more) {
    List<Class<?>> sources = new java.util.ArrayList<>(List.of(PlainApp.class));
    sources.addAll(List.of(more));
    return Apps.start(false, sources, "spring.config.location=" + Fixtures.yaml(dir, "application", yaml));
  }

  @Test
  void withNothingConfiguredTheSdksDocumentedDefaultsAreTheBeans() {
    try (ConfigurableApplicationContext app = start("spring.main.banner-mode: off\n")) {
      assertThat(app.getBean(PointsPolicy.class)).isEqualTo(RedStarPolicies.article());
      assertThat(app.getBean(HandlingPolicy.class)).isEqualTo(HandlingPolicy.streetDefault());
      assertThat(app.getBean(ChannelPolicy.class)).isEqualTo(ChannelPolicy.standard());
      assertThat(app.getBean(PointsRules.class)).isNotNull();
      assertThat(app.getBean(RefusalMessages.class).language()).isEqualTo(Language.ZH);
      assertThat(app.getBeanProvider(FundRules.class).getIfAvailable()).isNull();
      assertThat(app.getBeanProvider(ProposalRules.class).getIfAvailable()).isNull();
    }
  }

  @Test
  void policiesWrittenAsYamlBlocksBecomeTheBeans() {
    String yaml = """
        governance:
          locale: en
          proposals:
            handling-policy:
              label: county-2026
              deadlines:
                RECEIVED: PT12H
                ACCEPTED: PT24H
              escalationInterval: PT48H
              feedbackWindow: PT72H
              maxReopens: 2
          matching:
            channel-policy:
              order: [PURCHASE, CLAIM]
              sharePerMille:
                PURCHASE: 400
        """;
    try (ConfigurableApplicationContext app = start(yaml)) {
      HandlingPolicy handling = app.getBean(HandlingPolicy.class);
      assertThat(handling.label()).isEqualTo("county-2026");
      assertThat(handling.deadline(ProposalState.RECEIVED)).contains(Duration.ofHours(12));
      assertThat(handling.escalationInterval()).isEqualTo(Duration.ofHours(48));
      assertThat(handling.maxReopens()).isEqualTo(2);
      ChannelPolicy channels = app.getBean(ChannelPolicy.class);
      assertThat(channels.order()).containsExactly(Channel.PURCHASE, Channel.CLAIM);
      assertThat(channels.sharePerMille()).containsEntry(Channel.PURCHASE, 400);
      assertThat(app.getBean(RefusalMessages.class).language()).isEqualTo(Language.EN);
    }
  }

  @Test
  void aWholePolicyInTheSdksJsonReadsBackEqual() {
    // YAML reads JSON as flow style: the scenario file's pointsPolicy section, pasted as is.
    String yaml = "governance:\n  points:\n    policy: " + Fixtures.json(RedStarPolicies.article()) + "\n"
        + "  fund: " + Fixtures.json(Fixtures.FUND_SETUP) + "\n";
    try (ConfigurableApplicationContext app = start(yaml)) {
      assertThat(app.getBean(PointsPolicy.class)).isEqualTo(RedStarPolicies.article());
      assertThat(app.getBean(FundSetup.class)).isEqualTo(Fixtures.FUND_SETUP);
      assertThat(app.getBean(FundRules.class).initialState().fund()).isEqualTo(Fixtures.FUND);
    }
  }

  @Test
  void aPolicyMayBeJsonTextInOneProperty() {
    try (ConfigurableApplicationContext app = Apps.start(false, List.of(PlainApp.class),
        "governance.fund=" + Fixtures.json(Fixtures.FUND_SETUP))) {
      assertThat(app.getBean(FundSetup.class)).isEqualTo(Fixtures.FUND_SETUP);
    }
  }

  @Test
  void aValueOfTheWrongKindStopsTheApplicationNamingThePropertyAndItsLine() {
    String yaml = """
        governance:
          proposals:
            handling-policy:
              label: county-2026
              deadlines:
                RECEIVED: PT12H
              escalationInterval: soon
              feedbackWindow: PT72H
        """;
    assertThatThrownBy(() -> start(yaml))
        .hasRootCauseInstanceOf(io.github.jiceng.governance.json.GovernanceFormatException.class)
        .satisfies(e -> {
          GovernanceConfigurationException error = find(e);
          assertThat(error.property()).isEqualTo("governance.proposals.handling-policy.escalationInterval");
          assertThat(error.origin()).contains("application.yml").contains("7:");
          assertThat(error.getMessage()).contains("governance.proposals.handling-policy.escalationInterval");
          FailureAnalysis analysis = new GovernanceConfigurationFailureAnalyzer().analyze(e);
          assertThat(analysis.getDescription()).contains("governance.proposals.handling-policy.escalationInterval");
          assertThat(analysis.getAction()).contains("Correct");
        });
  }

  @Test
  void aPolicyTheModelRefusesStopsTheApplicationWithTheModelsRule() {
    String yaml = """
        governance:
          proposals:
            handling-policy:
              label: county-2026
              deadlines:
                RECEIVED: PT12H
              escalationInterval: PT0S
              feedbackWindow: PT72H
        """;
    assertThatThrownBy(() -> start(yaml)).satisfies(e -> {
      GovernanceConfigurationException error = find(e);
      assertThat(error.property()).startsWith("governance.proposals.handling-policy");
      assertThat(error.rule()).isNotBlank();
      assertThat(error.getMessage()).contains("escalationInterval");
    });
  }

  @Test
  void anUnsupportedLocaleStopsTheApplicationNamingTheProperty() {
    assertThatThrownBy(() -> start("governance:\n  locale: fr\n")).satisfies(e -> {
      GovernanceConfigurationException error = find(e);
      assertThat(error.property()).isEqualTo("governance.locale");
      assertThat(error.getMessage()).contains("zh-CN").contains("fr");
    });
  }

  @Test
  void theApplicationsOwnBeansWinAndProposalRulesFollowItsGrid() {
    try (ConfigurableApplicationContext app = start("spring.main.banner-mode: off\n", OwnBeans.class)) {
      assertThat(app.getBean(HandlingPolicy.class).label()).isEqualTo("own");
      assertThat(app.getBean(ProposalRules.class)).isNotNull();
    }
    assertThatThrownBy(() -> {
      try (ConfigurableApplicationContext app = start("spring.main.banner-mode: off\n")) {
        app.getBean(ProposalRules.class);
      }
    }).isInstanceOf(NoSuchBeanDefinitionException.class);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean
    HandlingPolicy ownHandling() {
      return HandlingPolicy.builder().label("own").putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
          .escalationInterval(Duration.ofDays(3)).feedbackWindow(Duration.ofDays(7)).build();
    }

    @Bean
    GridHierarchy grids() {
      return Fixtures.grids();
    }
  }

  private static GovernanceConfigurationException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GovernanceConfigurationException found) {
        return found;
      }
    }
    throw new AssertionError("no GovernanceConfigurationException in " + e, e);
  }
}
