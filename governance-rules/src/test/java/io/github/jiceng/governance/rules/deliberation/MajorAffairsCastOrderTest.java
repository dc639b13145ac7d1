package io.github.jiceng.governance.rules.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.DecisionRule;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.grid.GridId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two ballots of one voter cast at the same instant are ordered by choice, an abstention before
 * any option, so the count keeps the abstention whichever order they are handed in.
 */
final class MajorAffairsCastOrderTest {

  private static final Instant OPEN = Instant.parse("2022-03-01T01:00:00Z");
  private static final PersonId VOTER = PersonId.of("p-0");
  private static final MajorAffair AFFAIR = MajorAffair.builder().id(AffairId.of("affair-1")).title("雪梅里广场改造方案")
      .grid(GridId.of("xuemeili")).quorum(1).addOptions("健身广场", "儿童乐园").rule(DecisionRule.SIMPLE_MAJORITY)
      .openedAt(OPEN).addParticipant(VOTER).build();

  @Test
  void anAbstentionAndAVoteAtTheSameInstantCountTheAbstentionInEitherOrder() {
    Instant at = OPEN.plusSeconds(1);
    Ballot vote = Ballot.forOption(VOTER, 0, at);
    Ballot abstain = Ballot.abstain(VOTER, at);
    for (List<Ballot> handed : List.of(List.of(vote, abstain), List.of(abstain, vote))) {
      AffairDecision d = MajorAffairs.decide(AFFAIR, handed, OPEN.plusSeconds(2));
      assertThat(d.abstentions()).as("%s", handed).isEqualTo(1);
      assertThat(d.tally()).as("%s", handed).containsExactly(0, 0);
      assertThat(d.ignored()).as("%s", handed)
          .containsExactly(new AffairDecision.Ignored(VOTER, AffairDecision.Ignored.Reason.DUPLICATE));
      assertThat(d.outcome()).isEqualTo(AffairDecision.Outcome.NO_MAJORITY);
    }
  }
}
