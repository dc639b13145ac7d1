package com.example.consumer;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.points.PointsLedger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Red-star points (闪闪红星): a veteran volunteer earns points under the article's policy, a
 * resubmitted award is answered as a duplicate, and the points buy physiotherapy.
 */
public final class RedStarPoints {

  private RedStarPoints() {}

  public static void main(String[] args) {
    PersonId liShirong = PersonId.of("zhanbei-volunteer-0001");                // 老党员李世荣
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(),          // the policy is data
        RedStarPolicies.articleServices(OrganizationId.of("org-zhanbei-kangyang")));

    Contribution vaccinationPublicity = Contribution.builder().id(EntryId.of("vr-0302"))
        .actor(liShirong).kind(ContributionKind.VOLUNTEER_SERVICE)
        .occurredAt(beijing("2024-03-02T09:00")).duration(Duration.ofMinutes(150)).build();
    Decision<LedgerEntry> award = ledger.award(vaccinationPublicity, beijing("2024-03-03T10:00"));
    Decision<LedgerEntry> again = ledger.award(vaccinationPublicity, beijing("2024-03-04T10:00")); // resubmitted
    ledger.award(Contribution.builder().id(EntryId.of("vr-0316")).actor(liShirong)
        .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(beijing("2024-03-16T08:00"))
        .duration(Duration.ofHours(10)).build(), beijing("2024-03-17T10:00"));   // 8 hours count at most

    Decision<LedgerEntry> physio = ledger.redeem(EntryId.of("redeem-0320"), liShirong,
        OfferId.of("physiotherapy"), 2, beijing("2024-03-20T15:00"));           // 2 × 50 points
    Decision<LedgerEntry> massage = ledger.redeem(EntryId.of("redeem-0321"), liShirong,
        OfferId.of("oil-massage"), 1, beijing("2024-03-21T15:00"));             // 80 points: too dear

    String arithmetic = ((Award) ((Decision.Applied<LedgerEntry>) award).last()).arithmetic();
    check(arithmetic.endsWith("= 25"), "25 points for two and a half hours: " + arithmetic);
    check(again instanceof Decision.Unchanged, "the resubmitted award is a duplicate: " + again);
    check(physio instanceof Decision.Applied, "physiotherapy redeemed: " + physio);
    check(massage.refusalIfAny().map(r -> r.code().key()).orElse("").equals("points.insufficient-balance"),
        "the massage is refused: " + massage);
    check(ledger.balance(liShirong).value() == 25 + 80 - 100, "balance " + ledger.balance(liShirong));
    check(ledger.totals(liShirong).conserves(), "earned = redeemed + balance");
    System.out.println("RedStarPoints OK: " + arithmetic + "; the resubmission is "
        + again.getClass().getSimpleName() + "; " + massage + "; balance " + ledger.balance(liShirong));
  }

  private static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(RedStarPolicies.CHINA).toInstant();
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("RedStarPoints FAILED: " + what);
    }
  }
}
