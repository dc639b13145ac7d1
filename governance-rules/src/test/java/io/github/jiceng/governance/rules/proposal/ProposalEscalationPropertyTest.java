package io.github.jiceng.governance.rules.proposal;

import static io.github.jiceng.governance.rules.proposal.Proposals.T0;
import static io.github.jiceng.governance.rules.proposal.Proposals.receive;
import static io.github.jiceng.governance.rules.proposal.Proposals.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over random deadlines, intervals, depths and instants: the levels due match the formula
 * {@code at < deadline ? none : 1 + floor((at - deadline) / interval)}, the target is that
 * ancestor (or the root), and escalating step by step ends where escalating once does.
 */
final class ProposalEscalationPropertyTest {

  static LongStream seeds() {
    return SeedCount.longs(300);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void escalationFollowsTheFormulaAndDoesNotDependOnHowOftenItIsChecked(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int depth = 1 + random.nextInt(4);
    GridHierarchy chain = Proposals.chain(depth);
    Duration limit = Duration.ofSeconds(1 + random.nextInt(200_000));
    Duration interval = Duration.ofSeconds(1 + random.nextInt(300_000));
    HandlingPolicy policy = HandlingPolicy.builder().label("p").putDeadline(ProposalState.RECEIVED, limit)
        .escalationInterval(interval).feedbackWindow(Duration.ofDays(1)).build();
    GridId start = GridId.of("n" + (depth - 1));
    ProposalRecord received = receive(Proposals.proposal("ta", start.value(), T0));
    Instant deadline = T0.plus(limit);
    List<GridId> above = chain.ancestors(start);

    ProposalRecord stepwise = received;
    Instant at = T0;
    for (int i = 0; i < 12; i++) {
      at = at.plusNanos(random.nextLong(2 * (limit.toNanos() + interval.toNanos())));
      String where = "seed " + seed + " at " + at;
      DeadlineStatus s = ProposalDesk.assess(received, chain, policy, at);
      if (at.isBefore(deadline)) {
        assertThat(s).as(where).isEqualTo(new DeadlineStatus.OnTime(deadline, Duration.between(at, deadline)));
      } else {
        long expected = 1 + Duration.between(deadline, at).toNanos() / interval.toNanos();
        DeadlineStatus.Overdue o = (DeadlineStatus.Overdue) s;
        assertThat(o.levelsDue()).as(where).isEqualTo(expected);
        int reach = (int) Math.min(expected, above.size());
        assertThat(o.target()).as(where).isEqualTo(reach == 0 ? start : above.get(reach - 1));
      }
      Instant now = at;
      ProposalRules rules = ProposalRules.of(chain, policy);
      stepwise = step(rules, stepwise, id -> new ProposalCommand.Escalate(id, now)).record();
      ProposalRecord once = step(rules, received, id -> new ProposalCommand.Escalate(id, now)).record();
      assertThat(stepwise).as(where).isEqualTo(once);
    }
  }
}
