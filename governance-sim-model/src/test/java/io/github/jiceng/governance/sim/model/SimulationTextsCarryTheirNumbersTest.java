package io.github.jiceng.governance.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import org.junit.jupiter.api.Test;

/**
 * A simulation parameter out of its range is refused with a message that says the bounds and the
 * value found, in Chinese as in English, from the model's validation texts.
 */
final class SimulationTextsCarryTheirNumbersTest {

  private static String zh(DomainValidationException e) {
    return ValidationMessages.of(Language.ZH).render(e);
  }

  private static String en(DomainValidationException e) {
    return ValidationMessages.of(Language.EN).render(e);
  }

  @Test
  void aRangeSaysItsBoundsAndTheValueFound() {
    DomainValidationException minutes = assertThrows(DomainValidationException.class,
        () -> new VolunteerStream(10, new IntRange(30, 2000), new IntRange(0, 10)));
    DomainValidationException chance = assertThrows(DomainValidationException.class,
        () -> new VolunteerStream(1001, new IntRange(30, 60), new IntRange(0, 10)));

    assertThat(zh(minutes)).isEqualTo("VolunteerStream：minutes 的分钟数须在 1 至 1440 之间，当前为 [30, 2000]");
    assertThat(zh(chance)).isEqualTo("VolunteerStream：概率须在 0 至 1000（千分比）之间，当前为 1001");
    assertThat(en(chance)).isEqualTo("VolunteerStream: a chance is 0 to 1000 per mille, was 1001");
  }
}
