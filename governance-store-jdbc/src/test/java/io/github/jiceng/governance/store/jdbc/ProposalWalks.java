package io.github.jiceng.governance.store.jdbc;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded random proposals and commands on a small street: a town with two communities of two grids
 * each, a household under one of them, and a policy with deadlines in most states.
 */
final class ProposalWalks {

  static final LevelScheme SCHEME = LevelScheme.builder("street")
      .level("STREET", "街道", LevelCoding.none())
      .level("COMMUNITY", "社区", LevelCoding.none())
      .level("GRID", "网格", LevelCoding.none())
      .level("HOUSEHOLD", "户", LevelCoding.none())
      .root("STREET")
      .allow("STREET", "COMMUNITY")
      .allow("COMMUNITY", "GRID")
      .allow("GRID", "HOUSEHOLD")
      .build();

  static final GridHierarchy STREET = GridHierarchy.of(SCHEME, List.of(
      node("xuejiawan", "STREET", null),
      node("xuemeili", "COMMUNITY", "xuejiawan"),
      node("nanyuan", "COMMUNITY", "xuejiawan"),
      node("xuemeili-b3", "GRID", "xuemeili"),
      node("xuemeili-b4", "GRID", "xuemeili"),
      node("nanyuan-g1", "GRID", "nanyuan"),
      node("nanyuan-g2", "GRID", "nanyuan"),
      node("nanyuan-g1-h7", "HOUSEHOLD", "nanyuan-g1")));

  /** Where proposals are submitted: grids, a household, a community and the street itself. */
  static final List<GridId> WHERE = List.of(GridId.of("xuemeili-b3"), GridId.of("xuemeili-b4"), GridId.of("nanyuan-g1"),
      GridId.of("nanyuan-g2"), GridId.of("nanyuan-g1-h7"), GridId.of("nanyuan"), GridId.of("xuejiawan"));

  static final HandlingPolicy POLICY = HandlingPolicy.builder().label("walks")
      .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
      .putDeadline(ProposalState.ACCEPTED, Duration.ofDays(2))
      .putDeadline(ProposalState.IN_PROGRESS, Duration.ofDays(5))
      .escalationInterval(Duration.ofDays(2))
      .feedbackWindow(Duration.ofDays(7))
      .maxReopens(2)
      .build();

  static final ProposalRules RULES = ProposalRules.of(STREET, POLICY);

  static final PersonId CLERK = PersonId.of("p-clerk");

  static final List<ActorId> ASSIGNEES = List.of(OrganizationId.of("unit-lighting"), OrganizationId.of("unit-water"),
      PersonId.of("p-grid-worker"));

  static final Instant T0 = Instant.parse("2023-03-01T01:00:00Z");

  private ProposalWalks() {}

