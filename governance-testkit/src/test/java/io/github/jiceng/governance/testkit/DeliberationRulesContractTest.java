package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.DeliberationGenerator.OPEN;
import static io.github.jiceng.governance.testkit.DeliberationGenerator.affair;
import static io.github.jiceng.governance.testkit.DeliberationGenerator.p;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.deliberation.AffairState;
import io.github.jiceng.governance.rules.deliberation.DeliberationCommand;
import io.github.jiceng.governance.rules.deliberation.DeliberationEvent;
import io.github.jiceng.governance.rules.deliberation.DeliberationRefusalCode;
import io.github.jiceng.governance.rules.deliberation.DeliberationRules;
import io.github.jiceng.governance.rules.deliberation.MajorAffairs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DeliberationRules} through the generic contract over 300 seeds: an affair opened (or not
 * yet), ballots of participants and outsiders, early, for missing options, repeated and second
 * ballots, counts too early, again, and after the close. Also checks that the count agrees with
 * {@link MajorAffairs#decide} over the same heap of ballots.
 */
final class DeliberationRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 300;
  private static final CommandGenerator<DeliberationCommand, AffairState, DeliberationEvent> DELIBERATION =
      Generators.deliberation();


  @Test
  void everyCommandSequenceKeepsTheContractAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      tally.add(DeciderContract.run("seed " + seed, DeliberationRules.decider(), DELIBERATION.commands(seed)));
    }
    tally.assertReachedEveryVariantAndCode(DeliberationRefusalCode.values());
  }

  @Test
  void theCountIsWhatMajorAffairsDecidesOverEveryBallotCastAndItIgnoresNoneOfTheRecordedOnes() {
    int decided = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<DeliberationCommand, AffairState, DeliberationEvent> stream =
          InMemoryStream.open(DeliberationRules.decider());
      List<Ballot> heap = new ArrayList<>();
      Instant closedAt = null;
      for (DeliberationCommand c : DELIBERATION.commands(seed)) {
        if (c instanceof DeliberationCommand.Cast cast && closedAt == null && stream.state().affair().isPresent()) {
          heap.add(cast.ballot());
        }
        if (stream.handle(c) instanceof Decision.Applied<DeliberationEvent> a
            && a.last() instanceof DeliberationEvent.Decided d) {
          closedAt = d.decision().decidedAt();
        }
      }
      if (closedAt == null) {
        continue;
      }
      decided++;
      AffairDecision recorded = stream.state().decision().orElseThrow();
      AffairDecision afterTheFact = MajorAffairs.decide(stream.state().affair().orElseThrow(), heap, closedAt);

      assertThat(recorded.ignored()).as("seed " + seed).isEmpty();
      assertThat(recorded.outcome()).as("seed " + seed).isEqualTo(afterTheFact.outcome());
      assertThat(recorded.tally()).as("seed " + seed).isEqualTo(afterTheFact.tally());
      assertThat(recorded.abstentions()).as("seed " + seed).isEqualTo(afterTheFact.abstentions());
      assertThat(stream.state().countAt(closedAt.plusSeconds(1))).as("seed " + seed).contains(recorded);
    }
    assertThat(decided).as("decided affairs over %s seeds", SEEDS).isGreaterThan(SEEDS / 3);
  }

  @Test
  void everyRefusalHasATemplateInBothLanguagesUsingExactlyItsArguments() {
    List<Refusal> refusals = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<DeliberationCommand, AffairState, DeliberationEvent> stream =
          InMemoryStream.open(DeliberationRules.decider());
      for (DeliberationCommand c : DELIBERATION.commands(seed)) {
        stream.handle(c).refusalIfAny().ifPresent(refusals::add);
      }
    }

    refusals.forEach(refusal -> DeciderContract.checkTexts("DeliberationRefusalCode", refusal));
  }

  @Test
  void aSecondBallotIsRefusedNamingTheFirstAndTheStateShowsNoChoiceInItsText() {
    InMemoryStream<DeliberationCommand, AffairState, DeliberationEvent> s = InMemoryStream.open(DeliberationRules.decider());
    s.handle(new DeliberationCommand.Open(affair("affair-1", new Random(1))));
    s.handle(new DeliberationCommand.Cast(Ballot.forOption(p(0), 1, OPEN.plusSeconds(10))));

    Refusal r = s.handle(new DeliberationCommand.Cast(Ballot.forOption(p(0), 2, OPEN.plusSeconds(20))))
        .refusalIfAny().orElseThrow();

    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.ALREADY_VOTED);
    assertThat(r.code().key()).isEqualTo("deliberation.already-voted");
    assertThat(r.arguments()).containsEntry("voter", "p-0").containsEntry("castAt", OPEN.plusSeconds(10).toString());
    assertThat(s.state()).hasToString("AffairState[affair-1, 1 ballots, open]");
  }

  @Test
  void aCountBeforeACountedBallotIsTooEarlyAndBadInputThrows() {
    InMemoryStream<DeliberationCommand, AffairState, DeliberationEvent> s = InMemoryStream.open(DeliberationRules.decider());
    s.handle(new DeliberationCommand.Open(affair("affair-1", new Random(2))));
    s.handle(new DeliberationCommand.Cast(Ballot.abstain(p(1), OPEN.plusSeconds(100))));

    Refusal r = s.handle(new DeliberationCommand.Close(OPEN.plusSeconds(50))).refusalIfAny().orElseThrow();

    assertThat(r.code()).isEqualTo(DeliberationRefusalCode.CLOSE_TOO_EARLY);
    assertThat(r.arguments()).containsEntry("earliest", OPEN.plusSeconds(100).toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DeliberationCommand.Close(Instant.MAX))
        .isInstanceOf(DomainValidationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DeliberationCommand.Cast(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("ballot");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeliberationRules.decider().evolve(s.state(),
        new DeliberationEvent.BallotCast(AffairId.of("affair-1"), Ballot.abstain(p(1), OPEN.plusSeconds(200)))))
        .as("a second ballot of one voter cannot follow").isInstanceOf(IllegalStateException.class);
    MajorAffair affair = s.state().affair().orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeliberationRules.decider().fold(
        DeliberationRules.decider().initialState(), List.of(new DeliberationEvent.Opened(affair),
            new DeliberationEvent.BallotCast(affair.id(), Ballot.abstain(p(1), OPEN.plusSeconds(1))),
            new DeliberationEvent.BallotCast(affair.id(), Ballot.abstain(p(1), OPEN.plusSeconds(2))))))
        .as("nor in a bulk replay").isInstanceOf(IllegalStateException.class);
  }
}
