package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.rules.checkin.CheckInAudit;
import io.github.jiceng.governance.sim.model.CheckInStream;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Check-ins (联系群众打卡): party-member liaisons check in with their households in the
 * afternoon, audited each evening by {@code CheckInAudit}; clean check-ins earn red-star points.
 * Owns the households' places, the liaisons' assignments, the check-in numbering and random
 * streams, and each member's clean and flagged check-ins.
 */
final class CheckInsPhase {

  /** Jungar Banner's seat, the centre around which household places are drawn. */
  private static final double BASE_LATITUDE = 39.86;
  private static final double BASE_LONGITUDE = 111.24;
  private static final ContactKind[] KINDS = {ContactKind.HOME_VISIT, ContactKind.PHONE_CALL, ContactKind.ERRAND,
      ContactKind.HOME_VISIT, ContactKind.AT_ACTIVITY};

  private final CheckInStream spec;
  private final CheckInPolicy policy;
  private final Indexes index;
  private final EventLog log;
  private final PointsPhase points;
  private final SplittableRandom random;
  private final Map<HouseholdId, GeoPoint> places = new HashMap<>();
  private final List<HouseholdId> allHouseholds;
  /** Each liaison's households in id order, for drawing whom they contact. */
  private final Map<PersonId, List<HouseholdId>> liaisons;
  /** Each liaison's households, as the audit reads them. */
  private final Map<PersonId, Set<HouseholdId>> assignments = new TreeMap<>();
  /** Per person: clean check-ins. */
  private final Map<PersonId, Long> clean = new TreeMap<>();
  /** Per person: flagged check-ins. */
  private final Map<PersonId, Long> flagged = new TreeMap<>();
  private long checkInSeq;

  CheckInsPhase(Setting scenario, Indexes index, EventLog log, PointsPhase points, SplittableRandom random,
      SplittableRandom placeDraws) {
    this.spec = scenario.parameters().checkIns();
    this.policy = scenario.checkIn();
    this.index = index;
    this.log = log;
    this.points = points;
    this.random = random;
    this.allHouseholds = index.householdIds();
    for (HouseholdId id : allHouseholds) {
      places.put(id, GeoPoint.of(BASE_LATITUDE + (placeDraws.nextDouble() - 0.5) * 0.1,
          BASE_LONGITUDE + (placeDraws.nextDouble() - 0.5) * 0.1));
    }
    this.liaisons = index.liaisons();
    liaisons.forEach((liaison, households) -> assignments.put(liaison, Set.copyOf(households)));
  }

  /** Liaisons check in between {@code from} and four hours later; the audit runs at {@code auditAt}. */
  void checkIns(Instant from, Instant auditAt) {
    if (allHouseholds.isEmpty()) {
      return;
    }
    List<CheckIn> today = new ArrayList<>();
    for (Map.Entry<PersonId, List<HouseholdId>> l : liaisons.entrySet()) {
      int n = Draws.poisson(random, spec.milliPerDay());
      if (n == 0) {
        continue;
      }
      int[] seconds = new int[n];
      for (int i = 0; i < n; i++) {
        seconds[i] = random.nextInt(4 * 3600 - 600);
      }
      Arrays.sort(seconds);
      List<HouseholdId> assigned = l.getValue();
      for (int i = 0; i < n; i++) {
        HouseholdId h = Draws.pick(random, assigned);
        GeoPoint place = near(places.get(h));
        Instant at = from.plusSeconds(seconds[i]);
        ContactKind kind = KINDS[random.nextInt(KINDS.length)];
        if (Draws.chance(random, spec.anomalyPerMille())) {
          switch (random.nextInt(3)) {
            case 0 -> h = Draws.pick(random, allHouseholds);
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
      log.emit(EventKind.CHECKED_IN, c.at(), c.member(), index.household(c.household()).grid(), null,
          EventLog.ids(SimulationEvent.CHECK_IN, c.id().value(), SimulationEvent.PERSON, c.member().value(), "household",
              c.household().value()), c.member() + " contacts household " + c.household() + " (" + c.kind() + ")", null);
    }
    if (today.isEmpty()) {
      return;
    }
    Map<PersonId, Set<HouseholdId>> involved = new TreeMap<>();
    for (CheckIn c : today) {
      involved.put(c.member(), assignments.get(c.member()));
    }
    CheckInAudit.AuditReport report = CheckInAudit.audit(today, involved, policy);
    Map<PersonId, Set<CheckInId>> flaggedToday = new TreeMap<>();
    for (CheckInFlag f : report.flags()) {
      flaggedToday.computeIfAbsent(f.member(), k -> new TreeSet<>()).addAll(f.checkIns());
      log.emit(EventKind.CHECK_IN_FLAGGED, auditAt, f.member(), null, null,
          EventLog.ids(SimulationEvent.PERSON, f.member().value(), SimulationEvent.CHECK_IN, f.checkIns().get(0).value()),
          f.getClass().getSimpleName() + ": " + f.explanation(), null);
    }
    flaggedToday.forEach((member, ids) -> flagged.merge(member, (long) ids.size(), Long::sum));
    for (CheckIn c : report.clean()) {
      clean.merge(c.member(), 1L, Long::sum);
      points.award(Contribution.builder().id(EntryId.of("checkin:" + c.id().value())).actor(c.member())
          .kind(ContributionKind.CHECK_IN).occurredAt(c.at()).reference(c.id().value()).build(), auditAt);
    }
  }

  private CheckIn checkIn(PersonId member, HouseholdId household, Instant at, GeoPoint place, ContactKind kind) {
    return CheckIn.builder().id(CheckInId.of(EventLog.id("ci-", ++checkInSeq, 8))).member(member)
        .household(household).at(at).place(place).kind(kind).build();
  }

  private GeoPoint near(GeoPoint p) {
    return GeoPoint.of(p.latitude() + (random.nextDouble() - 0.5) * 0.0005,
        p.longitude() + (random.nextDouble() - 0.5) * 0.0005);
  }

  /** A member's clean check-ins. */
  long cleanOf(PersonId member) {
    return clean.getOrDefault(member, 0L);
  }

  /** A member's flagged check-ins. */
  long flaggedOf(PersonId member) {
    return flagged.getOrDefault(member, 0L);
  }
}
