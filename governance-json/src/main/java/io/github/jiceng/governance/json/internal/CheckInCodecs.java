package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The bindings of contact check-ins (党员联系群众打卡): ids, places, check-ins, the audit's
 * thresholds and the flags it raises.
 */
public final class CheckInCodecs {

  private CheckInCodecs() {}

  /** The farthest two places on the earth are apart, in metres, with room to spare. */
  private static final double MAX_METRES = 1.0e8;

  /** {@link CheckInId} as its text, such as {@code "ci-2024-000123"}. */
  public static final TextCodec<CheckInId> CHECK_IN_ID = Codecs.text(CheckInId.class,
      "The id of a check-in (打卡记录编号).", CheckInId::of, CheckInId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link ContactKind} by name. */
  public static final EnumCodec<ContactKind> CONTACT_KIND = Codecs.enumeration(ContactKind.class,
      "How a party member contacted a household (联系方式).");

  /** {@link GeoPoint} as {@code {"latitude": 39.8652, "longitude": 111.2398}}, WGS-84 degrees. */
  public static final ObjectCodec<GeoPoint> GEO_POINT = geoPoint();

  /** {@link CheckIn}: who, which household, when, where, how, and a note. */
  public static final ObjectCodec<CheckIn> CHECK_IN = checkIn();

  /** {@link CheckInPolicy}: the audit's thresholds; each defaults to {@link CheckInPolicy#defaults()}. */
  public static final ObjectCodec<CheckInPolicy> CHECK_IN_POLICY = checkInPolicy();

  /** {@link CheckInFlag.ImpossibleTravel}, without its discriminator. */
  public static final ObjectCodec<CheckInFlag.ImpossibleTravel> IMPOSSIBLE_TRAVEL = impossibleTravel();

  /** {@link CheckInFlag.Burst}, without its discriminator. */
  public static final ObjectCodec<CheckInFlag.Burst> BURST = burst();

  /** {@link CheckInFlag.Duplicate}, without its discriminator. */
  public static final ObjectCodec<CheckInFlag.Duplicate> DUPLICATE = duplicate();

  /** {@link CheckInFlag.OutsideAssignment}, without its discriminator. */
  public static final ObjectCodec<CheckInFlag.OutsideAssignment> OUTSIDE_ASSIGNMENT = outsideAssignment();

  /**
   * {@link CheckInFlag} as one object with {@code "type"}: {@code impossibleTravel}, {@code burst},
   * {@code duplicate} or {@code outsideAssignment}.
   */
  public static final UnionCodec<CheckInFlag> CHECK_IN_FLAG = UnionCodec.builder(CheckInFlag.class, "type")
      .describe("Why check-ins look impossible or suspicious (异常打卡), as the audit explains it.")
      .variant("impossibleTravel", CheckInFlag.ImpossibleTravel.class, IMPOSSIBLE_TRAVEL)
      .variant("burst", CheckInFlag.Burst.class, BURST)
      .variant("duplicate", CheckInFlag.Duplicate.class, DUPLICATE)
      .variant("outsideAssignment", CheckInFlag.OutsideAssignment.class, OUTSIDE_ASSIGNMENT)
      .build();

  private static ObjectCodec<GeoPoint> geoPoint() {
    ObjectCodec.Builder<GeoPoint> b = ObjectCodec.builder(GeoPoint.class)
        .describe("A place on the earth in WGS-84 degrees (经纬度).");
    Slot<Double> latitude = b.required("latitude", GeoPoint::latitude, NumberCodec.between(-90, 90));
    Slot<Double> longitude = b.required("longitude", GeoPoint::longitude, NumberCodec.between(-180, 180));
    return b.build(v -> new GeoPoint(v.get(latitude), v.get(longitude)));
  }

  private static ObjectCodec<CheckIn> checkIn() {
    ObjectCodec.Builder<CheckIn> b = ObjectCodec.builder(CheckIn.class)
        .describe("One contact of a party member with a household (联系群众打卡).");
    Slot<CheckInId> id = b.required("id", CheckIn::id, CHECK_IN_ID);
    Slot<PersonId> member = b.required("member", CheckIn::member, ValueCodecs.PERSON_ID);
    Slot<HouseholdId> household = b.required("household", CheckIn::household, ValueCodecs.HOUSEHOLD_ID);
    Slot<Instant> at = b.required("at", CheckIn::at, Codecs.INSTANT);
    Slot<GeoPoint> place = b.required("place", CheckIn::place, GEO_POINT);
    Slot<ContactKind> kind = b.required("kind", CheckIn::kind, CONTACT_KIND);
    Slot<String> note = b.defaulted("note", CheckIn::note,
        Codecs.string().length(0, CheckIn.MAX_NOTE_LENGTH).personal(SharedCodecs::hidden), "");
    return b.build(v -> CheckIn.builder().id(v.get(id)).member(v.get(member)).household(v.get(household))
        .at(v.get(at)).place(v.get(place)).kind(v.get(kind)).note(v.get(note)).build());
  }

