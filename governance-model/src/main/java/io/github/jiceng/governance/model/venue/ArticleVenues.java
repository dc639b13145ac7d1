package io.github.jiceng.governance.model.venue;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The source article's venue and its space-for-service grant, as data: 站北社区's party-masses
 * service centre of 3,900 m² "with a community cinema, a physiotherapy room, an elderly-service
 * station and other function rooms" (社区建成了3900平米党群服务中心，并设有社区电影院、理疗室、为老服务站等功能室),
 * and the social organization brought in "by trading space for service" (以空间换服务) to give
 * residents essential-oil massage, head therapy and moxibustion in its physiotherapy room.
 *
 * <p>The ids are those of the seed scenario ({@code seeds/jungar-banner/scenario.json}): the grid
 * {@code zhanbei} is 站北社区, the room ids are the ids of the centre's resources there, and {@code
 * zb-ngo-kangyang} is the social organization of the treatments.
 *
 * <p>The article gives the centre's area and names three rooms; everything else is an assumption,
 * documented here and in {@code seeds/README.md}:
 *
 * <ul>
 *   <li>3,900 m² is the centre's declared floor area ({@link Venue#floorArea()}); the rooms below
 *       take 750 m² of it and the remaining 3,150 m² (service hall, offices, corridors, other rooms
 *       the article's "等" leaves out) are not modelled as rooms.
 *   <li>Room areas: cinema 300 m², physiotherapy room 60 m², elderly-service station 240 m², and
 *       the children's play area (乐享生活, opened in 2022 on residents' demand) 150 m².
 *   <li>Opening hours: 08:30 to 20:30 every day, China time.
 *   <li>The grant: the physiotherapy room for 8 hours a week (two afternoons) through 2023, for 20
 *       minutes of public service a week — one three-hour public session every nine weeks, which
 *       the seed scenario's six sessions of 2023 (18 hours) meet — with the default grace of four
 *       weeks.
 * </ul>
 */
public final class ArticleVenues {

  /** 站北社区's party-masses service centre. */
  public static final VenueId ZHANBEI_CENTRE = VenueId.of("zhanbei-centre");

  /** The centre's community cinema (社区电影院). */
  public static final RoomId CINEMA = RoomId.of("zhanbei-centre-community-cinema");

  /** The centre's physiotherapy room (理疗室), the space traded for service. */
  public static final RoomId THERAPY_ROOM = RoomId.of("zhanbei-centre-physiotherapy-room");

  /** The centre's elderly-service station (为老服务站). */
  public static final RoomId ELDERLY_SERVICE_STATION = RoomId.of("zhanbei-centre-elderly-service-station");

  /** The centre's children's play area (乐享生活游乐设施). */
  public static final RoomId CHILDREN_PLAY_AREA = RoomId.of("zhanbei-centre-children-play-area");

  /** The grant of the physiotherapy room to the social organization of the treatments, for 2023. */
  public static final GrantId THERAPY_ROOM_GRANT = GrantId.of("zhanbei-kangyang-2023");

  /** The centre's time zone: China time. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final Venue CENTRE = Venue.builder().id(ZHANBEI_CENTRE).name("站北社区党群服务中心")
      .grid(GridId.of("zhanbei")).floorArea(3900)
      .addRoom(new Room(CINEMA, "社区电影院", RoomKind.CINEMA, 300))
      .addRoom(new Room(THERAPY_ROOM, "理疗室", RoomKind.THERAPY_ROOM, 60))
      .addRoom(new Room(ELDERLY_SERVICE_STATION, "为老服务站", RoomKind.ELDERLY_SERVICE_STATION, 240))
      .addRoom(new Room(CHILDREN_PLAY_AREA, "乐享生活儿童游乐区", RoomKind.CHILDREN_PLAY_AREA, 150))
      .openingHours(OpeningHours.daily(LocalTime.of(8, 30), LocalTime.of(20, 30), CHINA))
      .build();

  private static final SpaceGrant GRANT = SpaceGrant.builder().id(THERAPY_ROOM_GRANT).venue(ZHANBEI_CENTRE)
      .room(THERAPY_ROOM).organization(OrganizationId.of("zb-ngo-kangyang")).spaceHoursPerWeek(8)
      .servicePerWeek(Duration.ofMinutes(20))
      .period(Interval.of(LocalDate.of(2023, 1, 1).atStartOfDay(CHINA).toInstant(),
          LocalDate.of(2024, 1, 1).atStartOfDay(CHINA).toInstant()))
      .build();

  private ArticleVenues() {}

  /**
   * Returns 站北社区's party-masses service centre: 3,900 m², its cinema, physiotherapy room,
   * elderly-service station and children's play area.
   *
   * @return the venue
   */
  public static Venue zhanbeiCentre() {
    return CENTRE;
  }

  /**
   * Returns the grant of the centre's physiotherapy room to the social organization that gives
   * residents essential-oil massage, head therapy and moxibustion (以空间换服务), for 2023.
   *
   * @return the grant
   */
  public static SpaceGrant therapyRoomGrant() {
    return GRANT;
  }
}
