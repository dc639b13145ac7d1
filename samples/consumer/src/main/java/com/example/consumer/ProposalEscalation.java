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
import io.github.jiceng.governance.rules.proposal.DeadlineStatus;
import io.github.jiceng.governance.rules.proposal.ProposalDesk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A proposal (提案) raised through a deputy in a villagers' group is not accepted in time, goes up
 * the grid hierarchy level by level (逐级上报) at an explicit instant, and is answered by the
 * town.
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
    ProposalRecord proposal = ProposalDesk.receive(Proposal.builder().id(ProposalId.of("ta-2023-017"))
        .title("三社路口路灯不亮").content("村民反映三社路口晚上太黑，老人出行不便").grid(GridId.of("heidaigou-3"))
        .submittedAt(raised).submission(new Submission.ViaDeputy(PersonId.of("p-deputy"),
            DeputyKind.PEOPLES_CONGRESS_DEPUTY, Optional.of(PersonId.of("p-villager"))))
        .build());

    Instant fourDaysOn = raised.plus(Duration.ofDays(4));   // the deadline passed three days ago
    DeadlineStatus status = ProposalDesk.assess(proposal, grids, policy, fourDaysOn);
    ProposalRecord escalated = ProposalDesk.escalate(proposal, grids, policy, fourDaysOn).record();
    PersonId townClerk = PersonId.of("p-town-clerk");
    OrganizationId lighting = OrganizationId.of("org-town-lighting");
    ProposalRecord answered = ProposalDesk.accept(escalated, townClerk, fourDaysOn).record();
    answered = ProposalDesk.assign(answered, lighting, townClerk, fourDaysOn.plusSeconds(3600)).record();
    answered = ProposalDesk.start(answered, lighting, fourDaysOn.plusSeconds(7200)).record();
    answered = ProposalDesk.answer(answered, new Answer("已在三社路口加装两盏太阳能路灯", townClerk,
        fourDaysOn.plus(Duration.ofDays(2)))).record();
    ProposalRecord closed = ProposalDesk.rate(answered, Satisfaction.SATISFIED, policy,
        fourDaysOn.plus(Duration.ofDays(3))).record();

    check(status instanceof DeadlineStatus.Overdue overdue && overdue.levelsDue() == 2
        && overdue.target().equals(GridId.of("xuejiawan")), "two levels due, up to the town: " + status);
    check(escalated.handlingGrid().equals(GridId.of("xuejiawan")), "handled by " + escalated.handlingGrid());
    check(escalated.escalationsInState() == 2, "escalations " + escalated.escalationsInState());
    check(answered.state() == ProposalState.ANSWERED, "answered: " + answered.state());
    check(closed.state() == ProposalState.CLOSED, "closed after a satisfied rating: " + closed.state());
    System.out.println("ProposalEscalation OK: " + status + "; handled by " + closed.handlingGrid()
        + ", " + closed.events().size() + " events, closed " + closed.satisfaction().orElseThrow().chinese());
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("ProposalEscalation FAILED: " + what);
    }
  }
}
