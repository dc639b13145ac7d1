package io.github.jiceng.governance.model.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DecisionRuleTest {

  @Test
  void eachRuleAdoptsExactlyAtItsBoundary() {
    assertThat(DecisionRule.SIMPLE_MAJORITY.adopts(3, 7, 2)).isTrue();
    assertThat(DecisionRule.SIMPLE_MAJORITY.adopts(2, 6, 2)).isFalse();
    assertThat(DecisionRule.ABSOLUTE_MAJORITY.adopts(4, 7, 2)).isTrue();
    assertThat(DecisionRule.ABSOLUTE_MAJORITY.adopts(3, 6, 0)).isFalse();
    assertThat(DecisionRule.TWO_THIRDS.adopts(4, 6, 0)).isTrue();
    assertThat(DecisionRule.TWO_THIRDS.adopts(3, 5, 0)).isFalse();
    assertThat(DecisionRule.TWO_THIRDS.adopts(0, 0, 0)).isFalse();
    assertThat(DecisionRule.SIMPLE_MAJORITY.adopts(0, 3, 3)).isFalse();
  }

  @Test
  void onlyALeadUnitPledges() {
    assertThatThrownBy(() -> new Resolution(ResolutionId.of("r"), "修路", Optional.of(ProjectId.of("p")), Optional.empty(),
        Optional.of(Money.ofYuan("1")))).hasMessageContaining("pledge-by-lead-unit");
  }
}
