package io.github.jiceng.governance.rules.deliberation;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.grid.GridId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No public method or constructor of the affair's decider, state, commands and events accepts an undeclared null. */
final class DeliberationRulesNullChecksTest {

  private static final Instant OPEN = Instant.parse("2022-03-01T01:00:00Z");
  private static final MajorAffair AFFAIR = MajorAffair.builder().id(AffairId.of("affair-1")).title("广场改造")
      .grid(GridId.of("g")).addParticipants(PersonId.of("p-1"), PersonId.of("p-2")).quorum(1)
      .addOptions("健身广场", "儿童乐园").openedAt(OPEN).build();

  private final NullPointerTester tester = new NullPointerTester().setDefault(MajorAffair.class, AFFAIR)
      .setDefault(PersonId.class, PersonId.of("p-1")).setDefault(AffairId.class, AffairId.of("affair-1"))
      .setDefault(Instant.class, OPEN).setDefault(Ballot.class, Ballot.abstain(PersonId.of("p-1"), OPEN))
      .setDefault(AffairDecision.class, MajorAffairs.decide(AFFAIR, List.of(), OPEN))
      .setDefault(AffairState.class, DeliberationRules.decider().initialState())
      .setDefault(DeliberationCommand.class, new DeliberationCommand.Open(AFFAIR))
      .setDefault(DeliberationEvent.class, new DeliberationEvent.Opened(AFFAIR));

  @Test
  void everyPublicEntryPointNamesTheNullItRefuses() {
    tester.testAllPublicInstanceMethods(DeliberationRules.decider());
    tester.testAllPublicInstanceMethods(DeliberationRules.decider().fold(DeliberationRules.decider().initialState(),
        List.of(new DeliberationEvent.Opened(AFFAIR))));
    for (Class<?> type : new Class<?>[] {DeliberationCommand.Open.class, DeliberationCommand.Cast.class,
        DeliberationCommand.Close.class, DeliberationEvent.Opened.class, DeliberationEvent.BallotCast.class,
        DeliberationEvent.Decided.class}) {
      tester.testAllPublicConstructors(type);
    }
  }
}
