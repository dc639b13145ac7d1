package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.DecisionRule;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.deliberation.AffairState;
import io.github.jiceng.governance.rules.deliberation.DeliberationCommand;
import io.github.jiceng.governance.rules.deliberation.DeliberationEvent;
import io.github.jiceng.governance.rules.deliberation.DeliberationRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/** One major affair's deliberation; see {@link Generators#deliberation()}. */
final class DeliberationGenerator implements CommandGenerator<DeliberationCommand, AffairState, DeliberationEvent> {

  @Override
  public DeliberationRules rules(long seed) {
    return DeliberationRules.decider();
  }

  @Override
  public List<DeliberationCommand> commands(long seed) {
    return commands(new Random(seed));
  }
  static final Instant OPEN = Instant.parse("2022-03-01T01:00:00Z");

  static PersonId p(int i) {
    return PersonId.of("p-" + i);
  }

  static MajorAffair affair(String id, Random r) {
    int participants = 3 + r.nextInt(8);
    MajorAffair.Builder b = MajorAffair.builder().id(AffairId.of(id)).title("雪梅里广场改造方案")
        .grid(GridId.of("xuemeili")).quorum(1 + r.nextInt(participants)).addOptions("健身广场", "儿童乐园", "停车场")
        .rule(DecisionRule.values()[r.nextInt(DecisionRule.values().length)]).openedAt(OPEN);
    IntStream.range(0, participants).forEach(i -> b.addParticipant(p(i)));
    return b.build();
  }

  static List<DeliberationCommand> commands(Random r) {
    List<DeliberationCommand> out = new ArrayList<>();
    MajorAffair affair = affair("affair-1", r);
    if (r.nextInt(8) == 0) {
      out.add(new DeliberationCommand.Cast(Ballot.forOption(p(0), 0, OPEN)));
    }
    out.add(new DeliberationCommand.Open(affair));
    int n = 5 + r.nextInt(25);
    for (int i = 0; i < n; i++) {
      Instant at = OPEN.plusSeconds(60L * i - 120 + r.nextInt(30));
      PersonId voter = p(r.nextInt(affair.participants().size() + 2));
      switch (r.nextInt(12)) {
        case 0 -> out.add(new DeliberationCommand.Close(OPEN.plusSeconds(60L * i - 300 + r.nextInt(600))));
        case 1 -> out.add(new DeliberationCommand.Open(r.nextBoolean() ? affair : affair("affair-2", r)));
        case 2 -> out.add(new DeliberationCommand.Cast(Ballot.abstain(voter, at)));
        case 3 -> out.add(new DeliberationCommand.Cast(Ballot.forOption(voter, r.nextInt(6) - 1, at)));
        case 4, 5 -> {
          if (!out.isEmpty()) {
            out.add(out.get(r.nextInt(out.size())));
          }
        }
        default -> out.add(new DeliberationCommand.Cast(Ballot.forOption(voter, r.nextInt(3), at)));
      }
    }
    if (r.nextBoolean()) {
      out.add(new DeliberationCommand.Close(OPEN.plusSeconds(60L * n)));
    }
    return out;
  }
}
