package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulk fold keeps each calendar answer (a cap's period, an entry's year, an award's expiry)
 * for the instants it holds for; awards on both sides of a month's and a year's first instant in
 * the policy's zone (China Standard Time, eight hours ahead of UTC) fold to the state that
 * evolving them one at a time gives, and the caps count in the right periods afterwards.
 */
final class PointsFoldAcrossPeriodsTest {

  private static final PointsRules RULES = PointsRules.of(RedStarPolicies.article(), ServiceCatalogue.of());

  /** 2025-01-01T00:00 in China: the first instant of a month and of a year. */
  private static final Instant NEW_YEAR = Instant.parse("2024-12-31T16:00:00Z");

  private static int next;

  private static Decision<LedgerEntry> attend(PointsState state, String member, Instant at) {
    String id = "attend-" + next++;
    Contribution contribution = Contribution.builder().id(EntryId.of(id)).actor(PersonId.of(member))
        .kind(ContributionKind.ACTIVITY_ATTENDED).occurredAt(at).reference("activity-" + id).build();
    return RULES.decide(new PointsCommand.Award(contribution, at), state);
  }

  @Test
  void awardsOnBothSidesOfAMonthAndAYearFoldInBulkAsTheyEvolveOneAtATime() {
    List<Instant> instants = new ArrayList<>();
    for (int i = 20; i >= 1; i--) {
      instants.add(NEW_YEAR.minus(Duration.ofMinutes(i)));
    }
    instants.add(NEW_YEAR.minusNanos(1));
    instants.add(NEW_YEAR);
    for (int i = 1; i <= 20; i++) {
      instants.add(NEW_YEAR.plus(Duration.ofMinutes(i)));
    }
    PointsState stepwise = RULES.initialState();
    List<LedgerEntry> entries = new ArrayList<>();
    for (Instant at : instants) {
      for (String member : List.of("p-1", "p-2")) {
        for (LedgerEntry entry : ((Decision.Applied<LedgerEntry>) attend(stepwise, member, at)).events()) {
          entries.add(entry);
          stepwise = RULES.evolve(stepwise, entry);
        }
      }
    }
    assertThat(entries).hasSizeGreaterThanOrEqualTo(PointsRules.BULK_FOLD_MIN);

    PointsState bulk = RULES.fold(RULES.initialState(), entries);

    assertThat(bulk).isEqualTo(stepwise);
    assertThat(bulk.hashCode()).isEqualTo(stepwise.hashCode());
    long granted = entries.stream().filter(e -> e.actor().equals(PersonId.of("p-1")))
        .mapToLong(e -> ((Award) e).points().value()).sum();
    assertThat(granted).as("40 points a month, in December and in January").isEqualTo(80);
    assertThat(bulk.earnedInYear(PersonId.of("p-1"), 2024).value()).isEqualTo(40);
    assertThat(bulk.earnedInYear(PersonId.of("p-1"), 2025).value()).isEqualTo(40);
    Decision<LedgerEntry> february = attend(bulk, "p-1", Instant.parse("2025-01-31T16:00:00Z"));
    assertThat(((Award) ((Decision.Applied<LedgerEntry>) february).last()).points().value())
        .as("a new month has its own cap").isEqualTo(5);
    assertThat(february).isEqualTo(attendAgain(stepwise, february));
  }

  private static Decision<LedgerEntry> attendAgain(PointsState state, Decision<LedgerEntry> decided) {
    Award award = (Award) ((Decision.Applied<LedgerEntry>) decided).last();
    return RULES.decide(new PointsCommand.Award(award.contribution(), award.at()), state);
  }
}
