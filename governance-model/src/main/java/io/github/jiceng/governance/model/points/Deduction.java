package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * Points taken for a violation (扣分): the rule's points, or the balance if smaller (扣完为止).
 *
 * @param id the entry's id
 * @param actor whose points
 * @param at when
 * @param rule the deduction rule applied
 * @param requested what the rule takes before the balance floor
 * @param points what was taken; at most {@code requested}, not negative
 * @param note the reason as recorded; may contain personal data, so it is not shown by
 *     {@link #toString()}
 */
public record Deduction(EntryId id, ActorId actor, Instant at, RuleId rule, Points requested, Points points,
    String note) implements LedgerEntry {

  /** Validates the entry. */
  public Deduction {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    requireNonNull(rule, "rule");
    requireNonNull(note, "note");
    requireNonNull(points, "points");
    requireNonNull(requested, "requested");
    points.requireNonNegative("deducted points");
    TimeLimits.check("Deduction[" + id + "]", "at", at);
    requested.requireWithin("Deduction[" + id + "]", "requested", Points.MAX_BALANCE);
    if (requested.compareTo(points) < 0) {
      throw new DomainValidationException(new Violation("Deduction[" + id + "]", "points", "within-requested",
          "deducted points " + points + " exceed the requested " + requested)
                  .with("points", points).with("requested", requested));
    }
  }

  /** Returns the entry with the note's length only. */
  @Override
  public String toString() {
    return "Deduction[id=" + id + ", actor=" + actor + ", at=" + at + ", rule=" + rule + ", requested="
        + requested + ", points=" + points + ", note=(" + note.length() + " characters)]";
  }
}
