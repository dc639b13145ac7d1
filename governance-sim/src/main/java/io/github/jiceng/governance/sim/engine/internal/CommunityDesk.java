package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.rules.checkin.CheckInAudit;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.volunteer.VolunteerCommand;
import io.github.jiceng.governance.rules.volunteer.VolunteerPoints;
import io.github.jiceng.governance.rules.volunteer.VolunteerRegister;
import io.github.jiceng.governance.rules.volunteer.VolunteerRules;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The community's daily work outside the service chain: party-member liaisons check in with
 * their households (联系群众打卡), audited each evening by {@code CheckInAudit}, and volunteers
 * serve and have their records entered (志愿服务记录), checked and kept by {@code VolunteerRules}.
 * Clean check-ins and accepted records earn red-star points.
 */
final class CommunityDesk {

  /** Jungar Banner's seat, the centre around which household places are drawn. */
  private static final double BASE_LATITUDE = 39.86;
  private static final double BASE_LONGITUDE = 111.24;
  private static final ContactKind[] KINDS = {ContactKind.HOME_VISIT, ContactKind.PHONE_CALL, ContactKind.ERRAND,
      ContactKind.HOME_VISIT, ContactKind.AT_ACTIVITY};

  private final Engine e;
  private final Map<HouseholdId, GeoPoint> places = new HashMap<>();
  private final List<HouseholdId> allHouseholds;
  private final Map<PersonId, Set<HouseholdId>> assignments = new TreeMap<>();
  private final TreeMap<Integer, List<VolunteerRecord>> recordsDue = new TreeMap<>();
  /** The volunteer service records accepted, on the scenario's working calendar. */
  private final InMemoryStream<VolunteerCommand, VolunteerRegister, VolunteerRecord> records;
  /** Per person: clean check-ins, flagged check-ins, volunteer minutes accepted. */
  final Map<PersonId, long[]> memberCounts = new TreeMap<>();
  private long checkInSeq;
  private long recordSeq;

  CommunityDesk(Engine engine) {
    this.e = engine;
    this.records = InMemoryStream.open(VolunteerRules.of(engine.scenario.calendar()));
    List<HouseholdId> ids = new ArrayList<>(engine.index.householdById.keySet());
    ids.sort(null);
    this.allHouseholds = ids;
    for (HouseholdId id : ids) {
      places.put(id, GeoPoint.of(BASE_LATITUDE + (engine.rPlaces.nextDouble() - 0.5) * 0.1,
          BASE_LONGITUDE + (engine.rPlaces.nextDouble() - 0.5) * 0.1));
    }
    engine.index.liaisons.forEach((liaison, households) -> assignments.put(liaison, Set.copyOf(households)));
  }

  private long[] counts(PersonId p) {
    return memberCounts.computeIfAbsent(p, k -> new long[3]);
  }

  // ---------------------------------------------------------------------------------- check-ins

