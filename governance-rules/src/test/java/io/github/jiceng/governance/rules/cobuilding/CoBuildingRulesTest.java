package io.github.jiceng.governance.rules.cobuilding;

import static io.github.jiceng.governance.rules.cobuilding.Agreements.T0;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.member;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.IntegrationDefinition;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting, joint-meeting reviews and feedback, decide by decide. */
final class CoBuildingRulesTest {

  private static final CoBuildingRules RULES = CoBuildingRules.of(OneLeadFourIntegrations.ARTICLE);
  private static final MeetingId SPRING = MeetingId.of("jm-2023-q1");
  private static final MeetingId SUMMER = MeetingId.of("jm-2023-q2");
  private static final Instant APRIL = Instant.parse("2023-04-01T00:00:00Z");
  private static final Instant JULY = Instant.parse("2023-07-01T00:00:00Z");

  private static InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> reported() {
    InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> s = InMemoryStream.open(RULES);
    assertThat(s.handle(new CoBuildingCommand.Report(unit()))).isInstanceOf(Decision.Applied.class);
    return s;
  }

  private static Fulfilment measured(Instant at) {
    return Fulfilment.measure(unit(), List.of(), List.of(), at);
  }

  private static Refusal refusal(Decision<CoBuildingEvent> d) {
    assertThat(d).as("%s", d).isInstanceOf(Decision.Refused.class);
    return d.refusalIfAny().orElseThrow();
  }

  @Test
  void aReportComesFirstAndOnceAndTheSameReportAgainChangesNothing() {
    InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> s = reported();
    assertThat(s.state().agreement()).contains(unit());
    assertThat(s.handle(new CoBuildingCommand.Report(unit()))).isInstanceOf(Decision.Unchanged.class);
    Refusal other = refusal(s.handle(new CoBuildingCommand.Report(member())));
    assertThat(other.code()).isEqualTo(CoBuildingRefusalCode.ALREADY_REPORTED);
    assertThat(other.arguments()).containsEntry("agreement", "a-member").containsEntry("held", "a-power");
    InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> empty = InMemoryStream.open(RULES);
    assertThat(refusal(empty.handle(new CoBuildingCommand.Feedback(AgreementId.of("a-power"), T0))).code())
        .isEqualTo(CoBuildingRefusalCode.NOT_REPORTED);
    assertThat(refusal(empty.handle(new CoBuildingCommand.Review(SPRING, measured(APRIL)))).code())
        .isEqualTo(CoBuildingRefusalCode.NOT_REPORTED);
  }

  @Test
  void aReportServingAnIntegrationTheDistrictDidNotConfigureIsRefused() {
    OneLeadFourIntegrations two = OneLeadFourIntegrations.builder()
        .addIntegration(new IntegrationDefinition(Integration.CO_BUILDING, "共建"))
        .addIntegration(new IntegrationDefinition(Integration.CO_RESIDENCE, "共驻")).build();
    Decision<CoBuildingEvent> d = CoBuildingRules.of(two).decide(new CoBuildingCommand.Report(unit()),
        AgreementCase.none());
    Refusal r = refusal(d);
    assertThat(r.code()).isEqualTo(CoBuildingRefusalCode.INTEGRATION_NOT_CONFIGURED);
    assertThat(r.arguments()).containsEntry("integration", "CO_SHARING")
        .containsEntry("configured", "[CO_BUILDING, CO_RESIDENCE]");
    CoBuildingAgreement onlyBuilding = Agreements.agreement("a-member", Agreements.ZHANBEI,
        Agreements.MEMBER, member().period(), List.of(), Duration.ofHours(24), List.of(), List.of(Integration.CO_BUILDING));
    assertThat(CoBuildingRules.of(two).decide(new CoBuildingCommand.Report(onlyBuilding), AgreementCase.none()))
        .isInstanceOf(Decision.Applied.class);
  }

