package io.github.jiceng.governance.sim.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.report.ReportTexts;
import io.github.jiceng.governance.sim.report.RunMetrics;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two variants of one policy on the same scenario and seed: both runs see the same arrivals (each
 * generator has its own stream), so what differs is what the policy changed.
 */
final class PolicyComparisonTest {

  private static final Scenario SMALL = SyntheticScenarios.small();
  private static final SimulationOptions OPTIONS = SimulationOptions.defaults().withRetainedEvents(false);

  private static PolicyComparison.Difference named(PolicyComparison c, String prefix) {
    return c.differences().stream().filter(d -> d.metric().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void greedyAndOptimalMatchingSeeTheSameDemandsAndReportTheirDifferences() {
    PolicyComparison c = PolicyComparison.matching(SMALL, 5L, 60, OPTIONS);
    assertThat(c.firstRun().demandsRaised()).isEqualTo(c.secondRun().demandsRaised()).isPositive();
    assertThat(c.first().options().matching()).isEqualTo(MatchingMode.OPTIMAL);
    assertThat(c.second().options().matching()).isEqualTo(MatchingMode.GREEDY);
    assertThat(c.firstRun()).isEqualTo(RunMetrics.of(Simulator.run(SMALL, 5L, 60, OPTIONS)));
    assertThat(c.differences()).extracting(PolicyComparison.Difference::metric).anyMatch(m -> m.startsWith("service rate"))
        .anyMatch(m -> m.startsWith("mean wait")).anyMatch(m -> m.startsWith("points issued"))
        .anyMatch(m -> m.startsWith("fund paid out"));
    assertThat(ComparisonReport.render(c)).contains("A = optimal", "B = greedy", "办结率");
    assertThat(ComparisonReport.render(c, Language.EN)).contains("A = optimal", "B = greedy", "service rate");
  }

  @Test
  void aPointsPolicyChangesThePointsAndNothingElse() {
    PolicyComparison c = PolicyComparison.points(SMALL, PolicyVariants.withoutMemberCaps(RedStarPolicies.article()),
        9L, 120, OPTIONS);
    assertThat(named(c, "service rate").change()).isZero();
    assertThat(named(c, "mean wait").change()).isZero();
    assertThat(named(c, "fund paid out (burn)").change()).isZero();
    assertThat(named(c, "points issued (inflation)").change()).isPositive();
    assertThat(c.second().name()).isEqualTo("zhungeer-red-star@2");
  }

  @Test
  void aChannelPolicyMovesServicesBetweenChannels() {
    PolicyComparison c = PolicyComparison.channels(SMALL, PolicyVariants.undertakeFirst(), 11L, 60, OPTIONS);
    assertThat(c.firstRun().demandsRaised()).isEqualTo(c.secondRun().demandsRaised());
    assertThat(c.first().name()).isEqualTo("CLAIM>PURCHASE>UNDERTAKE");
    assertThat(c.second().name()).isEqualTo("UNDERTAKE>CLAIM>PURCHASE");
    assertThat(c.differences()).anyMatch(d -> d.change() != 0);
  }

  @Test
  void changesArePerMilleOfTheFirstValueRoundedHalfAwayFromZero() {
    assertThat(new PolicyComparison.Difference("x", "", 200, 300).changePerMille()).isEqualTo(500);
    assertThat(new PolicyComparison.Difference("x", "", 3, 2).changePerMille()).isEqualTo(-333);
    assertThat(new PolicyComparison.Difference("x", "", 2000, 1999).changePerMille()).isEqualTo(-1);
    assertThat(new PolicyComparison.Difference("x", "", 0, 5).changePerMille()).isZero();
  }

  @Test
  void channelPoliciesReadFromTheirTextForm() {
    ChannelPolicy p = PolicyVariants.parseChannels("claim:600>PURCHASE:300, undertake");
    assertThat(p.order()).containsExactly(Channel.CLAIM, Channel.PURCHASE, Channel.UNDERTAKE);
    assertThat(p.sharePerMille()).isEqualTo(Map.of(Channel.CLAIM, 600, Channel.PURCHASE, 300, Channel.UNDERTAKE, 1000));
    assertThat(PolicyComparison.describe(p)).isEqualTo("CLAIM:600>PURCHASE:300>UNDERTAKE");
    assertThatIllegalArgumentException().isThrownBy(() -> PolicyVariants.parseChannels("CLAIM>DONATE"))
        .withMessageContaining("no channel 'DONATE'");
    assertThatIllegalArgumentException().isThrownBy(() -> PolicyVariants.parseChannels("CLAIM:x"))
        .withMessageContaining("whole number");
  }
}
