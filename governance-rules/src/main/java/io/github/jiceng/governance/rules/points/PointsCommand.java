package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * What a host asks of the red-star points ledger (积分指令), decided by {@link PointsRules}. Each
 * command books at most one entry of its own, after the expiries due by its instant.
 *
 * <p>A command checks its own shape (nulls, a positive quantity); whether it fits the ledger
 * (an instant within {@link TimeLimits}, the balance, the stock, the caps) is decided against the
 * state and refused as a value.
 */
public sealed interface PointsCommand {

  /**
   * Awards the points a contribution earns under the policy, cut to the caps (积分奖励).
   *
   * @param contribution the contribution; its id is the award's id
   * @param at when the award is booked; its expiry counts from here
   */
  record Award(Contribution contribution, Instant at) implements PointsCommand {
    /** Checks the parts are present. */
    public Award {
      requireNonNull(contribution, "contribution");
      requireNonNull(at, "at");
    }
  }

  /**
   * Redeems units of a service from the catalogue (积分兑换).
   *
   * @param id the redemption's id
   * @param actor the member
   * @param service the service
   * @param quantity how many units; positive
   * @param at when
   */
  record Redeem(EntryId id, ActorId actor, OfferId service, int quantity, Instant at) implements PointsCommand {
    /**
     * Checks the parts are present and the quantity positive.
     *
     * @throws DomainValidationException if the quantity is not positive
     */
    public Redeem {
      requireNonNull(id, "id");
      requireNonNull(actor, "actor");
      requireNonNull(service, "service");
      requireNonNull(at, "at");
      if (quantity <= 0) {
        throw new DomainValidationException(new Violation("PointsLedger.redeem", "quantity", "positive",
            "quantity must be positive: " + quantity).with("value", quantity));
      }
    }
  }

  /**
   * Deducts points for a violation (扣分).
   *
   * @param id the deduction's id
   * @param actor the member
   * @param rule the policy's deduction rule
   * @param at when
   * @param note the reason as recorded
   */
  record Deduct(EntryId id, ActorId actor, RuleId rule, Instant at, String note) implements PointsCommand {
    /** Checks the parts are present. */
    public Deduct {
      requireNonNull(id, "id");
      requireNonNull(actor, "actor");
      requireNonNull(rule, "rule");
      requireNonNull(at, "at");
      requireNonNull(note, "note");
    }
  }

  /**
   * Appends an entry recorded earlier, as it is, such as one read from storage: awards,
   * redemptions and deductions keep their recorded points (checked against the balance and, for
   * awards, {@code Points.MAX_BALANCE}); an expiry must be one the ledger derives itself at that
   * instant.
   *
   * @param entry the recorded entry
   */
  record Append(LedgerEntry entry) implements PointsCommand {
    /** Checks the entry is present. */
    public Append {
      requireNonNull(entry, "entry");
    }
  }

  /**
   * Books every expiry whose boundary is at or before the instant (积分过期).
   *
   * @param instant the instant; within {@link TimeLimits}
   */
  record AdvanceTo(Instant instant) implements PointsCommand {
    /**
     * Checks the instant is present and within {@link TimeLimits}.
     *
     * @throws DomainValidationException if it is not (rule {@code instant-range})
     */
    public AdvanceTo {
      requireNonNull(instant, "instant");
      TimeLimits.check("PointsCommand.AdvanceTo", "instant", instant);
    }
  }
}
