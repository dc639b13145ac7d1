package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pledge to the fund (认领): at a pledge event (认领现场) a donor promises an amount through one
 * channel, and pays it later in one or more {@link Donation}s that name the pledge ({@link
 * Donation#pledge()}). The article raises the co-building fund "by the way of pledging" (通过 ...
 * 认领的方式，筹集资金).
 *
 * <p>A pledge is a promise, not money: it is no ledger entry, it moves no posting, and no balance,
 * draw or request of the fund counts it. Only the donations that pay it do. The fund's rules keep
 * what was paid against each pledge and refuse a donation that would pay more than is
 * outstanding.
 *
 * <pre>{@code
 * Pledge p = Pledge.builder()
 *     .id(PledgeId.of("pledge-2021-0001")).fund(FundId.of("lantian-fund"))
 *     .at(Instant.parse("2021-06-09T02:00:00Z"))
 *     .channel(DonationChannel.DIRECTED).donorKind(DonorKind.CO_BUILDING_UNIT)
 *     .donor(OrganizationId.of("unit-power-supply"))
 *     .amount(Money.ofYuan("500000"))
 *     .dueOn(LocalDate.of(2021, 12, 31))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Pledge {

  Pledge() {}

  /** Returns a builder; all attributes but {@code dueOn} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the pledge's id; donations paying it name it. */
  public abstract PledgeId id();

  /** Returns the fund pledged to. */
  public abstract FundId fund();

  /** Returns when the pledge was made (the pledge event). */
  public abstract Instant at();

  /** Returns the channel the pledged money is to come in through. */
  public abstract DonationChannel channel();

  /** Returns the kind of donor. */
  public abstract DonorKind donorKind();

  /** Returns who pledged: a pledge always names its donor, who alone pays it. */
  public abstract ActorId donor();

  /** Returns the amount pledged; positive and at most {@link Money#MAX_ENTRY}. */
  public abstract Money amount();

  /**
   * Returns the day by which the donor promised to pay, in the fund's zone, if the pledge names
   * one. It is information for the notice board: the rules neither refuse a later payment nor
   * lapse the pledge on that day.
   */
  public abstract Optional<LocalDate> dueOn();

  /**
   * Checks the amount and the instant.
   *
   * @throws DomainValidationException if the amount is not positive or too large, or the instant
   *     is outside {@link TimeLimits}
   */
  @Value.Check
  final void check() {
    String subject = "Pledge[" + id() + "]";
    Checks.positive(subject, "amount", amount());
    TimeLimits.check(subject, "at", at());
  }

  /** The builder of {@link Pledge}; each attribute may be set once. */
  public static final class Builder extends ImmutablePledge.Builder {
    Builder() {}
  }
}
