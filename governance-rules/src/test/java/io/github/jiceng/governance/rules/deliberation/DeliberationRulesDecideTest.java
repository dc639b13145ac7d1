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
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each command on an affair, decided one at a time through {@link DeliberationRules#decide}: the
 * exact event applied or recorded, or the exact refusal code and arguments, at the edges of each
 * check (the opening instant, the last option, the latest ballot).
 */
final class DeliberationRulesDecideTest {

  private static final DeliberationRules RULES = DeliberationRules.decider();
  private static final Instant OPEN = Instant.parse("2022-03-01T01:00:00Z");
  private static final MajorAffair AFFAIR = affair("affair-1");

  private static MajorAffair affair(String id) {
    MajorAffair.Builder b = MajorAffair.builder().id(AffairId.of(id)).title("雪梅里广场改造方案")
        .grid(GridId.of("xuemeili")).quorum(1).addOptions("健身广场", "儿童乐园").rule(DecisionRule.SIMPLE_MAJORITY)
        .openedAt(OPEN);
    IntStream.range(0, 3).forEach(i -> b.addParticipant(p(i)));
    return b.build();
  }

  private static PersonId p(int i) {
    return PersonId.of("p-" + i);
  }

  private static Instant at(long second) {
    return OPEN.plusSeconds(second);
  }

  private static AffairState opened() {
    return RULES.evolve(RULES.initialState(), new DeliberationEvent.Opened(AFFAIR));
  }

  private static AffairState apply(AffairState state, DeliberationCommand command) {
    AffairState s = state;
    for (DeliberationEvent e : RULES.decide(command, state).orElseThrow()) {
      s = RULES.evolve(s, e);
    }
    return s;
  }

  private static Refusal refusal(DeliberationCommand command, AffairState state) {
    Decision<DeliberationEvent> d = RULES.decide(command, state);
    assertThat(d).isInstanceOf(Decision.Refused.class);
    return d.refusalIfAny().orElseThrow();
  }

  private static DeliberationCommand cast(Ballot ballot) {
    return new DeliberationCommand.Cast(ballot);
  }

  @Test
  void openingAnEmptyStreamAppliesOneOpenedEvent() {
    Decision<DeliberationEvent> d = RULES.decide(new DeliberationCommand.Open(AFFAIR), RULES.initialState());
    assertThat(d).isEqualTo(Decision.applied(new DeliberationEvent.Opened(AFFAIR)));
    assertThat(opened().affair()).contains(AFFAIR);
    assertThat(opened().ballots()).isEmpty();
    assertThat(opened().isClosed()).isFalse();
  }

  @Test
  void openingTheSameAffairAgainIsUnchangedAndAnotherIsRefusedNamingBoth() {
    assertThat(RULES.decide(new DeliberationCommand.Open(AFFAIR), opened()))
        .isEqualTo(Decision.unchanged(List.of(new DeliberationEvent.Opened(AFFAIR))));
    Refusal r = refusal(new DeliberationCommand.Open(affair("affair-2")), opened());
    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.ALREADY_OPEN);
    assertThat(r.arguments()).isEqualTo(Map.of("affair", "affair-1", "other", "affair-2"));
  }

  @Test
  void aBallotOrACountBeforeOpeningIsRefusedNamingTheCommand() {
    Refusal c = refusal(cast(Ballot.forOption(p(0), 0, at(1))), RULES.initialState());
    assertThat(c.code()).isEqualTo(DeliberationRefusalCode.NOT_OPEN);
    assertThat(c.arguments()).isEqualTo(Map.of("command", "Cast"));
    Refusal k = refusal(new DeliberationCommand.Close(at(1)), RULES.initialState());
    assertThat(k.code()).isEqualTo(DeliberationRefusalCode.NOT_OPEN);
    assertThat(k.arguments()).isEqualTo(Map.of("command", "Close"));
  }

  @Test
  void aBallotAtTheOpeningInstantForTheLastOptionIsApplied() {
    Ballot b = Ballot.forOption(p(0), 1, OPEN);
    assertThat(RULES.decide(cast(b), opened()))
        .isEqualTo(Decision.applied(new DeliberationEvent.BallotCast(AFFAIR.id(), b)));
    Ballot abstain = Ballot.abstain(p(1), at(2));
    assertThat(RULES.decide(cast(abstain), opened()))
        .isEqualTo(Decision.applied(new DeliberationEvent.BallotCast(AFFAIR.id(), abstain)));
    assertThat(apply(opened(), cast(b)).ballotOf(p(0))).contains(b);
  }

  @Test
  void aBallotOfAnOutsiderIsRefusedNamingTheAffairAndVoter() {
    Refusal r = refusal(cast(Ballot.forOption(p(9), 0, at(1))), opened());
    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.NOT_A_PARTICIPANT);
    assertThat(r.arguments()).isEqualTo(Map.of("affair", "affair-1", "voter", "p-9"));
  }

  @Test
  void aBallotOneSecondBeforeOpeningIsRefusedWithBothInstants() {
    Refusal r = refusal(cast(Ballot.forOption(p(0), 0, at(-1))), opened());
    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.BEFORE_OPENING);
    assertThat(r.arguments()).isEqualTo(
        Map.of("voter", "p-0", "at", at(-1).toString(), "openedAt", OPEN.toString()));
  }

  @Test
  void aBallotNamingOneOptionPastTheLastIsRefusedWithTheNumberOfOptions() {
    Refusal r = refusal(cast(Ballot.forOption(p(0), 2, at(1))), opened());
    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.NO_SUCH_OPTION);
    assertThat(r.arguments()).isEqualTo(Map.of("voter", "p-0", "choice", "2", "options", "2"));
  }

  @Test
  void aSecondDifferentBallotIsRefusedAndTheSameBallotAgainIsUnchanged() {
    Ballot first = Ballot.forOption(p(0), 0, at(1));
    AffairState s = apply(opened(), cast(first));
    assertThat(RULES.decide(cast(first), s))
        .isEqualTo(Decision.unchanged(List.of(new DeliberationEvent.BallotCast(AFFAIR.id(), first))));
    Refusal r = refusal(cast(Ballot.forOption(p(0), 1, at(2))), s);
    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.ALREADY_VOTED);
    assertThat(r.arguments()).isEqualTo(Map.of("voter", "p-0", "castAt", at(1).toString()));
    assertThat(s.ballots()).containsExactly(first);
  }

  @Test
  void aCountAtTheLatestBallotIsAppliedAndOneSecondEarlierIsRefused() {
    AffairState s = apply(apply(opened(), cast(Ballot.forOption(p(0), 0, at(5)))),
        cast(Ballot.forOption(p(1), 0, at(3))));
    Refusal r = refusal(new DeliberationCommand.Close(at(4)), s);
    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.CLOSE_TOO_EARLY);
    assertThat(r.arguments()).isEqualTo(Map.of("at", at(4).toString(), "earliest", at(5).toString()));
    assertThat(RULES.decide(new DeliberationCommand.Close(at(5)), s)).isEqualTo(
        Decision.applied(new DeliberationEvent.Decided(MajorAffairs.decide(AFFAIR, s.ballots(), at(5)))));
  }

  @Test
  void aCountBeforeTheOpeningIsRefusedAndAtTheOpeningAppliedWhenNoOneVoted() {
    Refusal r = refusal(new DeliberationCommand.Close(at(-1)), opened());
    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.CLOSE_TOO_EARLY);
    assertThat(r.arguments()).isEqualTo(Map.of("at", at(-1).toString(), "earliest", OPEN.toString()));
    AffairState closed = apply(opened(), new DeliberationCommand.Close(OPEN));
    assertThat(closed.decision().orElseThrow().outcome()).isEqualTo(AffairDecision.Outcome.NO_QUORUM);
  }

  @Test
  void afterTheCountASameCountIsUnchangedAndEverythingElseIsRefusedAsClosed() {
    Ballot first = Ballot.forOption(p(0), 1, at(1));
    AffairState s = apply(apply(opened(), cast(first)), new DeliberationCommand.Close(at(10)));
    AffairDecision made = s.decision().orElseThrow();
    assertThat(made.outcome()).isEqualTo(AffairDecision.Outcome.ADOPTED);
    assertThat(made.adopted()).contains("儿童乐园");
    assertThat(s.isClosed()).isTrue();
    assertThat(RULES.decide(new DeliberationCommand.Close(at(10)), s))
        .isEqualTo(Decision.unchanged(List.of(new DeliberationEvent.Decided(made))));
    assertThat(RULES.decide(cast(first), s))
        .isEqualTo(Decision.unchanged(List.of(new DeliberationEvent.BallotCast(AFFAIR.id(), first))));
    Map<String, String> closedArgs = Map.of("affair", "affair-1", "decidedAt", at(10).toString());
    for (DeliberationCommand late : List.of(new DeliberationCommand.Close(at(11)),
        cast(Ballot.forOption(p(1), 0, at(2))), cast(Ballot.forOption(p(9), 0, at(2))),
        cast(Ballot.forOption(p(0), 0, at(2))))) {
      Refusal r = refusal(late, s);
      assertThat(r.code()).as(late.toString()).isEqualTo(DeliberationRefusalCode.CLOSED);
      assertThat(r.arguments()).as(late.toString()).isEqualTo(closedArgs);
    }
  }

  @Test
  void evolveRejectsEventsNoDecisionCouldHaveRecorded() {
    AffairState s = opened();
    assertThatThrownBy(() -> RULES.evolve(s, new DeliberationEvent.Opened(AFFAIR)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(RULES.initialState(),
        new DeliberationEvent.Decided(MajorAffairs.decide(AFFAIR, List.of(), at(1)))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Decided");
    assertThatThrownBy(() -> RULES.evolve(s, new DeliberationEvent.BallotCast(AFFAIR.id(),
        Ballot.forOption(p(9), 0, at(1))))).isInstanceOf(IllegalStateException.class);
    AffairState closed = RULES.evolve(s, new DeliberationEvent.Decided(MajorAffairs.decide(AFFAIR, List.of(), at(1))));
    assertThatThrownBy(() -> RULES.evolve(closed,
        new DeliberationEvent.Decided(MajorAffairs.decide(AFFAIR, List.of(), at(2)))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("affair-1");
  }

  @Test
  void theStateCountsProvisionallyAndPrintsNoVoter() {
    assertThat(RULES.initialState().countAt(at(1))).isEmpty();
    assertThat(RULES.initialState().toString()).isEqualTo("AffairState[not open]");
    Ballot b = Ballot.forOption(p(0), 0, at(1));
    AffairState s = apply(opened(), cast(b));
    assertThat(s.countAt(at(2))).contains(MajorAffairs.decide(AFFAIR, List.of(b), at(2)));
    assertThat(s.toString()).isEqualTo("AffairState[affair-1, 1 ballots, open]").doesNotContain("p-0");
    AffairState closed = apply(s, new DeliberationCommand.Close(at(3)));
    assertThat(closed.countAt(at(9))).isEqualTo(closed.decision());
    assertThat(closed.toString()).isEqualTo("AffairState[affair-1, 1 ballots, ADOPTED]");
    assertThat(RULES.toString()).isEqualTo("DeliberationRules");
  }
}
