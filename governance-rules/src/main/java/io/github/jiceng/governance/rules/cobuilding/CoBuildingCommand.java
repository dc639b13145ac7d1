package io.github.jiceng.governance.rules.cobuilding;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * A step asked of one co-building agreement's stream, decided by {@link CoBuildingRules}. A null
 * part throws a {@code NullPointerException} naming it; an instant outside {@link TimeLimits} a
 * {@code DomainValidationException} (rule {@code instant-range}).
 */
public sealed interface CoBuildingCommand permits CoBuildingCommand.Report, CoBuildingCommand.Review,
    CoBuildingCommand.Feedback {

  /** Returns the agreement the step is about. */
  AgreementId agreementId();

  /**
   * Reports to the community with what is committed (报到、签订共建协议): the first command of
   * the stream.
   *
   * @param agreement the report and its commitments
   */
  record Report(CoBuildingAgreement agreement) implements CoBuildingCommand {
    /** Checks the part is present. */
    public Report {
      requireNonNull(agreement, "agreement");
    }

    @Override
    public AgreementId agreementId() {
      return agreement.id();
    }
  }

  /**
   * The joint meeting (共建联席会议) reviews the agreement's fulfilment, measured at the meeting by
   * {@link Fulfilment#measure}.
   *
   * @param meeting the joint meeting
   * @param fulfilment the fulfilment it reviewed; its instant is the review's
   */
  record Review(MeetingId meeting, Fulfilment fulfilment) implements CoBuildingCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Review {
      requireNonNull(meeting, "meeting");
      requireNonNull(fulfilment, "fulfilment");
      TimeLimits.check("CoBuildingCommand.Review", "at", fulfilment.at());
    }

    @Override
    public AgreementId agreementId() {
      return fulfilment.agreement();
    }
  }

  /**
   * Sends the latest review back to the reporter's own organization (报到反馈): a unit's party
   * organization, or the party member's branch where they are a member.
   *
   * @param agreement the agreement
   * @param at when
   */
  record Feedback(AgreementId agreement, Instant at) implements CoBuildingCommand {
    /** Checks the parts are present and the instant within {@code TimeLimits}. */
    public Feedback {
      requireNonNull(agreement, "agreement");
      TimeLimits.check("CoBuildingCommand.Feedback", "at", requireNonNull(at, "at"));
    }

    @Override
    public AgreementId agreementId() {
      return agreement;
    }
  }
}
