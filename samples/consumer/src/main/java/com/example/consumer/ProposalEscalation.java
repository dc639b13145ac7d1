package com.example.consumer;

import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.proposal.DeadlineStatus;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalDesk;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalPaths;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A proposal (提案) raised through a deputy in a villagers' group is not accepted in time, goes up
 * the grid hierarchy level by level (逐级上报) at an explicit instant, and is answered by the
 * town; every step is a command decided by the proposal rules on the proposal's own stream. The
 * path it took (two levels by timed escalation, none by a handler's referral) is then measured and
 * set beside level-by-level reporting on paper at three days a level.
 */
public final class ProposalEscalation {

  private ProposalEscalation() {}

  public static void main(String[] args) {
    GridHierarchy grids = GridHierarchy.of(LevelSchemes.RURAL, List.of(
        GridNode.builder().id(GridId.of("xuejiawan")).level("TOWN").name("薛家湾镇").build(),
        GridNode.builder().id(GridId.of("heidaigou")).level("VILLAGE").parent(GridId.of("xuejiawan"))
            .name("黑岱沟村").build(),
        GridNode.builder().id(GridId.of("heidaigou-3")).level("VILLAGER_GROUP")
            .parent(GridId.of("heidaigou")).name("黑岱沟村三社").build()));
    HandlingPolicy policy = HandlingPolicy.streetDefault();   // one day to accept, then 3 days a level
    Instant raised = Instant.parse("2023-03-01T01:00:00Z");
    ProposalId id = ProposalId.of("ta-2023-017");
    InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> proposal =   // one stream per proposal
        InMemoryStream.open(ProposalRules.of(grids, policy));
    proposal.handle(new ProposalCommand.Receive(Proposal.builder().id(id)
        .title("三社路口路灯不亮").content("村民反映三社路口晚上太黑，老人出行不便").grid(GridId.of("heidaigou-3"))
        .submittedAt(raised).submission(new Submission.ViaDeputy(PersonId.of("p-deputy"),
            DeputyKind.PEOPLES_CONGRESS_DEPUTY, Optional.of(PersonId.of("p-villager"))))
        .build()));

    Instant fourDaysOn = raised.plus(Duration.ofDays(4));   // the deadline passed three days ago
    DeadlineStatus status = ProposalDesk.assess(record(proposal), grids, policy, fourDaysOn);
    Decision<ProposalEvent> escalation = proposal.handle(new ProposalCommand.Escalate(id, fourDaysOn));
    ProposalRecord escalated = record(proposal);
    PersonId townClerk = PersonId.of("p-town-clerk");
    OrganizationId lighting = OrganizationId.of("org-town-lighting");
    proposal.handle(new ProposalCommand.Accept(id, townClerk, fourDaysOn));
    proposal.handle(new ProposalCommand.Assign(id, lighting, townClerk, fourDaysOn.plusSeconds(3600)));
    proposal.handle(new ProposalCommand.Start(id, lighting, fourDaysOn.plusSeconds(7200)));
    proposal.handle(new ProposalCommand.Answer(id, new Answer("已在三社路口加装两盏太阳能路灯", townClerk,
        fourDaysOn.plus(Duration.ofDays(2)))));
    ProposalRecord answered = record(proposal);
    proposal.handle(new ProposalCommand.Rate(id, Satisfaction.SATISFIED, fourDaysOn.plus(Duration.ofDays(3))));
    ProposalRecord closed = record(proposal);
    Decision<ProposalEvent> again =
        proposal.handle(new ProposalCommand.Close(id, fourDaysOn.plus(Duration.ofDays(9))));
    ProposalPaths paths = ProposalDesk.paths(List.of(closed), grids);   // 逐级上报路径
    ProposalPaths.Path path = paths.paths().get(0);
    ProposalPaths.Comparison onPaper = paths.comparedWith(Duration.ofDays(3));

    check(status instanceof DeadlineStatus.Overdue overdue && overdue.levelsDue() == 2
        && overdue.target().equals(GridId.of("xuejiawan")), "two levels due, up to the town: " + status);
    check(escalation.events().size() == 2, "one event per level: " + escalation);
    check(escalated.handlingGrid().equals(GridId.of("xuejiawan")), "handled by " + escalated.handlingGrid());
    check(escalated.escalationsInState() == 2, "escalations " + escalated.escalationsInState());
    check(answered.state() == ProposalState.ANSWERED, "answered: " + answered.state());
    check(closed.state() == ProposalState.CLOSED, "closed after a satisfied rating: " + closed.state());
    check(again.refusalIfAny().map(r -> r.code().key()).equals(Optional.of("proposal.wrong-state")),
        "a closed proposal cannot close again: " + again);
    check(path.decidingLevel().equals("TOWN") && path.escalations() == 2 && path.referrals() == 0,
        "decided by the town after two escalations: " + path);
    check(path.toDecidingLevel().equals(Duration.ofDays(4)) && onPaper.levelByLevelMean().equals(Duration.ofDays(6)),
        "four days to reach the town, six for two levels on paper: " + onPaper);
    System.out.println("ProposalEscalation OK: " + status + "; handled by " + closed.handlingGrid()
        + ", " + closed.events().size() + " events, closed " + closed.satisfaction().orElseThrow().chinese()
        + "; closing again: " + again.refusalIfAny().orElseThrow().code().key() + "; reached the "
        + path.decidingLevel() + " in " + path.toDecidingLevel().toDays() + " days");
  }

  private static ProposalRecord record(InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> proposal) {
    return proposal.state().recordIfAny().orElseThrow();
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("ProposalEscalation FAILED: " + what);
    }
  }
}
