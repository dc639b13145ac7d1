package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Money paid out of the fund (拨付): the request it pays, who approved it and when, who paid, and
 * which holdings it drew from. It debits the expense of its category (and project) and credits
 * each holding drawn from, so the entry carries its whole audit trail.
 *
 * <p>The entry itself guarantees the structural half of maker-checker: at least one approval,
 * approvers distinct, neither an approver nor the payer is the requester, approvals fall between
 * the request and the payment, and every draw's earmark admits the category and project. How many
 * approvals an amount needs, and who may approve, is the policy's business ({@code
 * DisbursementPolicy}), checked by the rules.
 */
@Value.Immutable
public abstract non-sealed class Disbursement implements LedgerEntry {

  Disbursement() {}

  /** Returns a builder; all attributes are required, with at least one approval and one draw. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract EntryId id();

  @Override
  public abstract Instant at();

  /** Returns the request paid. */
  public abstract DisbursementRequest request();

  /** Returns the approvals, in the order they were given. */
  public abstract List<Approval> approvals();

  /** Returns who paid. */
  public abstract PersonId paidBy();

  /** Returns the holdings drawn from and how much from each, most restricted first. */
  public abstract List<Draw> draws();

  @Override
  public final FundId fund() {
    return request().fund();
  }

  @Override
  public final Money amount() {
    return request().amount();
  }

  /** Returns the category paid for; that of the request. */
  public final OutflowCategory category() {
    return request().category();
  }

  /** Returns the expense account this entry debits. */
  public final Account.Expense expense() {
    return new Account.Expense(request().category(), request().project());
  }

  @Override
  public final List<Posting> postings() {
    List<Posting> out = new ArrayList<>(draws().size() + 1);
    out.add(new Posting(expense(), Posting.Side.DEBIT, amount()));
    for (Draw d : draws()) {
      out.add(new Posting(d.holding(), Posting.Side.CREDIT, d.amount()));
    }
    return List.copyOf(out);
  }

  @Value.Check
  final void check() {
    String subject = "Disbursement[" + id() + "]";
    TimeLimits.check(subject, "at", at());
    DisbursementRequest r = request();
    if (draws().isEmpty()) {
      throw new DomainValidationException(subject, "draws", "draws-present", "a disbursement draws from at least one holding");
    }
    Money drawn = Money.ZERO;
    Set<Account.Holding> sources = new HashSet<>();
    for (Draw d : draws()) {
      drawn = drawn.plus(d.amount());
      if (!sources.add(d.holding())) {
        throw new DomainValidationException(subject, "draws", "draws-distinct", "draws twice from " + d.holding());
      }
      if (d.earmark().isPresent() && !d.earmark().get().admits(r.category(), r.project())) {
        throw new DomainValidationException(subject, "draws", "earmark-admits",
            "money earmarked " + d.earmark().get() + " cannot pay for " + expense());
      }
    }
    if (!drawn.equals(r.amount())) {
      throw new DomainValidationException(new Violation(subject, "draws", "draws-balance",
          "the draws add up to the amount paid, were " + drawn + " for " + r.amount())
                  .with("drawn", drawn).with("amount", r.amount()));
    }
    if (approvals().isEmpty()) {
      throw new DomainValidationException(subject, "approvals", "approved", "a disbursement is approved before it is paid");
    }
    Set<PersonId> approvers = new HashSet<>();
    for (Approval a : approvals()) {
      if (a.approver().equals(r.requestedBy())) {
        throw new DomainValidationException(subject, "approvals", "maker-checker",
            "the requester " + r.requestedBy() + " cannot approve their own request");
      }
      if (!approvers.add(a.approver())) {
        throw new DomainValidationException(subject, "approvals", "approvers-distinct",
            a.approver() + " approved twice");
      }
      if (a.at().isBefore(r.requestedAt()) || a.at().isAfter(at())) {
        throw new DomainValidationException(subject, "approvals", "approval-in-time",
            "an approval falls between the request and the payment, was " + a.at());
      }
    }
    if (paidBy().equals(r.requestedBy())) {
      throw new DomainValidationException(subject, "paidBy", "maker-checker",
          "the requester " + r.requestedBy() + " cannot pay their own request");
    }
  }

  /** The builder of {@link Disbursement}; each attribute may be set once. */
  public static final class Builder extends ImmutableDisbursement.Builder {
    Builder() {}
  }
}
