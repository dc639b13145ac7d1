package io.github.jiceng.governance.rules.proposal;

import static io.github.jiceng.governance.rules.proposal.Proposals.CHAIN;
import static io.github.jiceng.governance.rules.proposal.Proposals.CLERK;
import static io.github.jiceng.governance.rules.proposal.Proposals.T0;
import static io.github.jiceng.governance.rules.proposal.Proposals.moved;
import static io.github.jiceng.governance.rules.proposal.Proposals.proposal;
import static io.github.jiceng.governance.rules.proposal.Proposals.receive;
import static io.github.jiceng.governance.rules.proposal.Proposals.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How proposals climbed to the level that decided them, and how long that took. */
final class ProposalPathsTest {

  private static final HandlingPolicy POLICY = HandlingPolicy.builder().label("test")
      .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
      .putDeadline(ProposalState.ACCEPTED, Duration.ofDays(2))
      .putDeadline(ProposalState.IN_PROGRESS, Duration.ofDays(5))
      .escalationInterval(Duration.ofDays(3))
      .feedbackWindow(Duration.ofDays(7))
      .build();
  private static final ProposalRules RULES = ProposalRules.of(CHAIN, POLICY);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final OrganizationId UNIT = OrganizationId.of("unit-1");

  private static ProposalRecord answer(ProposalRecord r, Instant at) {
    ProposalRecord x = moved(step(RULES, r, id -> new ProposalCommand.Accept(id, CLERK, at)));
    x = moved(step(RULES, x, id -> new ProposalCommand.Assign(id, UNIT, CLERK, at)));
    x = moved(step(RULES, x, id -> new ProposalCommand.Start(id, UNIT, at)));
    return moved(step(RULES, x, id -> new ProposalCommand.Answer(id, new Answer("已处理", CLERK, at))));
  }

  @Test
  void aProposalDecidedWhereItWasSubmittedClimbedNothingAndTookNoTimeToGetThere() {
    ProposalRecord r = answer(receive(proposal("ta-1", "n3", T0)), T0.plus(HOUR.multipliedBy(5)));
    ProposalPaths paths = ProposalDesk.paths(List.of(r), CHAIN);
    assertThat(paths.paths()).containsExactly(new ProposalPaths.Path(r.id(), GridId.of("n3"), GridId.of("n3"),
        "HOUSEHOLD", 0, 0, Duration.ZERO, HOUR.multipliedBy(5)));
    assertThat(paths.undecided()).isZero();
    assertThat(paths.comparedWith(Duration.ofDays(7))).isEqualTo(new ProposalPaths.Comparison(0, 0, Duration.ZERO,
        Duration.ZERO));
  }

  @Test
  void countsEscalationsAndReferralsBeforeTheFirstDecisionAndTimesTheLastClimb() {
    ProposalRecord r = receive(proposal("ta-2", "n3", T0));
    // overdue at T0 + 1 day: escalated to n2; referred by the group to the village two hours later
    r = moved(step(RULES, r, id -> new ProposalCommand.Escalate(id, T0.plus(Duration.ofDays(1)))));
    Instant referred = T0.plus(Duration.ofDays(1)).plus(HOUR.multipliedBy(2));
    r = moved(step(RULES, r, id -> new ProposalCommand.Refer(id, "需村里协调", CLERK, referred)));
    Instant decided = referred.plus(HOUR.multipliedBy(10));
    r = answer(r, decided);
    // reopened, then referred once more: not counted, the first decision was at the village
    r = moved(step(RULES, r, id -> new ProposalCommand.Rate(id, Satisfaction.DISSATISFIED, decided)));
    r = moved(step(RULES, r, id -> new ProposalCommand.Refer(id, "仍未解决", CLERK, decided.plus(HOUR))));
    ProposalPaths.Path p = ProposalDesk.paths(List.of(r), CHAIN).paths().get(0);
    assertThat(p.decidedAt()).isEqualTo(GridId.of("n1"));
    assertThat(p.decidingLevel()).isEqualTo("VILLAGE");
    assertThat(p.escalations()).isEqualTo(1);
    assertThat(p.referrals()).isEqualTo(1);
    assertThat(p.levels()).isEqualTo(2);
    assertThat(p.toDecidingLevel()).isEqualTo(Duration.between(T0, referred));
    assertThat(p.toDecision()).isEqualTo(Duration.between(T0, decided));
  }

  @Test
  void aRejectionIsADecisionAndAnOpenProposalIsUndecided() {
    ProposalRecord rejected = moved(step(RULES, receive(proposal("ta-3", "n2", T0)), id -> new ProposalCommand.Reject(id,
        new ProposalRejection(ProposalRejectionReason.NOT_WITHIN_REMIT, "不属于受理范围"), CLERK, T0.plus(HOUR))));
    ProposalRecord open = moved(step(RULES, receive(proposal("ta-4", "n3", T0)), id -> new ProposalCommand.Refer(id,
        "需上级处理", CLERK, T0)));
    ProposalPaths paths = ProposalDesk.paths(List.of(open, rejected), CHAIN);
    assertThat(paths.paths()).extracting(ProposalPaths.Path::proposal).extracting(Object::toString)
        .containsExactly("ta-3");
    assertThat(paths.undecided()).isEqualTo(1);
    assertThat(paths.byLevel()).containsExactly(new ProposalPaths.LevelFigures("GROUP", 1, 0, 0, Duration.ZERO,
        Duration.ZERO, HOUR));
  }

