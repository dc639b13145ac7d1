package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.DeliveryId;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.venue.OpeningHours;
import io.github.jiceng.governance.model.venue.Room;
import io.github.jiceng.governance.model.venue.RoomId;
import io.github.jiceng.governance.model.venue.RoomKind;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.model.venue.VenueId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bindings of venues (阵地) and space for service (以空间换服务): a venue with its declared floor
 * area, rooms and opening hours; bookings of its rooms; the grant of a room to an organization that
 * owes service hours in return, and the deliveries of that service.
 */
public final class VenueCodecs {

  private VenueCodecs() {}

  /** {@link VenueId} as its text, such as {@code "zhanbei-centre"}. */
  public static final TextCodec<VenueId> VENUE_ID = Codecs.text(VenueId.class,
      "The id of a venue (阵地标识), such as a community's party-masses service centre.", VenueId::of, VenueId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link RoomId} as its text, such as {@code "zhanbei-centre-physiotherapy-room"}. */
  public static final TextCodec<RoomId> ROOM_ID = Codecs.text(RoomId.class,
      "The id of a room of a venue (功能室标识), unique within its venue.", RoomId::of, RoomId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link BookingId} as its text, such as {@code "b-2023-0001"}. */
  public static final TextCodec<BookingId> BOOKING_ID = Codecs.text(BookingId.class,
      "The id of a booking of a room (预约标识), unique within its venue.", BookingId::of, BookingId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link GrantId} as its text, such as {@code "zhanbei-kangyang-2023"}. */
  public static final TextCodec<GrantId> GRANT_ID = Codecs.text(GrantId.class,
      "The id of a space-for-service grant (以空间换服务协议标识).", GrantId::of, GrantId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link DeliveryId} as its text, such as {@code "kangyang-2023-01"}. */
  public static final TextCodec<DeliveryId> DELIVERY_ID = Codecs.text(DeliveryId.class,
      "The id of one delivery of service under a space-for-service grant (服务记录标识), unique within its grant.",
      DeliveryId::of, DeliveryId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link RoomKind} by name. */
  public static final EnumCodec<RoomKind> ROOM_KIND = Codecs.enumeration(RoomKind.class,
      "What a room of a venue is for (功能室类型); OTHER with a name that says what it is.");

  /** A local time of day as {@code HH:mm} or {@code HH:mm:ss}, such as {@code "08:30"}. */
  static final TextCodec<LocalTime> LOCAL_TIME = Codecs.text(LocalTime.class,
      "A local time of day (时刻), HH:mm or HH:mm:ss, such as 08:30.", LocalTime::parse, LocalTime::toString)
      .pattern("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?");

  /** {@link Room} as {@code {"id", "name", "kind", "floorArea"}}. */
  public static final ObjectCodec<Room> ROOM = room();

  /** {@link OpeningHours}: the same hours every open day, in the venue's zone, and the days it is closed. */
  public static final ObjectCodec<OpeningHours> OPENING_HOURS = openingHours();

  /** {@link Venue}: its grid node, declared floor area, rooms and opening hours. */
  public static final ObjectCodec<Venue> VENUE = venue();

  /** {@link Booking}: a room held for an activity over a span. */
  public static final ObjectCodec<Booking> BOOKING = booking();

  /** {@link SpaceGrant}: a room granted to an organization for service owed each week. */
  public static final ObjectCodec<SpaceGrant> SPACE_GRANT = spaceGrant();

  /** {@link ServiceDelivery}: service delivered under a grant, and the service record that shows it. */
  public static final ObjectCodec<ServiceDelivery> SERVICE_DELIVERY = serviceDelivery();

  private static ObjectCodec<Room> room() {
    ObjectCodec.Builder<Room> b = ObjectCodec.builder(Room.class)
        .describe("One room of a venue (功能室): its id, name as signed, kind and floor area in square metres.");
    Slot<RoomId> id = b.required("id", Room::id, ROOM_ID);
    Slot<String> name = b.required("name", Room::name, Codecs.string().length(1, Venue.MAX_NAME_LENGTH));
    Slot<RoomKind> kind = b.required("kind", Room::kind, ROOM_KIND);
    Slot<Integer> area = b.required("floorArea", Room::floorArea, Codecs.integer(1, Venue.MAX_FLOOR_AREA));
    return b.build(v -> new Room(v.get(id), v.get(name), v.get(kind), v.get(area)));
  }

  private static ObjectCodec<OpeningHours> openingHours() {
    ObjectCodec.Builder<OpeningHours> b = ObjectCodec.builder(OpeningHours.class)
        .describe("When a venue is open (开放时间): the same hours every open day in the venue's time zone, "
            + "closing after opening on the same day, and the days of the week it stays closed.");
    Slot<LocalTime> opens = b.required("opens", OpeningHours::opens, LOCAL_TIME);
    Slot<LocalTime> closes = b.required("closes", OpeningHours::closes, LOCAL_TIME);
    Slot<ZoneId> zone = b.required("zone", OpeningHours::zone, SharedCodecs.ZONE_ID);
    Slot<Set<DayOfWeek>> closedOn = b.defaulted("closedOn", OpeningHours::closedOn,
        Codecs.set(VolunteerCodecs.DAY_OF_WEEK), Set.of());
    return b.build(v -> OpeningHours.daily(v.get(opens), v.get(closes), v.get(zone)).closedOn(v.get(closedOn)));
  }

