package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.points.PointsLedger;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SplittableRandom;

/**
 * Red-star points: expiries at midnight, awards for what the other phases report, and members'
 * redemptions in the evening, all booked through the {@link PointsLedger} it owns. Owns the
 * redemption numbering and random stream, the points awarded today and the points the log says
 * are outstanding. The other phases earn points only through {@link #award}.
 */
final class PointsPhase {

  private final EventLog log;
  private final int redemptionPerMille;
  private final SplittableRandom random;
  private final PointsLedger ledger;
  private final List<ServiceOffer> offers;
  private int redemptions;
  private long awardedToday;
  private long outstanding;

  PointsPhase(Setting scenario, EventLog log, SplittableRandom random) {
    this.log = log;
    this.redemptionPerMille = scenario.parameters().redemptionPerMille();
    this.random = random;
    this.ledger = PointsLedger.open(scenario.points(), scenario.catalogue());
    List<ServiceOffer> sorted = new ArrayList<>(scenario.catalogue().offers());
    sorted.sort((a, b) -> {
      int c = a.price().compareTo(b.price());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    this.offers = sorted;
  }

  private static SortedMap<String, String> ids(ActorId actor, String entry) {
    return EventLog.ids(actor.isOrganization() ? SimulationEvent.ORGANIZATION : SimulationEvent.PERSON, actor.value(),
        SimulationEvent.ENTRY, entry);
  }

  /**
   * Awards a contribution, booked at the instant.
   *
   * @return the points granted, 0 if refused
   */
  long award(Contribution c, Instant bookAt) {
    if (ledger.policy().earningRule(c.kind(), c.actor()).isEmpty()) {
      return 0; // the policy does not reward this kind for this earner: nothing to book or refuse
    }
    Decision<LedgerEntry> o = ledger.award(c, bookAt);
    if (o instanceof Decision.Applied<LedgerEntry> a) {
      expired(a);
      Award award = (Award) a.last();
      log.emit(EventKind.POINTS_AWARDED, bookAt, c.actor(), null, null, ids(c.actor(), c.id().value()),
          c.kind() + " under " + award.rule() + ": " + award.arithmetic() + " → " + award.points().value() + " pt",
          null);
      awardedToday += award.points().value();
      outstanding += award.points().value();
      return award.points().value();
    }
    if (o instanceof Decision.Refused<LedgerEntry> r) {
      log.refused(bookAt, c.actor(), null, ids(c.actor(), c.id().value()), "the points ledger refuses the award of "
          + c.kind() + ": " + reason(r.refusal()));
    }
    return 0;
  }

  /** Books the expiries due by the instant. */
  void expire(Instant at) {
    for (Expiry x : ledger.advanceTo(at)) {
      expired(x);
    }
  }

  /** Reports the expiries an applied award or redemption booked before its own entry, if any. */
  private void expired(Decision.Applied<LedgerEntry> applied) {
    List<LedgerEntry> events = applied.events();
    for (LedgerEntry x : events.subList(0, events.size() - 1)) {
      expired((Expiry) x);
    }
  }

  private void expired(Expiry x) {
    log.emit(EventKind.POINTS_EXPIRED, x.at(), x.actor(), null, null, ids(x.actor(), x.id().value()),
        x.points().value() + " pt of " + x.actor().value() + " expired", null);
    outstanding -= x.points().value();
  }

  /** Members who can afford a service of the catalogue redeem one, by chance. */
  void redemptions(Instant at) {
    if (offers.isEmpty()) {
      return;
    }
    Points cheapest = offers.get(0).price();
    for (ActorId member : ledger.members()) {
      Points balance = ledger.balance(member);
      if (balance.compareTo(cheapest) < 0 || !Draws.chance(random, redemptionPerMille)) {
        continue;
      }
      List<ServiceOffer> affordable = new ArrayList<>();
      for (ServiceOffer o : offers) {
        boolean inStock = o.stock().isEmpty() || ledger.redeemedUnits(o.id()) < o.stock().getAsLong();
        if (inStock && o.price().compareTo(balance) <= 0) {
          affordable.add(o);
        }
      }
      if (affordable.isEmpty()) {
        continue;
      }
      ServiceOffer offer = Draws.pick(random, affordable);
      EntryId id = EntryId.of(EventLog.id("red-", ++redemptions, 7));
      Decision<LedgerEntry> o = ledger.redeem(id, member, offer.id(), 1, at);
      if (o instanceof Decision.Applied<LedgerEntry> a) {
        expired(a);
        Redemption r = (Redemption) a.last();
        log.emit(EventKind.POINTS_REDEEMED, at, member, null, null, ids(member, id.value()), member.value()
            + " redeemed " + offer.id() + " for " + r.points().value() + " pt", null);
        outstanding -= r.points().value();
      } else if (o instanceof Decision.Refused<LedgerEntry> r) {
        log.refused(at, member, null, ids(member, id.value()), "the points ledger refuses redeeming " + offer.id()
            + ": " + reason(r.refusal()));
      }
    }
  }

  /** The refusal as the event log has always written it: the code's constant name, then the detail. */
  private static String reason(Refusal refusal) {
    return ((Enum<?>) refusal.code()).name() + ": " + refusal.detail();
  }

  /** Starts a day's count. */
  void beginDay() {
    awardedToday = 0;
  }

  /** The points awarded today. */
  long awardedToday() {
    return awardedToday;
  }

  /** The points the log says are outstanding: awarded less redeemed and expired. */
  long outstanding() {
    return outstanding;
  }

  /** Every account's totals. */
  List<AccountTotals> totals() {
    return ledger.allTotals();
  }

  /** The ledger's entries in booking order. */
  List<LedgerEntry> entries() {
    return List.copyOf(ledger.entries());
  }
}