  @Test
  void perLevelFiguresFollowTheSchemesOrderAndAverageOverTheProposalsDecidedThere() {
    List<ProposalRecord> records = new ArrayList<>();
    // two decided at the village: one referred from the group after 4 hours, one submitted there
    ProposalRecord a = moved(step(RULES, receive(proposal("ta-a", "n2", T0)), id -> new ProposalCommand.Refer(id,
        "统筹", CLERK, T0.plus(HOUR.multipliedBy(4)))));
    records.add(answer(a, T0.plus(HOUR.multipliedBy(6))));
    records.add(answer(receive(proposal("ta-b", "n1", T0)), T0.plus(HOUR.multipliedBy(2))));
    // one decided at the town after two referrals, the last at 9 hours
    ProposalRecord c = moved(step(RULES, receive(proposal("ta-c", "n2", T0)), id -> new ProposalCommand.Refer(id,
        "统筹", CLERK, T0.plus(HOUR))));
    c = moved(step(RULES, c, id -> new ProposalCommand.Refer(id, "统筹", CLERK, T0.plus(HOUR.multipliedBy(9)))));
    records.add(answer(c, T0.plus(HOUR.multipliedBy(12))));
    ProposalPaths paths = ProposalDesk.paths(records, CHAIN);
    assertThat(paths.byLevel()).containsExactly(
        new ProposalPaths.LevelFigures("TOWN", 1, 1, 1, HOUR.multipliedBy(9), HOUR.multipliedBy(9),
            HOUR.multipliedBy(12)),
        new ProposalPaths.LevelFigures("VILLAGE", 2, 1, 1, HOUR.multipliedBy(2), HOUR.multipliedBy(4),
            HOUR.multipliedBy(4)));
    // three levels climbed by two proposals; on paper each level takes two days
    assertThat(paths.comparedWith(Duration.ofDays(2))).isEqualTo(new ProposalPaths.Comparison(2, 3,
        HOUR.multipliedBy(13).dividedBy(2), Duration.ofDays(3)));
    assertThat(paths.toString()).isEqualTo("ProposalPaths[decided=3, undecided=0, levels=[TOWN:1, VILLAGE:2]]");
  }

  @Test
  void aComparisonNeedsAPositiveTimePerLevel() {
    ProposalPaths paths = ProposalDesk.paths(List.of(), CHAIN);
    assertThatThrownBy(() -> paths.comparedWith(Duration.ZERO)).isInstanceOfSatisfying(DomainValidationException.class,
        e -> assertThat(e.violations().get(0).field()).isEqualTo("perLevel"));
    assertThat(paths.byLevel()).isEmpty();
  }

  @Test
  void overSeededWalksEveryPathAgreesWithItsRecordAndEveryProposalIsCountedOnce() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      List<ProposalRecord> records = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ProposalRecord r = receive(proposal("ta-" + seed + "-" + i, "n" + random.nextInt(4), T0));
        Instant now = T0;
        for (int k = 0; k < 12; k++) {
          now = now.plus(Duration.ofHours(random.nextInt(30)));
          Instant at = now;
          ProposalCommand c = switch (random.nextInt(6)) {
            case 0 -> new ProposalCommand.Refer(r.id(), "统筹", CLERK, at);
            case 1 -> new ProposalCommand.Escalate(r.id(), at);
            default -> nextStep(r, at);
          };
          Proposals.Step s = step(RULES, r, id -> c);
          r = s.record();
        }
        records.add(r);
      }
      ProposalPaths paths = ProposalDesk.paths(records, CHAIN);
      assertThat(paths.paths().size() + paths.undecided()).as("seed %s", seed).isEqualTo(records.size());
      for (ProposalPaths.Path p : paths.paths()) {
        ProposalRecord r = records.stream().filter(x -> x.id().equals(p.proposal())).findFirst().orElseThrow();
        assertThat(CHAIN.depth(p.submittedAt()) - CHAIN.depth(p.decidedAt())).as("seed %s: %s", seed, p)
            .isEqualTo(p.levels());
        assertThat(p.toDecidingLevel()).as("seed %s", seed).isLessThanOrEqualTo(p.toDecision());
        assertThat(r.proposal().grid()).isEqualTo(p.submittedAt());
      }
      int decided = paths.byLevel().stream().mapToInt(ProposalPaths.LevelFigures::decided).sum();
      assertThat(decided).as("seed %s", seed).isEqualTo(paths.paths().size());
    }
  }

  /** A step the record's state allows, so that the walks reach answers and rejections. */
  private static ProposalCommand nextStep(ProposalRecord r, Instant at) {
    return switch (r.state()) {
      case RECEIVED -> new ProposalCommand.Accept(r.id(), CLERK, at);
      case ACCEPTED -> new ProposalCommand.Assign(r.id(), UNIT, CLERK, at);
      case ASSIGNED -> new ProposalCommand.Start(r.id(), UNIT, at);
      case IN_PROGRESS -> new ProposalCommand.Answer(r.id(), new Answer("已处理", CLERK, at));
      case ANSWERED -> new ProposalCommand.Rate(r.id(), Satisfaction.DISSATISFIED, at);
      default -> new ProposalCommand.Close(r.id(), at);
    };
  }
}
