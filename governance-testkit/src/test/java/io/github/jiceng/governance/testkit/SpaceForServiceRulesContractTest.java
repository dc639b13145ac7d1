package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.DeliveryId;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.venue.RoomId;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.VenueId;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.venue.ServiceStanding;
import io.github.jiceng.governance.rules.venue.SpaceCommand;
import io.github.jiceng.governance.rules.venue.SpaceEvent;
import io.github.jiceng.governance.rules.venue.SpaceForServiceRules;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.rules.venue.SpaceRefusalCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SpaceForServiceRules} through the generic contract over 300 seeds: random sequences of
 * granting, deliveries inside and outside the period, reviews, renewals, repeats and commands the
 * rule must refuse. Also checks that every refusal code is reached, that both languages have a
 * template using exactly each refusal's arguments, that no owed or delivered minute is lost, and
 * that after every review the flag says whether the organization is behind.
 */
final class SpaceForServiceRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 300;

  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);

  static SpaceGrant grant(String id) {
    return SpaceGrant.builder().id(GrantId.of(id)).venue(VenueId.of("centre")).room(RoomId.of("therapy"))
        .organization(OrganizationId.of("ngo")).spaceHoursPerWeek(8).servicePerWeek(Duration.ofMinutes(60))
        .period(Interval.of(T0, T0.plus(WEEK.multipliedBy(10)))).graceWeeks(1).build();
  }

  private static Instant hour(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  /** A sequence that mixes valid commands, repeats of earlier ones and commands to refuse. */
  static List<SpaceCommand> commands(Random r) {
    List<SpaceCommand> out = new ArrayList<>();
    if (r.nextInt(10) == 0) {
      out.add(new SpaceCommand.Review(T0));
    }
    out.add(new SpaceCommand.Grant(grant("g")));
    long clock = 0;
    int n = 10 + r.nextInt(40);
    int generosity = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(9)) {
        case 0, 1 -> {
          if (r.nextInt(4) < generosity) {
            long at = clock + r.nextInt(200) - 40;
            out.add(new SpaceCommand.Deliver(ServiceDelivery.of(DeliveryId.of("d-" + r.nextInt(20)), hour(at),
                Duration.ofMinutes(30 + 30L * r.nextInt(6)))));
          }
        }
        case 2, 3 -> out.add(new SpaceCommand.Review(hour(clock + r.nextInt(48) - 8)));
        case 4 -> out.add(new SpaceCommand.Renew(hour(clock + r.nextInt(48) - 8),
            T0.plus(WEEK.multipliedBy(8 + r.nextInt(8)))));
        case 5 -> out.add(new SpaceCommand.Grant(grant(r.nextInt(3) == 0 ? "other" : "g")));
        default -> out.add(out.get(r.nextInt(out.size())));
      }
      clock += r.nextInt(60);
    }
    return out;
  }

  @Test
  void everyCommandSequenceKeepsTheContractAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      tally.add(DeciderContract.run("seed " + seed, SpaceForServiceRules.decider(),
          commands(new Random(seed))));
    }
    tally.assertReachedEveryVariantAndCode(SpaceRefusalCode.values());
  }

  @Test
  void everyRefusalHasATemplateInBothLanguagesUsingExactlyItsArguments() {
    List<Refusal> refusals = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<SpaceCommand, SpaceLedger, SpaceEvent> stream = InMemoryStream.open(SpaceForServiceRules.decider());
      for (SpaceCommand c : commands(new Random(seed))) {
        stream.handle(c).refusalIfAny().ifPresent(refusals::add);
      }
    }

    refusals.forEach(refusal -> DeciderContract.checkTexts("SpaceRefusalCode", refusal));
    assertThat(refusals).allSatisfy(r -> assertThat(r.detail()).isNotBlank());
  }

  @Test
  void noMinuteIsLostAndAfterEveryReviewTheFlagSaysWhetherTheOrganizationIsBehind() {
    int flaggedReviews = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<SpaceCommand, SpaceLedger, SpaceEvent> stream = InMemoryStream.open(SpaceForServiceRules.decider());
      for (SpaceCommand c : commands(new Random(seed))) {
        Decision<SpaceEvent> d = stream.handle(c);
        SpaceLedger ledger = stream.state();
        Duration sum = ledger.deliveries().stream().map(ServiceDelivery::time).reduce(Duration.ZERO, Duration::plus);
        assertThat(ledger.delivered()).as("seed %d after %s", seed, c).isEqualTo(sum);
        if (c instanceof SpaceCommand.Review review && !d.isRefused() && ledger.grant().isPresent()) {
          ServiceStanding s = ledger.standing(review.at());
          assertThat(ledger.flagged()).as("seed %d after %s: %s", seed, c, s).isEqualTo(s.behind());
          assertThat(s.owed()).as("seed %d", seed).isEqualTo(s.delivered().plus(s.shortfall()).minus(s.surplus()));
          assertThat(s.owed()).as("seed %d", seed).isEqualTo(ledger.grant().get().servicePerWeek()
              .multipliedBy(ledger.grant().get().weeksElapsed(review.at())));
          flaggedReviews += ledger.flagged() ? 1 : 0;
        }
      }
    }
    assertThat(flaggedReviews).as("reviews that found an organization behind").isPositive();
  }
}
