package io.github.jiceng.governance.model.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The article's centre and its space-for-service grant, as the article reports them and as documented. */
final class ArticleVenuesTest {

  @Test
  void theCentreDeclaresThirtyNineHundredSquareMetresAndItsRoomsFitInside() {
    Venue centre = ArticleVenues.zhanbeiCentre();

    assertThat(centre.floorArea()).isEqualTo(3900);
    assertThat(centre.roomArea()).isEqualTo(750);
    assertThat(centre.otherArea()).isEqualTo(3150);
    assertThat(centre.rooms()).extracting(Room::kind).contains(RoomKind.CINEMA, RoomKind.THERAPY_ROOM,
        RoomKind.ELDERLY_SERVICE_STATION);
  }

  @Test
  void theGrantOwesTwentyMinutesAWeekInTheTherapyRoomThrough2023() {
    SpaceGrant grant = ArticleVenues.therapyRoomGrant();

    assertThat(ArticleVenues.zhanbeiCentre().room(grant.room()).orElseThrow().kind()).isEqualTo(RoomKind.THERAPY_ROOM);
    assertThat(grant.venue()).isEqualTo(ArticleVenues.zhanbeiCentre().id());
    assertThat(grant.totalOwed()).isEqualTo(Duration.ofMinutes(20 * 52));
    assertThat(grant.grace()).isEqualTo(Duration.ofMinutes(80));
    assertThat(grant.owedBy(LocalDate.of(2023, 1, 15).atStartOfDay(ArticleVenues.CHINA).toInstant()))
        .isEqualTo(Duration.ofMinutes(40));
  }
}
