package io.github.jiceng.governance.rules.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.decider.DecisionAndRefusalTest.Move;
import io.github.jiceng.governance.rules.decider.DecisionAndRefusalTest.Till;
import io.github.jiceng.governance.rules.decider.DecisionAndRefusalTest.TillCode;
import io.github.jiceng.governance.rules.decider.DecisionAndRefusalTest.TillRule;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The in-memory host of a rule, the fold it relies on and the small parts of a decision. */
final class InMemoryStreamTest {

  private static final TillRule RULE = new TillRule();

  @Test
  void aRestoredStreamIsAtTheFoldOfItsEventsAndCountsThemAsItsVersion() {
    List<Move> recorded = List.of(new Move("a", 10), new Move("b", -4));
    InMemoryStream<Move, Till, Move> stream = InMemoryStream.restore(RULE, recorded);

    assertThat(stream.state()).isEqualTo(new Till(6, List.of("a", "b")));
    assertThat(stream.events()).containsExactlyElementsOf(recorded);
    assertThat(stream.version()).isEqualTo(2);
    assertThat(stream.decider()).isSameAs(RULE);
    assertThat(stream).hasToString("InMemoryStream[version=2, state=" + stream.state() + "]");

    stream.handle(new Move("c", 1));
    assertThat(stream.version()).isEqualTo(3);
    assertThat(stream.state().balance()).isEqualTo(7);
  }

  @Test
  void aRefusedCommandAppendsNothingAndItsDecisionHasNoEvents() {
    InMemoryStream<Move, Till, Move> stream = InMemoryStream.restore(RULE, List.of(new Move("a", 10)));

    Decision<Move> d = stream.handle(new Move("b", -11));

    assertThat(d).isInstanceOf(Decision.Refused.class);
    assertThat(d.events()).isEmpty();
    assertThat(d).hasToString("Refused[" + d.refusalIfAny().orElseThrow() + "]");
    assertThat(stream.version()).isEqualTo(1);
  }

  @Test
  void aNullEventIsNamedByItsPlaceInTheFold() {
    List<Move> events = Arrays.asList(new Move("a", 1), new Move("b", 2), null);

    assertThatThrownBy(() -> RULE.fold(RULE.initialState(), events)).isInstanceOf(NullPointerException.class)
        .hasMessage("events[2] is null");
  }

  @Test
  void aRefusalKeyIsTheFeatureAndTheConstantInLowerCaseWithHyphens() {
    assertThat(RefusalCode.keyOf("till", TillCode.INSUFFICIENT_BALANCE)).isEqualTo("till.insufficient-balance");
    assertThat(TillCode.INSUFFICIENT_BALANCE.key()).isEqualTo("till.insufficient-balance");
    assertThatThrownBy(() -> RefusalCode.keyOf("Till", TillCode.INSUFFICIENT_BALANCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Till.insufficient-balance");
  }

  @Test
  void theMessagesSayTheirLanguage() {
    assertThat(RefusalMessages.of(Locale.CHINA).language()).isEqualTo(Language.ZH);
    assertThat(RefusalMessages.of(Locale.UK).language()).isEqualTo(Language.EN);
    assertThat(RefusalMessages.of(Language.EN)).hasToString("RefusalMessages[en]");
  }
}
