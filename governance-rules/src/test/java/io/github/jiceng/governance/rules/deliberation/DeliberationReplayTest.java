package io.github.jiceng.governance.rules.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.DecisionRule;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.grid.GridId;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Replaying an affair in bulk takes exactly what replaying it one event at a time takes: a ballot
 * that one step would refuse as no decision could have recorded it (after the count, of another
 * affair, of an outsider, a second one, or with no affair open) fails the bulk replay too, instead
 * of being gathered with the rest.
 */
final class DeliberationReplayTest {

  private static final DeliberationRules RULES = DeliberationRules.decider();
  private static final Instant OPEN = Instant.parse("2022-03-01T01:00:00Z");
  private static final MajorAffair AFFAIR = affair();

  private static MajorAffair affair() {
    MajorAffair.Builder b = MajorAffair.builder().id(AffairId.of("affair-1")).title("雪梅里广场改造方案")
        .grid(GridId.of("xuemeili")).quorum(1).addOptions("健身广场", "儿童乐园").rule(DecisionRule.SIMPLE_MAJORITY)
        .openedAt(OPEN);
    IntStream.range(0, 3).forEach(i -> b.addParticipant(p(i)));
    return b.build();
  }

  private static PersonId p(int i) {
    return PersonId.of("p-" + i);
  }

  private static DeliberationEvent cast(int voter, int option, long second) {
    return new DeliberationEvent.BallotCast(AFFAIR.id(), Ballot.forOption(p(voter), option, OPEN.plusSeconds(second)));
  }

  private static DeliberationEvent opened() {
    return new DeliberationEvent.Opened(AFFAIR);
  }

  private static DeliberationEvent decided(List<Ballot> ballots, long second) {
    return new DeliberationEvent.Decided(MajorAffairs.decide(AFFAIR, ballots, OPEN.plusSeconds(second)));
  }

  private static AffairState oneAtATime(List<DeliberationEvent> events) {
    AffairState s = RULES.initialState();
    for (DeliberationEvent e : events) {
      s = RULES.evolve(s, e);
    }
    return s;
  }

  private static void bothRefuse(String as, List<DeliberationEvent> events) {
    assertThatThrownBy(() -> oneAtATime(events)).as(as + ", one at a time").isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.fold(RULES.initialState(), events)).as(as + ", in bulk")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLawfulReplayGivesTheSameStateEitherWay() {
    Ballot first = Ballot.forOption(p(0), 1, OPEN.plusSeconds(1));
    List<DeliberationEvent> events = List.of(opened(), new DeliberationEvent.BallotCast(AFFAIR.id(), first),
        cast(1, 0, 2), decided(List.of(first), 5));

    AffairState bulk = RULES.fold(RULES.initialState(), events.subList(0, 3));
    assertThat(bulk).isEqualTo(oneAtATime(events.subList(0, 3)));
    assertThat(bulk.isClosed()).isFalse();
    assertThat(bulk).isNotEqualTo(RULES.fold(RULES.initialState(), events.subList(0, 2)));
    AffairState closed = RULES.fold(RULES.initialState(), events);
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed).isEqualTo(oneAtATime(events)).isNotEqualTo(bulk).hasSameHashCodeAs(oneAtATime(events));
  }

  @Test
  void aBallotAfterTheCountFailsEitherWay() {
    bothRefuse("after the count", List.of(opened(), cast(0, 0, 1), decided(List.of(), 5), cast(1, 0, 6)));
  }

  @Test
  void aBallotOfAnotherAffairFailsEitherWay() {
    bothRefuse("another affair", List.of(opened(),
        new DeliberationEvent.BallotCast(AffairId.of("affair-2"), Ballot.forOption(p(0), 0, OPEN.plusSeconds(1)))));
  }

  @Test
  void aBallotOfAnOutsiderFailsEitherWay() {
    bothRefuse("an outsider", List.of(opened(), cast(0, 0, 1), cast(9, 0, 2)));
  }

  @Test
  void aSecondBallotFailsEitherWayWhetherTheFirstIsInTheSameReplayOrAlreadyRecorded() {
    bothRefuse("a second ballot in the same replay", List.of(opened(), cast(0, 0, 1), cast(0, 1, 2)));
    AffairState recorded = RULES.fold(RULES.initialState(), List.of(opened(), cast(0, 0, 1)));
    assertThatThrownBy(() -> RULES.fold(recorded, List.of(cast(0, 1, 2)))).as("a second ballot after a replay")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBallotBeforeTheAffairIsOpenedFailsEitherWay() {
    bothRefuse("no affair", List.of(cast(0, 0, 1), opened()));
  }
}
