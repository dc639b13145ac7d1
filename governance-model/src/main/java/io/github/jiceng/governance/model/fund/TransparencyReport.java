package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a fund took in, paid out and holds for one period (资金公示): the content of the notice a
 * community posts, as a value. Every channel and every category has a line, zeros included, so
 * that a reader sees what did not happen too.
 *
 * <p>The report checks its own arithmetic: opening balance plus inflows minus outflows is the
 * closing balance, to the fen; the holdings add up to the closing balance; the donor kinds add up
 * to the inflows. A report that does not add up cannot be built.
 */
@Value.Immutable
public abstract class TransparencyReport {

  TransparencyReport() {}

  /** Returns a builder; every attribute is required, lines may be empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the fund reported on. */
  public abstract FundId fund();

  /** Returns the fund's display name. */
  public abstract String fundName();

  /** Returns the period reported, {@code [start, end)}. */
  public abstract Interval period();

  /** Returns the balance at the start of the period. */
  public abstract Money openingBalance();

  /** Returns the inflows of the period by channel, one line per channel in declared order. */
  public abstract List<ChannelLine> inflows();

  /** Returns the inflows of the period by donor kind, one line per kind in declared order. */
  public abstract List<DonorKindLine> donors();

  /** Returns the outflows of the period by category, one line per category in declared order. */
  public abstract List<CategoryLine> outflows();

  /** Returns the balance at the end of the period. */
  public abstract Money closingBalance();

  /** Returns the holdings at the end of the period: unrestricted first, then each earmark in order. */
  public abstract List<HoldingLine> holdings();

  /** Returns the directed projects paid in the period, by project id. */
  public abstract List<ProjectLine> projects();

  /** Returns how many requests were open (pending or approved, not paid) at the end of the period. */
  public abstract int openRequests();

  /** Returns the amount of the open requests. */
  public abstract Money openAmount();

  /**
   * Returns the pledges made before the end of the period, one line per donor in donor order:
   * what each pledged, paid against its pledges and still owes, at the end of the period. A
   * pledge is a promise, not money: these lines are not part of the inflows or the balances.
   * Empty for a fund that took no pledge.
   */
  public abstract List<PledgeLine> pledges();

  /** Returns the sum of the pledge lines' outstanding amounts: promised and not yet paid. */
  public final Money outstandingPledges() {
    return pledges().stream().map(PledgeLine::outstanding).reduce(Money.ZERO, Money::plus);
  }

  /** Returns the sum of the inflows of the period. */
  public final Money totalIn() {
    return inflows().stream().map(ChannelLine::amount).reduce(Money.ZERO, Money::plus);
  }

  /** Returns the sum of the outflows of the period. */
  public final Money totalOut() {
    return outflows().stream().map(CategoryLine::amount).reduce(Money.ZERO, Money::plus);
  }

  /** Returns the beneficiaries of the period's disbursements: the sum of the category lines. */
  public final long beneficiaries() {
    return outflows().stream().mapToLong(CategoryLine::beneficiaries).sum();
  }

