package io.github.jiceng.governance.rules.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.venue.ArticleVenues;
import io.github.jiceng.governance.model.venue.DeliveryId;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The article's space-for-service grant: the physiotherapy room for 20 minutes of public service a
 * week through 2023, with four weeks of grace.
 */
final class SpaceForServiceRulesTest {

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(ArticleVenues.CHINA).toInstant();
  }

  private static InMemoryStream<SpaceCommand, SpaceLedger, SpaceEvent> granted() {
    InMemoryStream<SpaceCommand, SpaceLedger, SpaceEvent> s = InMemoryStream.open(SpaceForServiceRules.decider());
    s.handle(new SpaceCommand.Grant(ArticleVenues.therapyRoomGrant()));
    return s;
  }

  private static SpaceCommand deliver(String id, String when, long hours) {
    return new SpaceCommand.Deliver(ServiceDelivery.of(DeliveryId.of(id), at(when), Duration.ofHours(hours)));
  }

  @Test
  void owesTwentyMinutesForEachWholeWeekElapsed() {
    var ledger = granted().state();

    assertThat(ledger.standing(at("2023-01-07T23:59")).owed()).isZero();
    assertThat(ledger.standing(at("2023-01-08T00:00")).owed()).isEqualTo(Duration.ofMinutes(20));
    assertThat(ledger.standing(at("2023-03-31T00:00")).owed()).isEqualTo(Duration.ofMinutes(20 * 12));
    assertThat(ledger.standing(at("2025-01-01T00:00")).owed()).isEqualTo(Duration.ofMinutes(20 * 52));
  }

  @Test
  void aReviewFlagsTheOrganizationWhenItsShortfallExceedsFourWeeksOfServiceAndLowersTheFlagOnceItCatchesUp() {
    var grant = granted();
    grant.handle(deliver("d-1", "2023-01-20T09:00", 1));

    // by 2023-04-01, 12 weeks: 240 minutes owed, 60 delivered, 180 short, more than the grace of 80
    Decision<SpaceEvent> april = grant.handle(new SpaceCommand.Review(at("2023-04-01T00:00")));
    assertThat(april.events()).singleElement().isInstanceOfSatisfying(SpaceEvent.FellBehind.class, e -> {
      assertThat(e.owed()).isEqualTo(Duration.ofMinutes(240));
      assertThat(e.delivered()).isEqualTo(Duration.ofMinutes(60));
    });
    assertThat(grant.state().flagged()).isTrue();
    assertThat(grant.handle(new SpaceCommand.Review(at("2023-04-02T00:00")))).isInstanceOf(Decision.Unchanged.class);

    grant.handle(deliver("d-2", "2023-04-10T09:00", 3));
    Decision<SpaceEvent> caughtUp = grant.handle(new SpaceCommand.Review(at("2023-04-15T00:00")));
    assertThat(caughtUp.events()).singleElement().isInstanceOf(SpaceEvent.CaughtUp.class);
    assertThat(grant.state().flagged()).isFalse();
  }

  @Test
  void aRenewalWhileBehindIsRefusedWithTheMinutesOwedAndDelivered() {
    var grant = granted();
    grant.handle(deliver("d-1", "2023-01-20T09:00", 3));

    Refusal refusal = grant.handle(new SpaceCommand.Renew(at("2023-12-01T00:00"), at("2025-01-01T00:00")))
        .refusalIfAny().orElseThrow();

    assertThat(refusal.code()).isEqualTo(SpaceRefusalCode.BEHIND_ON_SERVICE);
    assertThat(refusal.arguments()).containsEntry("owedMinutes", String.valueOf(20 * 47))
        .containsEntry("deliveredMinutes", "180").containsEntry("graceMinutes", "80");
    assertThat(RefusalMessages.of(Language.ZH).render(refusal)).contains("应提供服务 940 分钟，已提供 180 分钟");
    assertThat(grant.state().grant().orElseThrow().period().end()).isEqualTo(at("2024-01-01T00:00"));
  }

  @Test
  void aRenewalOnTrackExtendsThePeriodAndTheGrantStillRepeatsUnchanged() {
    var grant = granted();
    for (int month = 1; month <= 11; month++) {
      grant.handle(deliver("d-" + month, String.format("2023-%02d-20T09:00", month), 2));
    }

    assertThat(grant.handle(new SpaceCommand.Renew(at("2023-12-01T00:00"), at("2025-01-01T00:00"))))
        .isInstanceOf(Decision.Applied.class);
    assertThat(grant.state().grant().orElseThrow().period().end()).isEqualTo(at("2025-01-01T00:00"));
    assertThat(grant.handle(new SpaceCommand.Grant(ArticleVenues.therapyRoomGrant()))).isInstanceOf(Decision.Unchanged.class);
    assertThat(grant.handle(deliver("d-12", "2024-06-20T09:00", 2))).isInstanceOf(Decision.Applied.class);
  }

  @Test
  void refusesADeliveryOutsideThePeriod() {
    Refusal refusal = granted().handle(deliver("d-1", "2024-01-02T09:00", 2)).refusalIfAny().orElseThrow();

    assertThat(refusal.code()).isEqualTo(SpaceRefusalCode.OUTSIDE_PERIOD);
    assertThat(refusal.arguments()).containsEntry("delivery", "d-1").containsEntry("end", at("2024-01-01T00:00").toString());
  }
}