  private static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).name(id)
        .parent(Optional.ofNullable(parent).map(GridId::of)).build();
  }

  /** A proposal with random text and submission, at a random grid; no mobile, which a stored event never holds. */
  static Proposal proposal(SplittableRandom random, String id, Instant at) {
    Submission submission = random.nextBoolean() ? new Submission.Direct(PersonId.of("p-resident-" + random.nextInt(50)))
        : new Submission.ViaDeputy(PersonId.of("p-deputy-" + random.nextInt(5)),
            DeputyKind.values()[random.nextInt(DeputyKind.values().length)],
            random.nextBoolean() ? Optional.of(PersonId.of("p-resident-" + random.nextInt(50))) : Optional.empty());
    Proposal.Builder b = Proposal.builder().id(ProposalId.of(id)).title(text(random, "小区东门路灯不亮", 100))
        .content(text(random, "张大爷说东门晚上太黑 \"引号\" \\ 反斜杠\n第二行", 5000))
        .grid(WHERE.get(random.nextInt(WHERE.size()))).submittedAt(at).submission(submission);
    return b.build();
  }

  /** A text of at most {@code max} characters from the base, now and then with odd characters. */
  private static String text(SplittableRandom random, String base, int max) {
    StringBuilder out = new StringBuilder(base.substring(0, 1 + random.nextInt(base.length())));
    switch (random.nextInt(5)) {
      case 0 -> out.append(" \u0007\u202e😀 \t");
      case 1 -> out.append("x".repeat(random.nextInt(max - out.length() + 1)));
      default -> { }
    }
    return out.length() > max ? out.substring(0, max) : out.toString();
  }

  /**
   * The next command for a proposal in the state of its record: mostly a step the state allows,
   * sometimes any step, a step back in time or an escalation, so that refusals come too.
   */
  static ProposalCommand next(SplittableRandom random, ProposalRecord r, Instant at) {
    ProposalId id = r.id();
    if (random.nextInt(8) == 0) {
      return any(random, id, at.minus(Duration.ofDays(random.nextInt(3))));
    }
    if (random.nextInt(5) == 0) {
      return new ProposalCommand.Escalate(id, at);
    }
    if (random.nextInt(9) == 0) {
      return new ProposalCommand.Refer(id, text(random, "涉及多个小区，需社区统筹", 500), CLERK, at);
    }
    return switch (r.state()) {
      case RECEIVED -> random.nextInt(6) == 0 ? reject(random, id, at) : new ProposalCommand.Accept(id, CLERK, at);
      case ACCEPTED -> random.nextInt(8) == 0 ? reject(random, id, at)
          : new ProposalCommand.Assign(id, ASSIGNEES.get(random.nextInt(ASSIGNEES.size())), CLERK, at);
      case ASSIGNED -> new ProposalCommand.Start(id, r.assignee().orElse(CLERK), at);
      case IN_PROGRESS -> new ProposalCommand.Answer(id, answer(random, at));
      case ANSWERED -> random.nextInt(3) == 0 ? new ProposalCommand.Close(id, at)
          : new ProposalCommand.Rate(id, Satisfaction.values()[random.nextInt(3)], at);
      default -> any(random, id, at);
    };
  }

  private static ProposalCommand any(SplittableRandom random, ProposalId id, Instant at) {
    return switch (random.nextInt(9)) {
      case 0 -> new ProposalCommand.Accept(id, CLERK, at);
      case 1 -> new ProposalCommand.Assign(id, ASSIGNEES.get(random.nextInt(ASSIGNEES.size())), CLERK, at);
      case 2 -> new ProposalCommand.Start(id, CLERK, at);
      case 3 -> new ProposalCommand.Answer(id, answer(random, at));
      case 4 -> reject(random, id, at);
      case 5 -> new ProposalCommand.Rate(id, Satisfaction.values()[random.nextInt(3)], at);
      case 6 -> new ProposalCommand.Close(id, at);
      case 7 -> new ProposalCommand.Refer(id, "超出本级职权", CLERK, at);
      default -> new ProposalCommand.Escalate(id, at);
    };
  }

  private static Answer answer(SplittableRandom random, Instant at) {
    return new Answer(text(random, "已更换灯泡，并安排每月巡查", 2000), CLERK, at);
  }

  private static ProposalCommand reject(SplittableRandom random, ProposalId id, Instant at) {
    ProposalRejectionReason[] reasons = ProposalRejectionReason.values();
    return new ProposalCommand.Reject(id, new ProposalRejection(reasons[random.nextInt(reasons.length)],
        text(random, "不属于本级受理范围，已转交相关部门", 500)), CLERK, at);
  }

  /** The instant after {@code now}: the same, hours later, or days later, now and then with nanoseconds. */
  static Instant later(SplittableRandom random, Instant now) {
    Instant next = switch (random.nextInt(4)) {
      case 0 -> now;
      case 1 -> now.plus(Duration.ofHours(1 + random.nextInt(30)));
      default -> now.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
    };
    return random.nextInt(10) == 0 ? next.plusNanos(random.nextInt(1_000_000_000)) : next;
  }
}
