package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money given to the fund (捐赠): through one channel, by one kind of donor, optionally restricted
 * by an earmark. It debits the holding of its earmark (or the unrestricted holding) and credits
 * the income of its channel.
 *
 * <pre>{@code
 * Donation d = Donation.builder()
 *     .id(EntryId.of("don-2021-0001")).fund(FundId.of("lantian-fund"))
 *     .at(Instant.parse("2021-06-09T02:00:00Z"))
 *     .channel(DonationChannel.DIRECTED).donorKind(DonorKind.CO_BUILDING_UNIT)
 *     .donor(OrganizationId.of("unit-power-supply"))
 *     .amount(Money.ofYuan("500000"))
 *     .earmark(Earmark.forProject(ProjectId.of("xuemeili-square")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Donation implements LedgerEntry {

  /** The longest receipt number accepted, in characters. */
  public static final int MAX_RECEIPT_LENGTH = 64;

  Donation() {}

  /**
   * Returns a builder; all attributes but {@code donor}, {@code earmark}, {@code receipt} and
   * {@code pledge} are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract EntryId id();

  @Override
  public abstract FundId fund();

  @Override
  public abstract Instant at();

  /** Returns the channel the money came in through. */
  public abstract DonationChannel channel();

  /** Returns the kind of donor. */
  public abstract DonorKind donorKind();

  /** Returns the donor, or empty for an anonymous gift (common for residents' small gifts). */
  public abstract Optional<ActorId> donor();

  @Override
  public abstract Money amount();

  /** Returns the donor's restriction, or empty for unrestricted money. */
  public abstract Optional<Earmark> earmark();

  /** Returns the number of the receipt given to the donor, if any. */
  public abstract Optional<String> receipt();

  /**
   * Returns the pledge this donation pays (in part or in full), if any. A donation that pays a
   * pledge names its donor, who is the pledge's donor; the fund's rules refuse one that would pay
   * more than the pledge has outstanding.
   */
  public abstract Optional<PledgeId> pledge();

  /** Returns the holding this donation fills. */
  public final Account.Holding holding() {
    return new Account.Holding(earmark());
  }

  @Override
  public final List<Posting> postings() {
    return List.of(
        new Posting(holding(), Posting.Side.DEBIT, amount()),
        new Posting(new Account.Income(channel()), Posting.Side.CREDIT, amount()));
  }

  /**
   * Checks the amount, the instant, the receipt and that a donation paying a pledge names its donor.
   *
   * @throws DomainValidationException if one does not hold (rule {@code pledge-names-donor} for the last)
   */
  @Value.Check
  final void check() {
    String subject = "Donation[" + id() + "]";
    Checks.positive(subject, "amount", amount());
    TimeLimits.check(subject, "at", at());
    receipt().ifPresent(r -> Checks.text(subject, "receipt", r, MAX_RECEIPT_LENGTH));
    if (pledge().isPresent() && donor().isEmpty()) {
      throw new DomainValidationException(subject, "donor", "pledge-names-donor",
          "a donation paying pledge " + pledge().get() + " names its donor");
    }
  }

  /** The builder of {@link Donation}; each attribute may be set once. */
  public static final class Builder extends ImmutableDonation.Builder {
    Builder() {}
  }
}