  /** Returns the outflows of the period of one group. */
  public final Money totalOut(OutflowGroup group) {
    java.util.Objects.requireNonNull(group, "group");
    return outflows().stream().filter(l -> l.category().group() == group).map(CategoryLine::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  @Value.Check
  final void check() {
    String subject = "TransparencyReport[" + fund() + " " + period() + "]";
    Money expected = openingBalance().plus(totalIn()).minus(totalOut());
    if (!expected.equals(closingBalance())) {
      throw new DomainValidationException(new Violation(subject, "closingBalance", "conservation",
          "opening " + openingBalance() + " + in " + totalIn() + " - out " + totalOut() + " = " + expected
              + ", but the closing balance was " + closingBalance())
                      .with("opening", openingBalance()).with("in", totalIn()).with("out", totalOut())
                      .with("expected", expected).with("closing", closingBalance()));
    }
    Money held = holdings().stream().map(HoldingLine::balance).reduce(Money.ZERO, Money::plus);
    if (!held.equals(closingBalance())) {
      throw new DomainValidationException(new Violation(subject, "holdings", "holdings-add-up",
          "the holdings add up to " + held + ", the closing balance was " + closingBalance())
                  .with("sum", held).with("closing", closingBalance()));
    }
    Money given = donors().stream().map(DonorKindLine::amount).reduce(Money.ZERO, Money::plus);
    if (!given.equals(totalIn())) {
      throw new DomainValidationException(new Violation(subject, "donors", "donors-add-up",
          "the donor kinds add up to " + given + ", the inflows to " + totalIn())
                  .with("sum", given).with("inflows", totalIn()));
    }
  }

  /**
   * The donations of one channel in the period.
   *
   * @param channel the channel
   * @param donations how many donations
   * @param amount their sum; not negative
   */
  public record ChannelLine(DonationChannel channel, int donations, Money amount) {

    /** Checks the parts are present and the counts not negative. */
    public ChannelLine {
      requireNonNull(channel, "channel");
      requireNonNull(amount, "amount");
      notNegative(donations, amount);
    }
  }

  /**
   * The donations of one kind of donor in the period.
   *
   * @param kind the kind of donor
   * @param donations how many donations
   * @param amount their sum; not negative
   */
  public record DonorKindLine(DonorKind kind, int donations, Money amount) {

    /** Checks the parts are present and the counts not negative. */
    public DonorKindLine {
      requireNonNull(kind, "kind");
      requireNonNull(amount, "amount");
      notNegative(donations, amount);
    }
  }

  /**
   * The disbursements of one category in the period.
   *
   * @param category the category
   * @param disbursements how many disbursements
   * @param amount their sum; not negative
   * @param beneficiaries the sum of their beneficiaries; a project paid in several parts in the
   *     period counts once, with the most beneficiaries any part names
   */
  public record CategoryLine(OutflowCategory category, int disbursements, Money amount, long beneficiaries) {

    /** Checks the parts are present and the counts not negative. */
    public CategoryLine {
      requireNonNull(category, "category");
      requireNonNull(amount, "amount");
      notNegative(disbursements, amount);
      notNegative(beneficiaries, Money.ZERO);
    }
  }

  /**
   * The balance of one holding at the end of the period.
   *
   * @param earmark the earmark, or empty for unrestricted money
   * @param balance the balance; not negative
   */
  public record HoldingLine(Optional<Earmark> earmark, Money balance) {

    /** Checks the parts are present and the balance not negative. */
    public HoldingLine {
      requireNonNull(earmark, "earmark");
      requireNonNull(balance, "balance");
      notNegative(0, balance);
    }
  }

  /**
   * One directed project paid in the period.
   *
   * @param project the project
   * @param title the purpose of its first disbursement, such as {@code "雪梅里广场改造"}
   * @param paidInPeriod what it was paid in the period
   * @param paidToDate what it was paid from the fund's launch to the end of the period
   * @param beneficiaries the most beneficiaries any of its disbursements names
   */
  public record ProjectLine(ProjectId project, String title, Money paidInPeriod, Money paidToDate, long beneficiaries) {

    /** Checks the parts are present and the amounts not negative. */
    public ProjectLine {
      requireNonNull(project, "project");
      requireNonNull(title, "title");
      requireNonNull(paidInPeriod, "paidInPeriod");
      requireNonNull(paidToDate, "paidToDate");
      notNegative(beneficiaries, paidInPeriod);
      notNegative(0, paidToDate);
    }
  }

  /**
   * The pledges of one donor made before the end of the period (认领): what was promised, what
   * was paid against them and what is outstanding, at the end of the period.
   *
   * @param donor the donor, by id (an organization's or a person's opaque id)
   * @param kind the donor's kind, as the pledges name it
   * @param pledges how many pledges
   * @param pledged their sum
   * @param paid what donations naming them paid before the end of the period; at most {@code pledged}
   */
  public record PledgeLine(ActorId donor, DonorKind kind, int pledges, Money pledged, Money paid) {

    /**
     * Checks the parts are present, the counts not negative and no more paid than pledged.
     *
     * @throws DomainValidationException (rule {@code pledge-overpaid}) if more is paid than pledged
     */
    public PledgeLine {
      requireNonNull(donor, "donor");
      requireNonNull(kind, "kind");
      requireNonNull(pledged, "pledged");
      requireNonNull(paid, "paid");
      notNegative(pledges, pledged);
      notNegative(0, paid);
      if (paid.compareTo(pledged) > 0) {
        throw new DomainValidationException(new Violation("TransparencyReport pledge line", "paid", "pledge-overpaid",
            "no more is paid against pledges than they promised, paid " + paid + " of " + pledged)
                .with("value", paid).with("max", pledged));
      }
    }

    /** Returns what is promised and not yet paid: {@code pledged - paid}. */
    public Money outstanding() {
      return pledged.minus(paid);
    }
  }

  private static void notNegative(long count, Money amount) {
    if (count < 0 || amount.isNegative()) {
      throw new DomainValidationException(new Violation("TransparencyReport line", count < 0 ? "count" : "amount", "not-negative",
          "report lines count and sum up from zero, were " + count + " and " + amount)
              .with("value", count < 0 ? count : amount));
    }
  }

  /** The builder of {@link TransparencyReport}; each attribute may be set once. */
  public static final class Builder extends ImmutableTransparencyReport.Builder {
    Builder() {}
  }
}
