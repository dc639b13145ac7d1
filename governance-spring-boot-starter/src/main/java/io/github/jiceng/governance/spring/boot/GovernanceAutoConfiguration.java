package io.github.jiceng.governance.spring.boot;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import io.github.jiceng.governance.rules.clue.ClueRules;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import io.github.jiceng.governance.rules.deliberation.DeliberationRules;
import io.github.jiceng.governance.rules.fund.FundRules;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.post.PostRules;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import io.github.jiceng.governance.rules.service.DemandRules;
import io.github.jiceng.governance.rules.volunteer.VolunteerRules;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.env.Environment;

/**
 * The SDK's rules and policies as beans (规则与政策).
 *
 * <p>Each policy is read from {@code application.yml} in the SDK's JSON shape, or is the SDK's
 * documented default when absent; a bad one stops the application with a {@link
 * GovernanceConfigurationException} naming the property. Every bean backs off when the
 * application defines its own of the same type.
 *
 * <table>
 *   <caption>Beans</caption>
 *   <tr><th>bean</th><th>from</th><th>default</th></tr>
 *   <tr><td>{@link PointsPolicy}</td><td>{@code governance.points.policy}</td><td>{@link
 *       RedStarPolicies#article()}</td></tr>
 *   <tr><td>{@link ServiceCatalogue}</td><td>{@code governance.points.services}</td><td>empty</td></tr>
 *   <tr><td>{@link HandlingPolicy}</td><td>{@code governance.proposals.handling-policy}</td><td>{@link
 *       HandlingPolicy#streetDefault()}</td></tr>
 *   <tr><td>{@link ChannelPolicy}</td><td>{@code governance.matching.channel-policy}</td><td>{@link
 *       ChannelPolicy#standard()}</td></tr>
 *   <tr><td>{@link FundSetup} and {@link FundRules}</td><td>{@code governance.fund} (a fund with its
 *       disbursement policy, like a scenario's {@code fund})</td><td>none</td></tr>
 *   <tr><td>{@link ProposalRules}</td><td>the application's {@link GridHierarchy} bean</td><td>none</td></tr>
 *   <tr><td>{@link PointsRules}, {@link DemandRules}, {@link VolunteerRules} (on {@link
 *       WorkingCalendars#mainlandChina()}), {@link ClueRules}, {@link PostRules}, {@link
 *       DeliberationRules}, {@link GovernanceMatching}</td><td>the beans above</td><td></td></tr>
 *   <tr><td>{@link RefusalMessages}, {@link ValidationMessages}</td><td>{@code governance.locale}</td><td>zh-CN</td></tr>
 * </table>
 */
