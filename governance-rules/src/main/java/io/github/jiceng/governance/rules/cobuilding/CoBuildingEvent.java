package io.github.jiceng.governance.rules.cobuilding;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/** What {@link CoBuildingRules} decided for one agreement, and what its {@link AgreementCase} folds. */
public sealed interface CoBuildingEvent permits CoBuildingEvent.Reported, CoBuildingEvent.Reviewed,
    CoBuildingEvent.FedBack {

  /** Returns the agreement. */
  AgreementId agreementId();

  /**
   * The reporter reported with its commitments (报到).
   *
   * @param agreement the agreement
   */
  record Reported(CoBuildingAgreement agreement) implements CoBuildingEvent {
    /** Checks the part is present. */
    public Reported {
      requireNonNull(agreement, "agreement");
    }

    @Override
    public AgreementId agreementId() {
      return agreement.id();
    }
  }

  /**
   * A joint meeting reviewed the fulfilment (联席会议评议).
   *
   * @param meeting the meeting
   * @param fulfilment the fulfilment reviewed, measured at the meeting
   */
  record Reviewed(MeetingId meeting, Fulfilment fulfilment) implements CoBuildingEvent {
    /** Checks the parts are present. */
    public Reviewed {
      requireNonNull(meeting, "meeting");
      requireNonNull(fulfilment, "fulfilment");
    }

    @Override
    public AgreementId agreementId() {
      return fulfilment.agreement();
    }
  }

  /**
   * The latest review went back to the reporter's own organization (报到反馈).
   *
   * @param agreement the agreement
   * @param meeting the meeting whose review was sent
   * @param level the fulfilment level it found
   * @param at when
   */
  record FedBack(AgreementId agreement, MeetingId meeting, Fulfilment.Level level, Instant at)
      implements CoBuildingEvent {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public FedBack {
      requireNonNull(agreement, "agreement");
      requireNonNull(meeting, "meeting");
      requireNonNull(level, "level");
      TimeLimits.check("CoBuildingEvent.FedBack", "at", requireNonNull(at, "at"));
    }

    @Override
    public AgreementId agreementId() {
      return agreement;
    }
  }
}
