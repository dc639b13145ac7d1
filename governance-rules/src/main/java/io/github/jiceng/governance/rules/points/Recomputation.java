package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Deduction;
import io.github.jiceng.governance.model.points.Redemption;

/**
 * A ledger recomputed under a new policy version (重算): the diff per member, the operations the
 * new policy refuses, and the entries it would book. Nothing in the original ledger changes; the
 * host decides whether to adopt the result.
 *
 * @param from the label of the policy the ledger was booked under
 * @param to the label of the new policy
 * @param asOf the instant both ledgers were compared at
 * @param diffs one diff per member of either ledger, persons first, then by id
 * @param refused the recorded operations the new policy refuses, in the order booked
 * @param entries the entries booked under the new policy
 */
public record Recomputation(String from, String to, Instant asOf, List<MemberDiff> diffs, List<RefusedEntry> refused,
    List<LedgerEntry> entries) {

  /** Validates and copies. */
  public Recomputation {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(asOf, "asOf");
    diffs = List.copyOf(DomainChecks.noNullElements(diffs, "diffs"));
    refused = List.copyOf(DomainChecks.noNullElements(refused, "refused"));
    entries = List.copyOf(DomainChecks.noNullElements(entries, "entries"));
  }

  /**
   * A recorded operation that the new policy refuses, such as a redemption the smaller balance no
   * longer covers.
   *
   * @param id the recorded entry's id
   * @param refusal why, with its {@link PointsRefusal} code
   */
  public record RefusedEntry(EntryId id, Refusal refusal) {
    /** Validates the refusal. */
    public RefusedEntry {
      requireNonNull(id, "id");
      requireNonNull(refusal, "refusal");
    }
  }

  /** Returns only the diffs of members whose totals change. */
  public List<MemberDiff> changes() {
    return diffs.stream().filter(MemberDiff::changed).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Replays the ledger's contributions, redemptions and deductions, at their recorded instants,
   * under the new policy, and compares both ledgers at the given instant. Expiries are derived
   * anew under the new policy's expiry.
   *
   * @param ledger the ledger as booked; not changed
   * @param newPolicy the new policy version
   * @param asOf when to compare; at or after the ledger's clock
   * @return the recomputation
   * @throws DomainValidationException if {@code asOf} is before the ledger's clock
   */
  public static Recomputation of(PointsLedger ledger, PointsPolicy newPolicy, Instant asOf) {
    requireNonNull(ledger, "ledger");
    requireNonNull(newPolicy, "newPolicy");
    requireNonNull(asOf, "asOf");
    // the ledger's own clock: a refused operation moves it without booking an entry
    ledger.clock().ifPresent(clock -> {
      if (asOf.isBefore(clock)) {
        throw new DomainValidationException("Recomputation", "asOf", "not-before-clock",
            "the ledger is at " + clock + ", cannot compare as of " + asOf);
      }
    });
    List<LedgerEntry> recorded = ledger.entries();
    PointsLedger before = PointsLedger.restore(ledger.policy(), ledger.catalogue(), recorded);
    before.advanceTo(asOf);
    PointsLedger after = PointsLedger.open(newPolicy, ledger.catalogue());
    List<RefusedEntry> refused = new ArrayList<>();
    for (LedgerEntry e : recorded) {
      Decision<LedgerEntry> o;
      if (e instanceof Award) {
        o = after.award(((Award) e).contribution(), e.at());
      } else if (e instanceof Redemption) {
        Redemption r = (Redemption) e;
        o = after.redeem(r.id(), r.actor(), r.service(), r.quantity(), r.at());
      } else if (e instanceof Deduction) {
        Deduction d = (Deduction) e;
        o = after.deduct(d.id(), d.actor(), d.rule(), d.at(), d.note());
      } else {
        continue;
      }
      if (o instanceof Decision.Refused<LedgerEntry> r) {
        refused.add(new RefusedEntry(e.id(), r.refusal()));
      }
    }
    after.advanceTo(asOf);
    Map<ActorId, MemberDiff> diffs = new TreeMap<>();
    for (ActorId actor : before.members()) {
      diffs.put(actor, new MemberDiff(actor, before.totals(actor), after.totals(actor)));
    }
    for (ActorId actor : after.members()) {
      diffs.putIfAbsent(actor, new MemberDiff(actor, before.totals(actor), after.totals(actor)));
    }
    return new Recomputation(ledger.policy().label(), newPolicy.label(), asOf,
        Collections.unmodifiableList(new ArrayList<>(diffs.values())), refused, after.entries());
  }
}
