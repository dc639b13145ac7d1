package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * A format error about a limit or a choice carries the numbers and the choices as named values,
 * and both languages' texts show them: the Chinese line is as specific as the English detail.
 */
class FormatErrorsCarryTheirValuesTest {

  private static final String HANDLING = "{\"label\": %s, \"deadlines\": {\"RECEIVED\": \"PT12H\"}, "
      + "\"escalationInterval\": \"PT48H\", \"feedbackWindow\": \"PT72H\", \"maxReopens\": %s}";

  private static GovernanceFormatException failure(String json, Class<?> type) {
    return catchThrowableOfType(GovernanceFormatException.class, () -> GovernanceJson.mapper().readValue(json, type));
  }

  @Test
  void aStringOfTheWrongLengthNamesTheBoundsAndItsLength() {
    GovernanceFormatException e = failure(String.format(HANDLING, "\"" + "长".repeat(70) + "\"", 1), HandlingPolicy.class);

    assertThat(e.rule()).isEqualTo("string-length");
    assertThat(e.arguments()).containsEntry("min", "1").containsEntry("max", "64").containsEntry("length", "70");
    assertThat(e.message(Language.ZH)).isEqualTo("/label：文本须为 1 至 64 个字符，现为 70 个");
    assertThat(e.message(Language.EN)).isEqualTo("/label: the text must have 1 to 64 characters, not 70");
  }

  @Test
  void anIntegerOutOfRangeNamesTheRange() {
    GovernanceFormatException e = failure(String.format(HANDLING, "\"county\"", -1), HandlingPolicy.class);

    assertThat(e.rule()).isEqualTo("integer-range");
    assertThat(e.message(Language.ZH)).isEqualTo("/maxReopens：整数须在 0 至 2147483647 之间");
  }

  @Test
  void anUnknownChoiceListsTheChoices() {
    GovernanceFormatException e = failure("{\"order\": [\"CLAIM\", \"DONATE\"]}", ChannelPolicy.class);

    assertThat(e.rule()).isEqualTo("enum");
    assertThat(e.pointer()).isEqualTo("/order/1");
    assertThat(e.message(Language.ZH)).startsWith("/order/1：不是可选的取值之一（可选：").contains("CLAIM").contains("UNDERTAKE");
    assertThat(e.message(Language.ZH)).doesNotContain("DONATE");
  }

  @Test
  void anErrorWithoutValuesKeepsItsPlainText() {
    GovernanceFormatException e = failure(String.format(HANDLING, "17", 1), HandlingPolicy.class);

    assertThat(e.rule()).isEqualTo("string");
    assertThat(e.arguments()).isEmpty();
    assertThat(e.message(Language.ZH)).isEqualTo("/label：此处应为文本");
  }
}
