package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A disbursement request and what has happened to it (拨付事项): its status, its approvals in
 * order, and the decline or the payment that ended it.
 *
 * <p>Cases change by named transitions, each returning a new case: {@link #opened}, {@link
 * #withApproval}, {@link #declined}, {@link #paid}. The transitions keep the case consistent (a
 * paid case has a payment, no approver approves twice, the requester never approves); whether a
 * transition is allowed by the fund's policy is decided by the rules.
 */
@Value.Immutable
public abstract class DisbursementCase {

  DisbursementCase() {}

  /** Returns a builder; {@code request} and {@code status} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a new pending case of the request, without approvals. */
  public static DisbursementCase opened(DisbursementRequest request) {
    return builder().request(request).status(CaseStatus.PENDING).build();
  }

  /** Returns the request. */
  public abstract DisbursementRequest request();

  /** Returns the status. */
  public abstract CaseStatus status();

  /** Returns the approvals given so far, in order. */
  public abstract List<Approval> approvals();

  /** Returns the decline, present exactly when the status is {@link CaseStatus#DECLINED}. */
  public abstract Optional<Decline> decline();

  /** Returns the payment, present exactly when the status is {@link CaseStatus#PAID}. */
  public abstract Optional<Payment> payment();

  /** Returns the request's id. */
  public final RequestId id() {
    return request().id();
  }

  /**
   * Returns this case with one more approval.
   *
   * @param approval the approval
   * @param complete whether the case now has every approval its amount needs
   * @return the case, {@link CaseStatus#APPROVED} if {@code complete}, else still pending
   */
  public final DisbursementCase withApproval(Approval approval, boolean complete) {
    requireNonNull(approval, "approval");
    return builder().request(request()).status(complete ? CaseStatus.APPROVED : CaseStatus.PENDING)
        .addAllApprovals(approvals()).addApproval(approval).build();
  }

  /** Returns this case declined. */
  public final DisbursementCase declined(Decline decline) {
    return builder().request(request()).status(CaseStatus.DECLINED).addAllApprovals(approvals())
        .decline(decline).build();
  }

  /** Returns this case paid. */
  public final DisbursementCase paid(Payment payment) {
    return builder().request(request()).status(CaseStatus.PAID).addAllApprovals(approvals())
        .payment(payment).build();
  }

  @Value.Check
  final void check() {
    String subject = "DisbursementCase[" + id() + "]";
    if ((status() == CaseStatus.DECLINED) != decline().isPresent()) {
      throw new DomainValidationException(subject, "decline", "decline-iff-declined",
          "a case has a decline exactly when it is declined, status was " + status());
    }
    if ((status() == CaseStatus.PAID) != payment().isPresent()) {
      throw new DomainValidationException(subject, "payment", "payment-iff-paid",
          "a case has a payment exactly when it is paid, status was " + status());
    }
    if ((status() == CaseStatus.APPROVED || status() == CaseStatus.PAID) && approvals().isEmpty()) {
      throw new DomainValidationException(subject, "approvals", "approved",
          "an approved or paid case has at least one approval");
    }
    Set<Object> seen = new HashSet<>();
    for (Approval a : approvals()) {
      if (a.approver().equals(request().requestedBy())) {
        throw new DomainValidationException(subject, "approvals", "maker-checker",
            "the requester " + a.approver() + " cannot approve their own request");
      }
      if (!seen.add(a.approver())) {
        throw new DomainValidationException(subject, "approvals", "approvers-distinct", a.approver() + " approved twice");
      }
    }
    payment().ifPresent(p -> {
      if (p.by().equals(request().requestedBy())) {
        throw new DomainValidationException(subject, "payment", "maker-checker",
            "the requester " + p.by() + " cannot pay their own request");
      }
    });
  }

  /** The builder of {@link DisbursementCase}; each attribute may be set once. */
  public static final class Builder extends ImmutableDisbursementCase.Builder {
    Builder() {}
  }
}
