package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

final class InvalidValuesTest {

  private static final int SEEDS = 200;

  @Test
  void everyValueOfEverySeedIsRejectedNamingItsFieldAndRule() {
    Set<String> features = new TreeSet<>();
    Set<String> rules = new TreeSet<>();
    Seeds.forEachSeed(SEEDS, seed -> {
      for (InvalidValues.InvalidValue bad : InvalidValues.of(seed)) {
        DomainValidationException e = bad.rejection();
        assertThat(e.violations()).as("%s", bad)
            .anySatisfy(v -> assertThat(List.of(v.field(), v.rule())).containsExactly(bad.field(), bad.rule()));
        features.add(bad.feature());
        rules.add(bad.rule());
      }
    });
    assertThat(features).containsExactlyInAnyOrder("points", "fund", "demands", "clues", "proposals", "check-ins",
        "volunteer records", "posts", "deliberation");
    assertThat(rules).containsExactlyInAnyOrder("id-form", "instant-range", "fen-scale", "fen-range",
        "coordinate-range", "service-time-range", "holders-distinct");
  }

  @Test
  void theSameSeedGivesTheSameValuesAndSeedsDiffer() {
    Set<String> distinct = new HashSet<>();
    Seeds.forEachSeed(SEEDS, seed -> {
      String once = InvalidValues.of(seed).toString();
      assertThat(InvalidValues.of(seed)).hasToString(once);
      distinct.add(once);
    });
    assertThat(distinct).as("different seeds give different values").hasSizeGreaterThan(SEEDS / 2);
  }

  @Test
  void aValueTheModelAcceptsOrRejectsByAnotherRuleFailsTheCheck() {
    InvalidValues.InvalidValue accepted = new InvalidValues.InvalidValue("people", "a valid id", "value", "id-form",
        () -> PersonId.of("p-1"));
    InvalidValues.InvalidValue otherRule = new InvalidValues.InvalidValue("people", "an empty id", "value",
        "instant-range", () -> PersonId.of(""));
    InvalidValues.InvalidValue otherException = new InvalidValues.InvalidValue("people", "a null id", "value",
        "id-form", () -> PersonId.of(null));

    assertThatThrownBy(accepted::rejection).isInstanceOf(AssertionError.class)
        .hasMessageContaining("the model accepted").hasMessageContaining("people: a valid id");
    assertThatThrownBy(otherRule::rejection).isInstanceOf(AssertionError.class)
        .hasMessageContaining("value by instant-range");
    assertThatThrownBy(otherException::rejection).isInstanceOf(AssertionError.class)
        .hasMessageContaining("NullPointerException");
  }
}
