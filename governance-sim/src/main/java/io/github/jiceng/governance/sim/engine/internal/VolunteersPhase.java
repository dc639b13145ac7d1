package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.volunteer.VolunteerCommand;
import io.github.jiceng.governance.rules.volunteer.VolunteerPoints;
import io.github.jiceng.governance.rules.volunteer.VolunteerRegister;
import io.github.jiceng.governance.rules.volunteer.VolunteerRules;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.VolunteerStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Volunteer service records (志愿服务记录): volunteers serve, and their records are entered some
 * days later, checked and kept by {@code VolunteerRules} on the scenario's working calendar; an
 * accepted record earns red-star points. Owns the register of records, the records due, their
 * numbering and random stream, and each person's accepted minutes.
 */
final class VolunteersPhase {

  private final VolunteerStream spec;
  private final GridHierarchy hierarchy;
  private final RunClock clock;
  private final Indexes index;
  private final EventLog log;
  private final PostsPhase posts;
  private final PointsPhase points;
  private final SplittableRandom random;
  private final TreeMap<Integer, List<VolunteerRecord>> recordsDue = new TreeMap<>();
  /** The volunteer service records accepted, on the scenario's working calendar. */
  private final InMemoryStream<VolunteerCommand, VolunteerRegister, VolunteerRecord> records;
  /** Per person: volunteer minutes accepted. */
  private final Map<PersonId, Long> minutes = new TreeMap<>();
  private long recordSeq;

  VolunteersPhase(Setting scenario, RunClock clock, Indexes index, EventLog log, PostsPhase posts, PointsPhase points,
      SplittableRandom random) {
    this.spec = scenario.parameters().volunteering();
    this.hierarchy = scenario.hierarchy();
    this.clock = clock;
    this.index = index;
    this.log = log;
    this.posts = posts;
    this.points = points;
    this.random = random;
    this.records = InMemoryStream.open(VolunteerRules.of(scenario.calendar()));
  }

  /** Volunteers serve today; records due today are entered, checked and rewarded. */
  void volunteers(Instant at) {
    int day = clock.day();
    for (PersonId v : index.volunteers()) {
      if (!Draws.chance(random, spec.perMillePerDay())) {
        continue;
      }
      int served = Draws.between(random, spec.minutes());
      int delay = Draws.between(random, spec.recordingDelayDays());
      OrganizationId team = index.team(v);
      LocalDate activity = clock.date();
      GridId where = index.homeGrid(v, hierarchy.root());
      PersonId inCharge = posts.quietHandler(where).orElse(v);
      VolunteerRecord r = VolunteerRecord.builder().id(VolunteerRecordId.of(EventLog.id("vr-", ++recordSeq, 7)))
          .volunteer(v).activityName("志愿服务").activityDate(activity).place(hierarchy.node(where).name())
          .content("为居民提供志愿服务").serviceTime(Duration.ofMinutes(served)).organiser(team).personInCharge(inCharge)
          .recordedOn(activity.plusDays(delay)).serviceCategory("社区服务").build();
      recordsDue.computeIfAbsent(day + delay, k -> new ArrayList<>()).add(r);
    }
    List<VolunteerRecord> due = recordsDue.remove(day);
    if (due == null) {
      return;
    }
    for (VolunteerRecord r : due) {
      SortedMap<String, String> ids = EventLog.ids(SimulationEvent.RECORD, r.id().value(), SimulationEvent.PERSON,
          r.volunteer().value());
      Decision<VolunteerRecord> decision = records.handle(new VolunteerCommand.Enter(r));
      if (decision instanceof Decision.Refused<VolunteerRecord> refused) {
        log.refused(at, r.volunteer(), null, ids, "volunteer record " + r.id() + " is refused: "
            + ((Enum<?>) refused.refusal().code()).name() + ": " + refused.refusal().detail());
        continue;
      }
      log.emit(EventKind.VOLUNTEER_RECORDED, at, r.volunteer(), null, null, ids, r.volunteer() + " served "
          + r.serviceTime().toMinutes() + " min on " + r.activityDate() + " with " + r.organiser() + ", entered "
          + r.recordedOn(), null);
      minutes.merge(r.volunteer(), r.serviceTime().toMinutes(), Long::sum);
      points.award(VolunteerPoints.contribution(r, clock.zone()), at);
    }
  }

  /** The volunteer minutes of a person's accepted records. */
  long minutesOf(PersonId person) {
    return minutes.getOrDefault(person, 0L);
  }
}
