package io.github.jiceng.governance.rules.cobuilding;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one co-building agreement's stream: nothing yet, or the agreement with its reviews
 * and feedbacks in order. Immutable; each step returns a new case.
 */
public final class AgreementCase {

  private static final AgreementCase NONE = new AgreementCase(null, List.of(), List.of());

  private final CoBuildingAgreement agreement;
  private final List<CoBuildingEvent.Reviewed> reviews;
  private final List<CoBuildingEvent.FedBack> feedbacks;

  private AgreementCase(CoBuildingAgreement agreement, List<CoBuildingEvent.Reviewed> reviews,
      List<CoBuildingEvent.FedBack> feedbacks) {
    this.agreement = agreement;
    this.reviews = List.copyOf(reviews);
    this.feedbacks = List.copyOf(feedbacks);
  }

  /** Returns the case of a stream with no report yet. */
  public static AgreementCase none() {
    return NONE;
  }

  /** Returns the agreement, once reported. */
  public Optional<CoBuildingAgreement> agreement() {
    return Optional.ofNullable(agreement);
  }

  /** Returns the joint meetings' reviews, oldest first. */
  public List<CoBuildingEvent.Reviewed> reviews() {
    return reviews;
  }

  /** Returns the feedbacks sent to the reporter's organization, oldest first. */
  public List<CoBuildingEvent.FedBack> feedbacks() {
    return feedbacks;
  }

  /** Returns the latest review, if any. */
  public Optional<CoBuildingEvent.Reviewed> latestReview() {
    return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
  }

  /** Returns the review of a meeting, if it reviewed this agreement. */
  public Optional<CoBuildingEvent.Reviewed> review(MeetingId meeting) {
    requireNonNull(meeting, "meeting");
    return reviews.stream().filter(r -> r.meeting().equals(meeting)).findFirst();
  }

  /** Returns whether the latest review has not been sent back yet. */
  public boolean feedbackDue() {
    return !reviews.isEmpty() && (feedbacks.isEmpty()
        || !feedbacks.get(feedbacks.size() - 1).meeting().equals(reviews.get(reviews.size() - 1).meeting()));
  }

  /** Returns the instant of the last step: the report, a review or a feedback; empty before the report. */
  public Optional<Instant> lastStepAt() {
    if (agreement == null) {
      return Optional.empty();
    }
    Instant last = agreement.reportedAt();
    if (!reviews.isEmpty() && reviews.get(reviews.size() - 1).fulfilment().at().isAfter(last)) {
      last = reviews.get(reviews.size() - 1).fulfilment().at();
    }
    if (!feedbacks.isEmpty() && feedbacks.get(feedbacks.size() - 1).at().isAfter(last)) {
      last = feedbacks.get(feedbacks.size() - 1).at();
    }
    return Optional.of(last);
  }

  AgreementCase reported(CoBuildingAgreement a) {
    return new AgreementCase(a, reviews, feedbacks);
  }

  AgreementCase reviewed(CoBuildingEvent.Reviewed r) {
    List<CoBuildingEvent.Reviewed> next = new ArrayList<>(reviews);
    next.add(r);
    return new AgreementCase(agreement, next, feedbacks);
  }

  AgreementCase fedBack(CoBuildingEvent.FedBack f) {
    List<CoBuildingEvent.FedBack> next = new ArrayList<>(feedbacks);
    next.add(f);
    return new AgreementCase(agreement, reviews, next);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgreementCase c && java.util.Objects.equals(agreement, c.agreement)
        && reviews.equals(c.reviews) && feedbacks.equals(c.feedbacks);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(agreement, reviews, feedbacks);
  }

  /** Returns ids and counts only. */
  @Override
  public String toString() {
    return agreement == null ? "AgreementCase[none]" : "AgreementCase[" + agreement.id() + ", reviews="
        + reviews.size() + ", feedbacks=" + feedbacks.size() + "]";
  }
}