  private static ObjectCodec<Venue> venue() {
    ObjectCodec.Builder<Venue> b = ObjectCodec.builder(Venue.class)
        .describe("A venue of a community (阵地), such as its party-masses service centre: its grid node, its "
            + "declared floor area in square metres (the venue's own figure, rooms and the rest), its rooms, "
            + "which fit inside that area, and its opening hours.");
    Slot<VenueId> id = b.required("id", Venue::id, VENUE_ID);
    Slot<String> name = b.required("name", Venue::name, Codecs.string().length(1, Venue.MAX_NAME_LENGTH));
    Slot<GridId> grid = b.required("grid", Venue::grid, GridCodecs.GRID_ID);
    Slot<Integer> area = b.required("floorArea", Venue::floorArea, Codecs.integer(1, Venue.MAX_FLOOR_AREA));
    Slot<List<Room>> rooms = b.required("rooms", Venue::rooms, Codecs.list(ROOM));
    Slot<OpeningHours> hours = b.required("openingHours", Venue::openingHours, OPENING_HOURS);
    return b.build(v -> Venue.builder().id(v.get(id)).name(v.get(name)).grid(v.get(grid)).floorArea(v.get(area))
        .addAllRooms(v.get(rooms)).openingHours(v.get(hours)).build());
  }

  private static ObjectCodec<Booking> booking() {
    ObjectCodec.Builder<Booking> b = ObjectCodec.builder(Booking.class)
        .describe("A booking of one room of a venue by an activity (功能室预约): the room, the half-open span, "
            + "what for and the organization holding it.");
    Slot<BookingId> id = b.required("id", Booking::id, BOOKING_ID);
    Slot<RoomId> room = b.required("room", Booking::room, ROOM_ID);
    Slot<Interval> time = b.required("time", Booking::time, ValueCodecs.INTERVAL);
    Slot<String> activity = b.required("activity", Booking::activity,
        Codecs.string().length(1, Venue.MAX_NAME_LENGTH));
    Slot<OrganizationId> organizer = b.required("organizer", Booking::organizer, ValueCodecs.ORGANIZATION_ID);
    return b.build(v -> new Booking(v.get(id), v.get(room), v.get(time), v.get(activity), v.get(organizer)));
  }

  private static ObjectCodec<SpaceGrant> spaceGrant() {
    ObjectCodec.Builder<SpaceGrant> b = ObjectCodec.builder(SpaceGrant.class)
        .describe("Space for service (以空间换服务): a room of a venue granted to an organization for hours a "
            + "week over a period, and the service the organization owes for each whole week elapsed; it is "
            + "behind when the shortfall exceeds graceWeeks weeks of service. No money moves.");
    Slot<GrantId> id = b.required("id", SpaceGrant::id, GRANT_ID);
    Slot<VenueId> venue = b.required("venue", SpaceGrant::venue, VENUE_ID);
    Slot<RoomId> room = b.required("room", SpaceGrant::room, ROOM_ID);
    Slot<OrganizationId> organization = b.required("organization", SpaceGrant::organization,
        ValueCodecs.ORGANIZATION_ID);
    Slot<Integer> hours = b.required("spaceHoursPerWeek", SpaceGrant::spaceHoursPerWeek,
        Codecs.integer(1, SpaceGrant.HOURS_IN_A_WEEK));
    Slot<Duration> service = b.required("servicePerWeek", SpaceGrant::servicePerWeek, Codecs.DURATION);
    Slot<Interval> period = b.required("period", SpaceGrant::period, ValueCodecs.INTERVAL);
    Slot<Integer> grace = b.defaulted("graceWeeks", SpaceGrant::graceWeeks, Codecs.integer(0, 52),
        SpaceGrant.DEFAULT_GRACE_WEEKS);
    return b.build(v -> SpaceGrant.builder().id(v.get(id)).venue(v.get(venue)).room(v.get(room))
        .organization(v.get(organization)).spaceHoursPerWeek(v.get(hours)).servicePerWeek(v.get(service))
        .period(v.get(period)).graceWeeks(v.get(grace)).build());
  }

  private static ObjectCodec<ServiceDelivery> serviceDelivery() {
    ObjectCodec.Builder<ServiceDelivery> b = ObjectCodec.builder(ServiceDelivery.class)
        .describe("Service an organization delivered under a space-for-service grant (服务时长记录): when it "
            + "started, how long in positive whole minutes up to a week, and the service record showing it.");
    Slot<DeliveryId> id = b.required("id", ServiceDelivery::id, DELIVERY_ID);
    Slot<Instant> at = b.required("at", ServiceDelivery::at, Codecs.INSTANT);
    Slot<Duration> time = b.required("time", ServiceDelivery::time, Codecs.DURATION);
    Slot<Optional<ServiceId>> service = b.optional("service", ServiceDelivery::service, ServiceCodecs.SERVICE_ID);
    return b.build(v -> new ServiceDelivery(v.get(id), v.get(at), v.get(time), v.get(service)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(VENUE_ID, ROOM_ID, BOOKING_ID, GRANT_ID, DELIVERY_ID, ROOM_KIND, ROOM, OPENING_HOURS, VENUE,
        BOOKING, SPACE_GRANT, SERVICE_DELIVERY);
  }
}
