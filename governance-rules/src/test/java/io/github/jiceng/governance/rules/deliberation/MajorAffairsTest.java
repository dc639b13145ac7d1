package io.github.jiceng.governance.rules.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.DecisionRule;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class MajorAffairsTest {

  private static final Instant OPEN = Instant.parse("2022-03-01T01:00:00Z");
  private static final Instant COUNT = OPEN.plusSeconds(3600);

  private static PersonId p(int i) {
    return PersonId.of("p-" + i);
  }

  private static MajorAffair affair(int participants, int quorum, DecisionRule rule) {
    MajorAffair.Builder b = MajorAffair.builder().id(AffairId.of("affair-1")).title("雪梅里广场改造方案")
        .grid(GridId.of("xuemeili")).quorum(quorum).addOptions("健身广场", "儿童乐园", "停车场").rule(rule).openedAt(OPEN);
    IntStream.range(0, participants).forEach(i -> b.addParticipant(p(i)));
    return b.build();
  }

  /** Ballots for options 0, 1, 2 and abstentions, from participants 0, 1, 2, ... in turn. */
  private static List<Ballot> ballots(int... perOptionThenAbstain) {
    List<Ballot> out = new ArrayList<>();
    int voter = 0;
    for (int option = 0; option < perOptionThenAbstain.length; option++) {
      for (int k = 0; k < perOptionThenAbstain[option]; k++) {
        Instant at = OPEN.plusSeconds(voter);
        out.add(option == 3 ? Ballot.abstain(p(voter++), at) : Ballot.forOption(p(voter++), option, at));
      }
    }
    return out;
  }

  @Test
  void adoptsTheOptionWithAMajorityOfTheVotesCast() {
    AffairDecision d = MajorAffairs.decide(affair(20, 10, DecisionRule.SIMPLE_MAJORITY), ballots(7, 3, 2, 4), COUNT);
    assertThat(d.outcome()).isEqualTo(AffairDecision.Outcome.ADOPTED);
    assertThat(d.adopted()).contains("健身广场");
    assertThat(d.tally()).containsExactly(7, 3, 2);
    assertThat(d.abstentions()).isEqualTo(4);
    assertThat(d.ballots()).isEqualTo(16);
    assertThat(affair(2, 1, DecisionRule.SIMPLE_MAJORITY).pillar()).isEqualTo(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION);
  }

  @Test
  void decidesNothingOneBallotShortOfTheQuorum() {
    assertThat(MajorAffairs.decide(affair(20, 11, DecisionRule.SIMPLE_MAJORITY), ballots(10), COUNT).outcome())
        .isEqualTo(AffairDecision.Outcome.NO_QUORUM);
    assertThat(MajorAffairs.decide(affair(20, 10, DecisionRule.SIMPLE_MAJORITY), ballots(10), COUNT).outcome())
        .isEqualTo(AffairDecision.Outcome.ADOPTED);
  }

  @Test
  void abstentionsCountAgainstAnAbsoluteMajorityButNotASimpleOne() {
    List<Ballot> b = ballots(5, 3, 0, 3);
    assertThat(MajorAffairs.decide(affair(20, 1, DecisionRule.SIMPLE_MAJORITY), b, COUNT).outcome())
        .isEqualTo(AffairDecision.Outcome.ADOPTED);
    assertThat(MajorAffairs.decide(affair(20, 1, DecisionRule.ABSOLUTE_MAJORITY), b, COUNT).outcome())
        .isEqualTo(AffairDecision.Outcome.NO_MAJORITY);
  }

  @Test
  void twoThirdsMeansAtLeastTwoThirdsOfAllBallots() {
    assertThat(MajorAffairs.decide(affair(20, 1, DecisionRule.TWO_THIRDS), ballots(6, 3), COUNT).outcome())
        .isEqualTo(AffairDecision.Outcome.ADOPTED);
    assertThat(MajorAffairs.decide(affair(20, 1, DecisionRule.TWO_THIRDS), ballots(6, 3, 0, 1), COUNT).outcome())
        .isEqualTo(AffairDecision.Outcome.NO_MAJORITY);
  }

  @Test
  void adoptsTheLeadingOptionWhereverItStandsInTheList() {
    assertThat(MajorAffairs.decide(affair(20, 1, DecisionRule.SIMPLE_MAJORITY), ballots(2, 7, 1), COUNT).adopted())
        .contains("儿童乐园");
    assertThat(MajorAffairs.decide(affair(20, 1, DecisionRule.SIMPLE_MAJORITY), ballots(1, 2, 6), COUNT).adopted())
        .contains("停车场");
  }

  @Test
  void aTieForTheMostVotesAdoptsNothing() {
    assertThat(MajorAffairs.decide(affair(20, 1, DecisionRule.SIMPLE_MAJORITY), ballots(4, 4), COUNT).outcome())
        .isEqualTo(AffairDecision.Outcome.NO_MAJORITY);
  }

  @Test
  void countsOnlyTheFirstTimelyBallotOfEachParticipantForAnOption() {
    List<Ballot> b = new ArrayList<>(ballots(2));
    b.add(Ballot.forOption(p(0), 1, OPEN.plusSeconds(100)));
    b.add(Ballot.forOption(PersonId.of("stranger"), 1, OPEN));
    b.add(Ballot.forOption(p(5), 1, OPEN.minusNanos(1)));
    b.add(Ballot.forOption(p(6), 1, COUNT.plusNanos(1)));
    b.add(Ballot.forOption(p(7), 3, OPEN));
    b.add(Ballot.forOption(p(8), 1, COUNT));
    AffairDecision d = MajorAffairs.decide(affair(20, 1, DecisionRule.SIMPLE_MAJORITY), b, COUNT);
    assertThat(d.tally()).containsExactly(2, 1, 0);
    assertThat(d.ignored()).extracting(AffairDecision.Ignored::voter, AffairDecision.Ignored::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(p(5), AffairDecision.Ignored.Reason.OUTSIDE_VOTING),
        org.assertj.core.groups.Tuple.tuple(p(7), AffairDecision.Ignored.Reason.NO_SUCH_OPTION),
        org.assertj.core.groups.Tuple.tuple(PersonId.of("stranger"), AffairDecision.Ignored.Reason.NOT_A_PARTICIPANT),
        org.assertj.core.groups.Tuple.tuple(p(0), AffairDecision.Ignored.Reason.DUPLICATE),
        org.assertj.core.groups.Tuple.tuple(p(6), AffairDecision.Ignored.Reason.OUTSIDE_VOTING));
  }

  @Test
  void anAffairNeedsAReachableQuorumAndDistinctOptions() {
    assertThatThrownBy(() -> affair(3, 4, DecisionRule.SIMPLE_MAJORITY)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("quorum");
    assertThatThrownBy(() -> MajorAffair.builder().id(AffairId.of("a")).title("t").grid(GridId.of("g")).addParticipant(p(0))
        .quorum(1).addOptions("同意", "同意").openedAt(OPEN).build()).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("distinct");
  }

  static LongStream seeds() {
    return SeedCount.longs(100);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theDecisionDoesNotDependOnTheOrderBallotsArriveIn(long seed) {
    Random random = new Random(seed);
    List<Ballot> b = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int voter = random.nextInt(25);
      Instant at = OPEN.plusSeconds(random.nextInt(4000) - 100);
      b.add(random.nextInt(5) == 0 ? Ballot.abstain(p(voter), at) : Ballot.forOption(p(voter), random.nextInt(4), at));
    }
    MajorAffair a = affair(20, 1 + random.nextInt(20), DecisionRule.values()[random.nextInt(3)]);
    AffairDecision d = MajorAffairs.decide(a, b, COUNT);
    List<Ballot> shuffled = new ArrayList<>(b);
    Collections.shuffle(shuffled, random);
    assertThat(MajorAffairs.decide(a, shuffled, COUNT)).as("seed %s", seed).isEqualTo(d);
    assertThat(d.ballots() + d.ignored().size()).as("seed %s", seed).isEqualTo(b.size());
  }
}