  @Test
  void aMeetingReviewsOnceInTimeOrderAndEachReviewIsFedBackOnce() {
    InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> s = reported();
    assertThat(refusal(s.handle(new CoBuildingCommand.Feedback(AgreementId.of("a-power"), APRIL))).code())
        .isEqualTo(CoBuildingRefusalCode.NOTHING_TO_FEED_BACK);
    Fulfilment april = measured(APRIL);
    assertThat(s.handle(new CoBuildingCommand.Review(SPRING, april)).events())
        .containsExactly(new CoBuildingEvent.Reviewed(SPRING, april));
    assertThat(s.handle(new CoBuildingCommand.Review(SPRING, april))).isInstanceOf(Decision.Unchanged.class);
    Refusal again = refusal(s.handle(new CoBuildingCommand.Review(SPRING, measured(JULY))));
    assertThat(again.code()).isEqualTo(CoBuildingRefusalCode.MEETING_REVIEWED_ALREADY);
    assertThat(again.arguments()).containsEntry("meeting", "jm-2023-q1");
    Refusal early = refusal(s.handle(new CoBuildingCommand.Feedback(AgreementId.of("a-power"), APRIL.minusNanos(1))));
    assertThat(early.code()).isEqualTo(CoBuildingRefusalCode.OUT_OF_ORDER);
    assertThat(early.arguments()).containsEntry("last", APRIL.toString());
    assertThat(s.handle(new CoBuildingCommand.Feedback(AgreementId.of("a-power"), APRIL)).events()).containsExactly(
        new CoBuildingEvent.FedBack(AgreementId.of("a-power"), SPRING, Fulfilment.Level.NOT_MET, APRIL));
    assertThat(refusal(s.handle(new CoBuildingCommand.Feedback(AgreementId.of("a-power"), JULY))).code())
        .isEqualTo(CoBuildingRefusalCode.NOTHING_TO_FEED_BACK);
    assertThat(refusal(s.handle(new CoBuildingCommand.Review(SUMMER, measured(APRIL.minusSeconds(1))))).code())
        .isEqualTo(CoBuildingRefusalCode.OUT_OF_ORDER);
    assertThat(s.handle(new CoBuildingCommand.Review(SUMMER, measured(JULY)))).isInstanceOf(Decision.Applied.class);
    assertThat(s.state().feedbackDue()).isTrue();
    assertThat(s.state().reviews()).extracting(CoBuildingEvent.Reviewed::meeting).containsExactly(SPRING, SUMMER);
    assertThat(s.state().lastStepAt()).contains(JULY);
    assertThat(s.state().toString()).isEqualTo("AgreementCase[a-power, reviews=2, feedbacks=1]");
  }

  @Test
  void aCommandForAnotherAgreementIsRefusedAndAnImpossibleEventStopsTheFold() {
    InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> s = reported();
    Refusal r = refusal(s.handle(new CoBuildingCommand.Feedback(AgreementId.of("a-member"), APRIL)));
    assertThat(r.code()).isEqualTo(CoBuildingRefusalCode.OTHER_AGREEMENT);
    assertThat(r.arguments()).containsEntry("agreement", "a-member").containsEntry("held", "a-power");
    AgreementCase state = s.state();
    assertThatThrownBy(() -> RULES.evolve(state, new CoBuildingEvent.Reported(unit())))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(state, new CoBuildingEvent.FedBack(AgreementId.of("a-power"), SPRING,
        Fulfilment.Level.MET, APRIL))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(AgreementCase.none(), new CoBuildingEvent.Reviewed(SPRING, measured(APRIL))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(state, new CoBuildingEvent.Reviewed(SPRING,
        Fulfilment.measure(member(), List.of(), List.of(), APRIL)))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(state, new CoBuildingEvent.Reviewed(SPRING, measured(T0.minus(Duration.ofDays(1))))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void replayingTheEventsGivesTheSameState() {
    InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> s = reported();
    s.handle(new CoBuildingCommand.Review(SPRING, measured(APRIL)));
    s.handle(new CoBuildingCommand.Feedback(AgreementId.of("a-power"), JULY));
    assertThat(RULES.fold(RULES.initialState(), s.events())).isEqualTo(s.state());
    assertThat(RULES.fold(RULES.initialState(), s.events()).hashCode()).isEqualTo(s.state().hashCode());
    assertThat(RULES.toString()).isEqualTo("CoBuildingRules[[CO_RESIDENCE, CO_BUILDING, CO_INTEGRATION, CO_SHARING]]");
    assertThat(AgreementCase.none().toString()).isEqualTo("AgreementCase[none]");
  }
}
