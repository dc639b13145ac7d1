package io.github.jiceng.governance.rules.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.Language;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RefusalMessagesTest {

  private final Refusal refusal = Refusal.of(DecisionAndRefusalTest.TillCode.INSUFFICIENT_BALANCE, "balance 3 < 5")
      .with("balance", 3);

  @Test
  void rendersTheTemplateOfTheCallersLanguage() {
    assertThat(RefusalMessages.of(Locale.SIMPLIFIED_CHINESE).render(refusal)).isEqualTo("余额 3 不足");
    assertThat(RefusalMessages.of(Locale.forLanguageTag("zh-Hans-SG")).render(refusal)).isEqualTo("余额 3 不足");
    assertThat(RefusalMessages.of(Locale.ENGLISH).render(refusal)).isEqualTo("balance 3 is too low");
  }

  @Test
  void refusesALanguageItHasNoTextsFor() {
    assertThatThrownBy(() -> RefusalMessages.of(Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr").hasMessageContaining("zh and en");
  }

  @Test
  void leavesAPlaceholderWithoutAnArgumentAsWritten() {
    Refusal bare = Refusal.of(DecisionAndRefusalTest.TillCode.INSUFFICIENT_BALANCE, "no numbers");

    assertThat(RefusalMessages.of(Language.EN).render(bare)).isEqualTo("balance {balance} is too low");
  }

  @Test
  void aCodeWithoutTextsRendersAsItsKeyAndDetail() {
    Refusal foreign = Refusal.of(() -> "host.own-rule", "the host's own rule");

    assertThat(RefusalMessages.of(Language.ZH).render(foreign)).isEqualTo("host.own-rule: the host's own rule");
  }
}
