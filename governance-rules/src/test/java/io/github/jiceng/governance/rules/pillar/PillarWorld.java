package io.github.jiceng.governance.rules.pillar;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.BAIYUN;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G2;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.pillar.ContactId;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.IncidentId;
import io.github.jiceng.governance.model.pillar.IncidentKind;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.pillar.PatrolId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small hand-built records on 白云社区 ({@link io.github.jiceng.governance.rules.fixtures.Baiyun}): the
 * values of every record and what each should count for are given where they are built.
 */
final class PillarWorld {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant START = local("2024-01-01T00:00");
  static final Instant END = local("2025-01-01T00:00");
  static final Interval YEAR = Interval.of(START, END);

  static final PersonId P1 = PersonId.of("p-voter-1");
  static final PersonId P2 = PersonId.of("p-voter-2");
  static final PersonId P3 = PersonId.of("p-voter-3");

  private PillarWorld() {}

  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
  }

  static JointMeeting meeting(String id, GridId grid, Instant at, Resolution... resolutions) {
    return JointMeeting.builder().id(MeetingId.of(id)).grid(grid).heldAt(at)
        .convener(io.github.jiceng.governance.rules.fixtures.Baiyun.BRANCH)
        .addAttendees(io.github.jiceng.governance.rules.fixtures.Baiyun.UNIT).addResolutions(resolutions).build();
  }

  static Resolution project(String id, String project) {
    return Resolution.project(ResolutionId.of(id), "决议" + id, ProjectId.of(project),
        io.github.jiceng.governance.rules.fixtures.Baiyun.UNIT, Money.ZERO);
  }

  static Resolution agreed(String id) {
    return Resolution.agreed(ResolutionId.of(id), "决议" + id);
  }

  static MajorAffair affair(String id, GridId grid, Instant opened) {
    return MajorAffair.builder().id(AffairId.of(id)).title("议题" + id).grid(grid).addParticipants(P1, P2, P3)
        .quorum(2).addOptions("甲", "乙").openedAt(opened).build();
  }

  /** Counts two ballots: both for the first option (adopted), or one each (no majority). */
  static AffairDecision decide(MajorAffair affair, boolean adopt, Instant at) {
    return io.github.jiceng.governance.rules.deliberation.MajorAffairs.decide(affair,
        List.of(Ballot.forOption(P1, 0, affair.openedAt()), Ballot.forOption(P2, adopt ? 0 : 1, affair.openedAt())), at);
  }

  static DeputyContact contact(String id, PersonId deputy, GridId grid, String day, int residents, List<String> clues,
      List<String> proposals) {
    Set<ClueId> c = new TreeSet<>();
    clues.forEach(x -> c.add(ClueId.of(x)));
    Set<ProposalId> p = new TreeSet<>();
    proposals.forEach(x -> p.add(ProposalId.of(x)));
    return new DeputyContact(ContactId.of(id), deputy, grid, LocalDate.parse(day), residents, new TreeSet<>(c),
        new TreeSet<>(p));
  }

  static ClueCase clue(String id) {
    return ClueCase.collected(IssueClue.builder().id(ClueId.of(id)).category(ClueCategory.DAILY_LIFE).grid(BAIYUN)
        .reportedAt(START).source(ClueSource.RESIDENT).summary("线索" + id).build());
  }

  static ClueCase decidedClue(String id, String project) {
    return clue(id).screened(START).evaluated(new Evaluation(START, Money.ofYuan("1000"), 10, Priority.NORMAL))
        .decided(Implementation.fundDirected(ProjectId.of(project), START));
  }

  static ClueCase mergedClue(String id, String primary) {
    return clue(id).screened(START).merged(ClueId.of(primary), START);
  }

  static Patrol patrol(String id, GridId squad, GridId grid, String day, int minutes) {
    return new Patrol(PatrolId.of(id), squad, grid, LocalDate.parse(day), Duration.ofMinutes(minutes));
  }

  static Incident incident(String id, String patrol, GridId grid, String at) {
    return new Incident(IncidentId.of(id), PatrolId.of(patrol), IncidentKind.FIRE_HAZARD, grid, local(at));
  }

  static Demand demand(String id, GridId grid) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + id))
        .grid(grid).category("care").urgency(Urgency.NORMAL).beneficiaries(3)
        .window(Interval.starting(START, Duration.ofDays(400))).pillar(Pillar.CIVILITY_CO_CREATION).submittedAt(START)
        .build();
  }

  static Resource resource(String id, OrganizationId claimant) {
    return Resource.builder().id(ResourceId.of(id)).claimant(claimant).channel(Channel.CLAIM).addCapabilities("care")
        .addCoverage(BAIYUN).capacityPerPeriod(5).costPerService(Money.ZERO)
        .available(Interval.of(START.minus(Duration.ofDays(400)), END.plus(Duration.ofDays(400)))).build();
  }

  static ServiceRecord service(String id, String resource, OrganizationId provider, String demand, String start,
      int minutes, int people) {
    Instant at = local(start);
    return ServiceRecord.builder().id(ServiceId.of(id)).addDemands(DemandId.of(demand))
        .resource(ResourceId.of(resource)).provider(provider).channel(Channel.CLAIM)
        .time(Interval.of(at, at.plus(Duration.ofMinutes(minutes)))).effort(Duration.ofMinutes(minutes))
        .beneficiaries(people).cost(Money.ZERO).build();
  }

  static Award award(String id, ActorId actor, String at, long points) {
    Instant when = local(at);
    Contribution c = Contribution.builder().id(EntryId.of(id)).actor(actor).kind(ContributionKind.ACTIVITY_ATTENDED)
        .occurredAt(when).build();
    return new Award(c, when, Points.of(points), Points.of(Math.max(points, 1)), RuleId.of("rule"), "policy@1",
        "fixture");
  }

  static Redemption redemption(String id, ActorId actor, String at, long points) {
    return new Redemption(EntryId.of(id), actor, local(at), OfferId.of("offer"), 1, Points.of(points));
  }

  /** Both squads of 白云 as a list, for the tests that need them. */
  static List<GridId> squads() {
    return new ArrayList<>(List.of(G1, G2));
  }
}
