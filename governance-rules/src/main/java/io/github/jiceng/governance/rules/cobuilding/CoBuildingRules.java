package io.github.jiceng.governance.rules.cobuilding;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Co-building agreements and 双报到 as a stateful rule: one agreement per stream, reported with
 * its commitments, reviewed by joint meetings (共建联席会议) against its measured {@link
 * Fulfilment}, and each review sent back to the reporter's own organization (报到反馈).
 *
 * <ul>
 *   <li>{@link CoBuildingCommand.Report} comes first and once (the same report again is
 *       unchanged, another {@link CoBuildingRefusalCode#ALREADY_REPORTED}); every integration it
 *       serves must be one the district configured in its {@link OneLeadFourIntegrations} ({@link
 *       CoBuildingRefusalCode#INTEGRATION_NOT_CONFIGURED}). Any other command before it is {@link
 *       CoBuildingRefusalCode#NOT_REPORTED}; a command naming another agreement {@link
 *       CoBuildingRefusalCode#OTHER_AGREEMENT}.
 *   <li>{@link CoBuildingCommand.Review} is dated no earlier than the last step ({@link
 *       CoBuildingRefusalCode#OUT_OF_ORDER}); a meeting reviews an agreement once (the same review
 *       again is unchanged, other figures {@link CoBuildingRefusalCode#MEETING_REVIEWED_ALREADY}).
 *   <li>{@link CoBuildingCommand.Feedback} sends the latest review back, once ({@link
 *       CoBuildingRefusalCode#NOTHING_TO_FEED_BACK} when none waits), no earlier than the last
 *       step.
 * </ul>
 *
 * <pre>{@code
 * CoBuildingRules rules = CoBuildingRules.of(OneLeadFourIntegrations.ARTICLE);
 * InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> s = InMemoryStream.open(rules);
 * s.handle(new CoBuildingCommand.Report(agreement));
 * s.handle(new CoBuildingCommand.Review(meeting, Fulfilment.measure(agreement, services, posts, at)));
 * s.handle(new CoBuildingCommand.Feedback(agreement.id(), at));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CoBuildingRules implements Decider<CoBuildingCommand, AgreementCase, CoBuildingEvent> {

  private final OneLeadFourIntegrations integrations;

  private CoBuildingRules(OneLeadFourIntegrations integrations) {
    this.integrations = integrations;
  }

  /**
   * Returns the rules for a community whose district configured these integrations.
   *
   * @param integrations the district's 一统领四融合
   * @return the rules
   */
  public static CoBuildingRules of(OneLeadFourIntegrations integrations) {
    return new CoBuildingRules(requireNonNull(integrations, "integrations"));
  }

  /** Returns the configured integrations. */
  public OneLeadFourIntegrations integrations() {
    return integrations;
  }

  /** Returns {@link AgreementCase#none()}. */
  @Override
  public AgreementCase initialState() {
    return AgreementCase.none();
  }

  @Override
  public Decision<CoBuildingEvent> decide(CoBuildingCommand command, AgreementCase state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    if (command instanceof CoBuildingCommand.Report report) {
      return report(report.agreement(), state);
    }
    Optional<CoBuildingAgreement> held = state.agreement();
    if (held.isEmpty()) {
      return Decision.refused(Refusal.of(CoBuildingRefusalCode.NOT_REPORTED, "agreement " + command.agreementId()
          + " has not been reported in this stream").with("agreement", command.agreementId()));
    }
    if (!held.get().id().equals(command.agreementId())) {
      return Decision.refused(Refusal.of(CoBuildingRefusalCode.OTHER_AGREEMENT, "this stream holds agreement "
          + held.get().id() + ", not " + command.agreementId()).with("agreement", command.agreementId())
          .with("held", held.get().id()));
    }
    if (command instanceof CoBuildingCommand.Review review) {
      Optional<CoBuildingEvent.Reviewed> same = state.review(review.meeting());
      CoBuildingEvent.Reviewed event = new CoBuildingEvent.Reviewed(review.meeting(), review.fulfilment());
      if (same.isPresent()) {
        return same.get().equals(event) ? Decision.unchanged(List.of(event))
            : Decision.refused(Refusal.of(CoBuildingRefusalCode.MEETING_REVIEWED_ALREADY, "meeting "
                + review.meeting() + " reviewed agreement " + held.get().id() + " already, with other figures")
                .with("meeting", review.meeting()));
      }
      Optional<Refusal> order = inOrder(review.fulfilment().at(), state);
      return order.isPresent() ? Decision.refused(order.get()) : Decision.applied(event);
    }
    CoBuildingCommand.Feedback feedback = (CoBuildingCommand.Feedback) command;
    if (!state.feedbackDue()) {
      return Decision.refused(Refusal.of(CoBuildingRefusalCode.NOTHING_TO_FEED_BACK, "agreement " + held.get().id()
          + " has no review waiting to be sent back").with("agreement", held.get().id()));
    }
    Optional<Refusal> order = inOrder(feedback.at(), state);
    if (order.isPresent()) {
      return Decision.refused(order.get());
    }
    CoBuildingEvent.Reviewed latest = state.latestReview().orElseThrow();
    return Decision.applied(new CoBuildingEvent.FedBack(held.get().id(), latest.meeting(),
        latest.fulfilment().level(), feedback.at()));
  }

  private Decision<CoBuildingEvent> report(CoBuildingAgreement a, AgreementCase state) {
    if (state.agreement().isPresent()) {
      CoBuildingAgreement held = state.agreement().get();
      if (held.equals(a)) {
        return Decision.unchanged(List.of(new CoBuildingEvent.Reported(a)));
      }
      return Decision.refused(Refusal.of(CoBuildingRefusalCode.ALREADY_REPORTED, "this stream holds agreement "
          + held.id() + " already; " + a.id() + " with other content cannot be reported into it")
          .with("agreement", a.id()).with("held", held.id()));
    }
    for (Integration i : a.integrations().stream().sorted().toList()) {
      if (!integrations.integrationKeys().contains(i)) {
        return Decision.refused(Refusal.of(CoBuildingRefusalCode.INTEGRATION_NOT_CONFIGURED, "agreement " + a.id()
            + " serves " + i + ", which the district did not configure").with("integration", i)
            .with("configured", integrations.integrationKeys()));
      }
    }
    return Decision.applied(new CoBuildingEvent.Reported(a));
  }

  private static Optional<Refusal> inOrder(Instant at, AgreementCase state) {
    Instant last = state.lastStepAt().orElseThrow();
    if (at.isBefore(last)) {
      return Optional.of(Refusal.of(CoBuildingRefusalCode.OUT_OF_ORDER, "a step at " + at
          + " cannot precede the last step at " + last).with("at", at).with("last", last));
    }
    return Optional.empty();
  }

  @Override
  public AgreementCase evolve(AgreementCase state, CoBuildingEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    if (event instanceof CoBuildingEvent.Reported reported) {
      if (state.agreement().isPresent()) {
        throw new IllegalStateException("agreement " + state.agreement().get().id() + " is reported already");
      }
      return state.reported(reported.agreement());
    }
    CoBuildingAgreement held = state.agreement().orElseThrow(() -> new IllegalStateException(
        "no agreement is reported for " + event.agreementId()));
    if (!held.id().equals(event.agreementId())) {
      throw new IllegalStateException("this stream holds agreement " + held.id() + ", not " + event.agreementId());
    }
    if (event instanceof CoBuildingEvent.Reviewed reviewed) {
      if (state.review(reviewed.meeting()).isPresent()
          || reviewed.fulfilment().at().isBefore(state.lastStepAt().orElseThrow())) {
        throw new IllegalStateException("review by " + reviewed.meeting() + " cannot follow the stream");
      }
      return state.reviewed(reviewed);
    }
    CoBuildingEvent.FedBack fed = (CoBuildingEvent.FedBack) event;
    if (!state.feedbackDue() || fed.at().isBefore(state.lastStepAt().orElseThrow())
        || !state.latestReview().orElseThrow().meeting().equals(fed.meeting())) {
      throw new IllegalStateException("feedback of " + fed.meeting() + " cannot follow the stream");
    }
    return state.fedBack(fed);
  }

  @Override
  public String toString() {
    return "CoBuildingRules[" + integrations.integrationKeys() + "]";
  }
}