  /** Liaisons check in between {@code from} and four hours later; the audit runs at {@code auditAt}. */
  void checkIns(Instant from, Instant auditAt) {
    if (allHouseholds.isEmpty()) {
      return;
    }
    List<CheckIn> today = new ArrayList<>();
    for (Map.Entry<PersonId, TreeSet<HouseholdId>> l : e.index.liaisons.entrySet()) {
      int n = Draws.poisson(e.rCheckIns, e.params.checkIns().milliPerDay());
      if (n == 0) {
        continue;
      }
      int[] seconds = new int[n];
      for (int i = 0; i < n; i++) {
        seconds[i] = e.rCheckIns.nextInt(4 * 3600 - 600);
      }
      java.util.Arrays.sort(seconds);
      List<HouseholdId> assigned = List.copyOf(l.getValue());
      for (int i = 0; i < n; i++) {
        HouseholdId h = Draws.pick(e.rCheckIns, assigned);
        GeoPoint place = near(places.get(h));
        Instant at = from.plusSeconds(seconds[i]);
        ContactKind kind = KINDS[e.rCheckIns.nextInt(KINDS.length)];
        if (Draws.chance(e.rCheckIns, e.params.checkIns().anomalyPerMille())) {
          switch (e.rCheckIns.nextInt(3)) {
            case 0 -> h = Draws.pick(e.rCheckIns, allHouseholds);
            case 1 -> place = GeoPoint.of(place.latitude() + 0.5, place.longitude());
            default -> today.add(checkIn(l.getKey(), h, at.plus(Duration.ofMinutes(5)), place, kind));
          }
        }
        today.add(checkIn(l.getKey(), h, at, place, kind));
      }
    }
    today.sort((a, b) -> {
      int c = a.at().compareTo(b.at());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    for (CheckIn c : today) {
      e.emit(EventKind.CHECKED_IN, c.at(), c.member(), e.index.householdById.get(c.household()).grid(), null,
          Engine.ids(SimulationEvent.CHECK_IN, c.id().value(), SimulationEvent.PERSON, c.member().value(), "household",
              c.household().value()), c.member() + " contacts household " + c.household() + " (" + c.kind() + ")", null);
    }
    if (today.isEmpty()) {
      return;
    }
    Map<PersonId, Set<HouseholdId>> involved = new TreeMap<>();
    for (CheckIn c : today) {
      involved.put(c.member(), assignments.get(c.member()));
    }
    CheckInAudit.AuditReport report = CheckInAudit.audit(today, involved, e.scenario.checkIn());
    Map<PersonId, Set<CheckInId>> flagged = new TreeMap<>();
    for (CheckInFlag f : report.flags()) {
      flagged.computeIfAbsent(f.member(), k -> new TreeSet<>()).addAll(f.checkIns());
      e.emit(EventKind.CHECK_IN_FLAGGED, auditAt, f.member(), null, null,
          Engine.ids(SimulationEvent.PERSON, f.member().value(), SimulationEvent.CHECK_IN, f.checkIns().get(0).value()),
          f.getClass().getSimpleName() + ": " + f.explanation(), null);
    }
    flagged.forEach((member, ids) -> counts(member)[1] += ids.size());
    for (CheckIn c : report.clean()) {
      counts(c.member())[0]++;
      e.points.award(Contribution.builder().id(EntryId.of("checkin:" + c.id().value())).actor(c.member())
          .kind(ContributionKind.CHECK_IN).occurredAt(c.at()).reference(c.id().value()).build(), auditAt);
    }
  }

  private CheckIn checkIn(PersonId member, HouseholdId household, Instant at, GeoPoint place, ContactKind kind) {
    return CheckIn.builder().id(CheckInId.of(Engine.id("ci-", ++checkInSeq, 8))).member(member)
        .household(household).at(at).place(place).kind(kind).build();
  }

  private GeoPoint near(GeoPoint p) {
    return GeoPoint.of(p.latitude() + (e.rCheckIns.nextDouble() - 0.5) * 0.0005,
        p.longitude() + (e.rCheckIns.nextDouble() - 0.5) * 0.0005);
  }

  // -------------------------------------------------------------------------------- volunteers

  /** Volunteers serve today; records due today are entered, checked and rewarded. */
  void volunteers(Instant at) {
    for (PersonId v : e.index.volunteers) {
      if (!Draws.chance(e.rVolunteers, e.params.volunteering().perMillePerDay())) {
        continue;
      }
      int minutes = Draws.between(e.rVolunteers, e.params.volunteering().minutes());
      int delay = Draws.between(e.rVolunteers, e.params.volunteering().recordingDelayDays());
      OrganizationId team = e.index.volunteerTeams.get(v);
      LocalDate activity = e.date;
      GridId where = e.index.homeGrid.getOrDefault(v, e.hierarchy.root());
      PersonId inCharge = e.quietHandler(where).orElse(v);
      VolunteerRecord r = VolunteerRecord.builder().id(VolunteerRecordId.of(Engine.id("vr-", ++recordSeq, 7)))
          .volunteer(v).activityName("志愿服务").activityDate(activity).place(e.hierarchy.node(where).name())
          .content("为居民提供志愿服务").serviceTime(Duration.ofMinutes(minutes)).organiser(team).personInCharge(inCharge)
          .recordedOn(activity.plusDays(delay)).serviceCategory("社区服务").build();
      recordsDue.computeIfAbsent(e.day + delay, k -> new ArrayList<>()).add(r);
    }
    List<VolunteerRecord> due = recordsDue.remove(e.day);
    if (due == null) {
      return;
    }
    for (VolunteerRecord r : due) {
      SortedMap<String, String> ids = Engine.ids(SimulationEvent.RECORD, r.id().value(), SimulationEvent.PERSON,
          r.volunteer().value());
      Decision<VolunteerRecord> decision = records.handle(new VolunteerCommand.Enter(r));
      if (decision instanceof Decision.Refused<VolunteerRecord> refused) {
        e.refused(at, r.volunteer(), null, ids, "volunteer record " + r.id() + " is refused: "
            + ((Enum<?>) refused.refusal().code()).name() + ": " + refused.refusal().detail());
        continue;
      }
      e.emit(EventKind.VOLUNTEER_RECORDED, at, r.volunteer(), null, null, ids, r.volunteer() + " served "
          + r.serviceTime().toMinutes() + " min on " + r.activityDate() + " with " + r.organiser() + ", entered "
          + r.recordedOn(), null);
      counts(r.volunteer())[2] += r.serviceTime().toMinutes();
      e.points.award(VolunteerPoints.contribution(r, e.zone), at);
    }
  }
}