  private static ObjectCodec<CheckInPolicy> checkInPolicy() {
    CheckInPolicy d = CheckInPolicy.defaults();
    ObjectCodec.Builder<CheckInPolicy> b = ObjectCodec.builder(CheckInPolicy.class)
        .describe("The thresholds of the check-in audit: the fastest plausible travel beyond a tolerance, the "
            + "most check-ins in a window, and the window in which a repeat contact is a duplicate.");
    Slot<Integer> maxSpeed = b.defaulted("maxSpeedKmh", CheckInPolicy::maxSpeedKmh,
        Codecs.integer(1, Integer.MAX_VALUE), d.maxSpeedKmh());
    Slot<Integer> tolerance = b.defaulted("toleranceMetres", CheckInPolicy::toleranceMetres,
        Codecs.integer(0, Integer.MAX_VALUE), d.toleranceMetres());
    Slot<Duration> burstWindow = b.defaulted("burstWindow", CheckInPolicy::burstWindow, Codecs.DURATION,
        d.burstWindow());
    Slot<Integer> burstLimit = b.defaulted("burstLimit", CheckInPolicy::burstLimit,
        Codecs.integer(1, Integer.MAX_VALUE), d.burstLimit());
    Slot<Duration> duplicateWindow = b.defaulted("duplicateWindow", CheckInPolicy::duplicateWindow, Codecs.DURATION,
        d.duplicateWindow());
    return b.build(v -> new CheckInPolicy(v.get(maxSpeed), v.get(tolerance), v.get(burstWindow), v.get(burstLimit),
        v.get(duplicateWindow)));
  }

  private static ObjectCodec<CheckInFlag.ImpossibleTravel> impossibleTravel() {
    ObjectCodec.Builder<CheckInFlag.ImpossibleTravel> b = ObjectCodec.builder(CheckInFlag.ImpossibleTravel.class)
        .named("ImpossibleTravelFlag")
        .describe("Two consecutive check-ins of one member too far apart for the time between them.");
    Slot<CheckIn> from = b.required("from", CheckInFlag.ImpossibleTravel::from, CHECK_IN);
    Slot<CheckIn> to = b.required("to", CheckInFlag.ImpossibleTravel::to, CHECK_IN);
    Slot<Double> metres = b.required("metres", CheckInFlag.ImpossibleTravel::metres,
        NumberCodec.between(0, MAX_METRES));
    Slot<Integer> maxSpeed = b.required("maxSpeedKmh", CheckInFlag.ImpossibleTravel::maxSpeedKmh,
        Codecs.integer(1, Integer.MAX_VALUE));
    return b.build(v -> new CheckInFlag.ImpossibleTravel(v.get(from), v.get(to), v.get(metres), v.get(maxSpeed)));
  }

  private static ObjectCodec<CheckInFlag.Burst> burst() {
    ObjectCodec.Builder<CheckInFlag.Burst> b = ObjectCodec.builder(CheckInFlag.Burst.class).named("BurstFlag")
        .describe("More check-ins of one member in a short window than the policy allows.");
    Slot<PersonId> member = b.required("member", CheckInFlag.Burst::member, ValueCodecs.PERSON_ID);
    Slot<List<CheckInId>> checkIns = b.required("checkIns", CheckInFlag.Burst::checkIns, Codecs.list(CHECK_IN_ID));
    Slot<Instant> start = b.required("start", CheckInFlag.Burst::start, Codecs.INSTANT);
    Slot<Instant> end = b.required("end", CheckInFlag.Burst::end, Codecs.INSTANT);
    Slot<Duration> window = b.required("window", CheckInFlag.Burst::window, Codecs.DURATION);
    Slot<Integer> limit = b.required("limit", CheckInFlag.Burst::limit, Codecs.integer(1, Integer.MAX_VALUE));
    return b.build(v -> new CheckInFlag.Burst(v.get(member), v.get(checkIns), v.get(start), v.get(end),
        v.get(window), v.get(limit)));
  }

  private static ObjectCodec<CheckInFlag.Duplicate> duplicate() {
    ObjectCodec.Builder<CheckInFlag.Duplicate> b = ObjectCodec.builder(CheckInFlag.Duplicate.class)
        .named("DuplicateFlag")
        .describe("The same member and household again, shortly after a counted check-in.");
    Slot<CheckIn> first = b.required("first", CheckInFlag.Duplicate::first, CHECK_IN);
    Slot<CheckIn> repeat = b.required("repeat", CheckInFlag.Duplicate::repeat, CHECK_IN);
    Slot<Duration> window = b.required("window", CheckInFlag.Duplicate::window, Codecs.DURATION);
    return b.build(v -> new CheckInFlag.Duplicate(v.get(first), v.get(repeat), v.get(window)));
  }

  private static ObjectCodec<CheckInFlag.OutsideAssignment> outsideAssignment() {
    ObjectCodec.Builder<CheckInFlag.OutsideAssignment> b = ObjectCodec.builder(CheckInFlag.OutsideAssignment.class)
        .named("OutsideAssignmentFlag")
        .describe("A check-in at a household the member is not assigned to.");
    Slot<CheckIn> checkIn = b.required("checkIn", CheckInFlag.OutsideAssignment::checkIn, CHECK_IN);
    Slot<Integer> assigned = b.required("assigned", CheckInFlag.OutsideAssignment::assigned,
        Codecs.integer(0, Integer.MAX_VALUE));
    return b.build(v -> new CheckInFlag.OutsideAssignment(v.get(checkIn), v.get(assigned)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(CHECK_IN_ID, CONTACT_KIND, GEO_POINT, CHECK_IN, CHECK_IN_POLICY, CHECK_IN_FLAG,
        SubtypeCodec.of(CHECK_IN_FLAG, CheckInFlag.ImpossibleTravel.class),
        SubtypeCodec.of(CHECK_IN_FLAG, CheckInFlag.Burst.class),
        SubtypeCodec.of(CHECK_IN_FLAG, CheckInFlag.Duplicate.class),
        SubtypeCodec.of(CHECK_IN_FLAG, CheckInFlag.OutsideAssignment.class));
  }
}