@AutoConfiguration
@EnableConfigurationProperties(GovernanceProperties.class)
public class GovernanceAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public GovernanceAutoConfiguration() {
  }

  /**
   * Returns the configured language.
   *
   * @throws GovernanceConfigurationException naming {@code governance.locale} if it is neither
   *     Chinese nor English
   */
  static Language language(GovernanceProperties properties) {
    Locale locale = properties.getLocale();
    if (locale == null || !(locale.getLanguage().equals("zh") || locale.getLanguage().equals("en"))) {
      throw new GovernanceConfigurationException("governance.locale", "", "locale.supported",
          StarterTexts.text(Language.EN, "locale.supported", Map.of("value", locale == null ? "" : locale.toLanguageTag())), null);
    }
    return Language.of(locale);
  }

  private static PolicyDocuments documents(Environment environment, GovernanceProperties properties) {
    return new PolicyDocuments(environment, language(properties));
  }

  /**
   * The refusal texts in the configured language.
   *
   * @param properties the settings
   * @return the renderer
   */
  @Bean
  @ConditionalOnMissingBean
  public RefusalMessages governanceRefusalMessages(GovernanceProperties properties) {
    return RefusalMessages.of(language(properties));
  }

  /**
   * The validation and format error texts in the configured language.
   *
   * @param properties the settings
   * @return the renderer
   */
  @Bean
  @ConditionalOnMissingBean
  public ValidationMessages governanceValidationMessages(GovernanceProperties properties) {
    return ValidationMessages.of(language(properties)).including(GovernanceFormatException.class);
  }

  /**
   * The red-star points policy.
   *
   * @param environment the configuration
   * @param properties the settings
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public PointsPolicy governancePointsPolicy(Environment environment, GovernanceProperties properties) {
    return documents(environment, properties).read("governance.points.policy", PointsPolicy.class)
        .orElseGet(RedStarPolicies::article);
  }

  /**
   * The services members may redeem points for.
   *
   * @param environment the configuration
   * @param properties the settings
   * @return the catalogue
   */
  @Bean
  @ConditionalOnMissingBean
  public ServiceCatalogue governanceServiceCatalogue(Environment environment, GovernanceProperties properties) {
    return documents(environment, properties).read("governance.points.services", ServiceCatalogue.class)
        .orElseGet(ServiceCatalogue::of);
  }

  /**
   * The points rules.
   *
   * @param policy the policy
   * @param services the catalogue
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  public PointsRules governancePointsRules(PointsPolicy policy, ServiceCatalogue services) {
    return PointsRules.of(policy, services);
  }

  /**
   * The proposal handling policy (deadlines and escalation).
   *
   * @param environment the configuration
   * @param properties the settings
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public HandlingPolicy governanceHandlingPolicy(Environment environment, GovernanceProperties properties) {
    return documents(environment, properties).read("governance.proposals.handling-policy", HandlingPolicy.class)
        .orElseGet(HandlingPolicy::streetDefault);
  }

  /**
   * The proposal rules over the application's grid hierarchy.
   *
   * @param hierarchy the application's hierarchy
   * @param policy the handling policy
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(GridHierarchy.class)
  public ProposalRules governanceProposalRules(GridHierarchy hierarchy, HandlingPolicy policy) {
    return ProposalRules.of(hierarchy, policy);
  }

  /**
   * The channel policy of matching (claim, purchase, undertake).
   *
   * @param environment the configuration
   * @param properties the settings
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public ChannelPolicy governanceChannelPolicy(Environment environment, GovernanceProperties properties) {
    return documents(environment, properties).read("governance.matching.channel-policy", ChannelPolicy.class)
        .orElseGet(ChannelPolicy::standard);
  }

  /**
   * The co-building fund configured under {@code governance.fund}, with its disbursement policy.
   *
   * @param environment the configuration
   * @param properties the settings
   * @return the fund
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(FundConfigured.class)
  public FundSetup governanceFund(Environment environment, GovernanceProperties properties) {
    return documents(environment, properties).read("governance.fund", FundSetup.class).orElseThrow();
  }

  /**
   * The fund rules of the application's fund.
   *
   * @param fund the fund and its policy
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(FundSetup.class)
  public FundRules governanceFundRules(FundSetup fund) {
    return FundRules.of(fund.fund(), fund.policy());
  }

  /**
   * The demand lifecycle rules.
   *
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  public DemandRules governanceDemandRules() {
    return DemandRules.standard();
  }

  /**
   * The working calendar for the volunteer record deadline: mainland China's official one.
   *
   * @return the calendar
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkingCalendar governanceWorkingCalendar() {
    return WorkingCalendars.mainlandChina();
  }

  /**
   * The volunteer service record rules.
   *
   * @param calendar the working calendar
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  public VolunteerRules governanceVolunteerRules(WorkingCalendar calendar) {
    return VolunteerRules.of(calendar);
  }

  /**
   * The issue clue rules.
   *
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  public ClueRules governanceClueRules() {
    return ClueRules.decider();
  }

  /**
   * The post and acting-holder rules.
   *
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  public PostRules governancePostRules() {
    return PostRules.decider();
  }

  /**
   * The deliberation rules.
   *
   * @return the rules
   */
  @Bean
  @ConditionalOnMissingBean
  public DeliberationRules governanceDeliberationRules() {
    return DeliberationRules.decider();
  }

  /**
   * The matcher; timed by Micrometer when the metrics configuration supplies its own.
   *
   * @return the matcher
   */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceMatching governanceMatching() {
    return new GovernanceMatching((mode, nanos) -> { });
  }

  /** Matches when the configuration has a fund under {@code governance.fund}. */
  static final class FundConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return PolicyDocuments.defines(context.getEnvironment(), "governance.fund");
    }
  }
}
