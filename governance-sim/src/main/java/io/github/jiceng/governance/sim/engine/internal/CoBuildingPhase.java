package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingCommand;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingRules;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Co-building agreements (共建协议、双报到): each reported agreement of the scenario is one stream of
 * {@link CoBuildingRules}. Its fulfilment is measured from the service records — the history's and
 * the run's — and the roster's posts; the joint meetings the scenario records review the
 * agreements of their community reported by then, and during the run each community with an
 * agreement in force holds a joint meeting on the 10th of January, April, July and October (an
 * assumption; the seed's meetings of 2023 sat on those days), which reviews every such agreement;
 * each review is fed back to the reporter's own organization (报到反馈) at once. Owns the
 * agreements' cases and the services counted.
 */
final class CoBuildingPhase {

  /** How long after its period an agreement is still reviewed: one quarter's meeting. */
  private static final Duration LAST_REVIEW = Duration.ofDays(92);

  private final Setting scenario;
  private final EventLog log;
  private final CoBuildingRules rules;
  private final List<Post> posts;
  private final TreeMap<AgreementId, AgreementCase> cases = new TreeMap<>();
  private final List<ServiceRecord> services = new ArrayList<>();

  CoBuildingPhase(Setting scenario, EventLog log) {
    this.scenario = scenario;
    this.log = log;
    this.rules = CoBuildingRules.of(scenario.integrations());
    this.posts = scenario.roster().posts();
  }

  /** The agreements' cases, in agreement id order. */
  List<AgreementCase> cases() {
    return List.copyOf(cases.values());
  }

  /** The service records counted so far, the history's and the run's. */
  List<ServiceRecord> services() {
    return List.copyOf(services);
  }

  /** Reports every agreement, then reviews them at the joint meetings the scenario records. */
  void open(Instant start) {
    if (scenario.agreements().isEmpty()) {
      return;
    }
    services.addAll(scenario.initialServices());
    List<CoBuildingAgreement> agreements = new ArrayList<>(scenario.agreements());
    agreements.sort(Comparator.comparing(CoBuildingAgreement::reportedAt).thenComparing(CoBuildingAgreement::id));
    for (CoBuildingAgreement a : agreements) {
      SortedMap<String, String> ids = ids(a);
      Decision<CoBuildingEvent> d = rules.decide(new CoBuildingCommand.Report(a), AgreementCase.none());
      if (d instanceof Decision.Applied<CoBuildingEvent> applied) {
        cases.put(a.id(), fold(AgreementCase.none(), applied.events()));
        log.emit(EventKind.AGREEMENT_REPORTED, a.reportedAt(), a.reporter(), a.community(), null, ids, a.reporter()
            + " reports to " + a.community() + " (" + a.kind() + "): " + a.resources().size() + " resource(s), "
            + a.serviceHours().toMinutes() + " min, " + a.posts().size() + " post(s), serving "
            + new TreeSet<>(a.integrations()), null);
      } else {
        refused(d, a.reportedAt(), a, ids);
      }
    }
    List<JointMeeting> meetings = new ArrayList<>(scenario.jointMeetings());
    meetings.sort(Comparator.comparing(JointMeeting::heldAt).thenComparing(JointMeeting::id));
    for (JointMeeting m : meetings) {
      if (m.heldAt().isBefore(start)) {
        meet(m.id(), m.grid(), m.heldAt());
      }
    }
  }

  /** Counts the services delivered today. */
  void serviced(Collection<ServiceRecord> today) {
    if (!cases.isEmpty()) {
      services.addAll(today);
    }
  }

  /** The quarter's joint meeting of each community with an agreement in force, on the 10th of its first month. */
  void day(LocalDate date, Instant at) {
    if (cases.isEmpty() || date.getDayOfMonth() != 10 || (date.getMonthValue() - 1) % 3 != 0) {
      return;
    }
    Set<GridId> communities = new TreeSet<>();
    for (AgreementCase c : cases.values()) {
      CoBuildingAgreement a = c.agreement().orElseThrow();
      if (inForce(a, at)) {
        communities.add(a.community());
      }
    }
    int quarter = 1 + (date.getMonthValue() - 1) / 3;
    for (GridId community : communities) {
      meet(MeetingId.of(community.value() + "-jm-" + date.getYear() + "-q" + quarter), community, at);
    }
  }

  private static boolean inForce(CoBuildingAgreement a, Instant at) {
    return !a.reportedAt().isAfter(at) && a.period().start().isBefore(at)
        && at.isBefore(a.period().end().plus(LAST_REVIEW));
  }

  /** A joint meeting reviews its community's agreements in force and feeds each review back. */
  private void meet(MeetingId meeting, GridId community, Instant at) {
    for (AgreementId id : new ArrayList<>(cases.keySet())) {
      CoBuildingAgreement a = cases.get(id).agreement().orElseThrow();
      if (!a.community().equals(community) || !inForce(a, at)) {
        continue;
      }
      SortedMap<String, String> ids = ids(a);
      ids.put(SimulationEvent.MEETING, meeting.value());
      Fulfilment f = Fulfilment.measure(a, services, posts, at);
      Decision<CoBuildingEvent> review = rules.decide(new CoBuildingCommand.Review(meeting, f), cases.get(id));
      if (!(review instanceof Decision.Applied<CoBuildingEvent> reviewed)) {
        if (review instanceof Decision.Refused<CoBuildingEvent>) {
          refused(review, at, a, ids);
        }
        continue;
      }
      cases.put(id, fold(cases.get(id), reviewed.events()));
      log.emit(EventKind.AGREEMENT_REVIEWED, at, null, community, null, ids, "joint meeting " + meeting + " reviews "
          + id + ": " + f.level() + ", " + f.delivered().toMinutes() + " of " + f.owed().toMinutes() + " min, "
          + f.resourcesUsed() + "/" + f.resourcesCommitted() + " resources used, " + f.postsHeld() + "/"
          + f.postsClaimed() + " posts held", null);
      Decision<CoBuildingEvent> feedback = rules.decide(new CoBuildingCommand.Feedback(id, at), cases.get(id));
      if (feedback instanceof Decision.Applied<CoBuildingEvent> fed) {
        cases.put(id, fold(cases.get(id), fed.events()));
        log.emit(EventKind.AGREEMENT_FED_BACK, at, a.reporter(), community, null, ids, "review of " + id + " at "
            + meeting + " fed back to " + a.reporter() + ": " + f.level(), null);
      } else if (feedback instanceof Decision.Refused<CoBuildingEvent>) {
        refused(feedback, at, a, ids);
      }
    }
  }

  private AgreementCase fold(AgreementCase state, List<CoBuildingEvent> events) {
    AgreementCase out = state;
    for (CoBuildingEvent e : events) {
      out = rules.evolve(out, e);
    }
    return out;
  }

  private static SortedMap<String, String> ids(CoBuildingAgreement a) {
    SortedMap<String, String> ids = EventLog.ids(SimulationEvent.AGREEMENT, a.id().value());
    ids.put(a.reporter().isOrganization() ? SimulationEvent.ORGANIZATION : SimulationEvent.PERSON,
        a.reporter().value());
    return ids;
  }

  private void refused(Decision<CoBuildingEvent> d, Instant at, CoBuildingAgreement a, SortedMap<String, String> ids) {
    var r = ((Decision.Refused<CoBuildingEvent>) d).refusal();
    log.refused(at, a.reporter(), a.community(), ids, "the co-building rules refuse a step of agreement " + a.id()
        + ": " + r.code() + ": " + r.detail());
  }
}
