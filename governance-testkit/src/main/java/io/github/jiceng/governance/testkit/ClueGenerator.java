package io.github.jiceng.governance.testkit;


import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.clue.RejectionReason;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.clue.ClueEvent;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.clue.ClueRules;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A register of issue clues; see {@link Generators#clues()}. */
final class ClueGenerator implements CommandGenerator<ClueCommand, ClueRegister, ClueEvent> {

  static final Instant T0 = Instant.parse("2021-06-20T02:00:00Z");

  static IssueClue clue(String id, ClueCategory category, Instant at, String topic) {
    return IssueClue.builder().id(ClueId.of(id)).category(category).grid(GridId.of("xuemeili")).reportedAt(at)
        .source(ClueSource.RESIDENT).summary("废弃广场无人管理").topic(Optional.ofNullable(topic)).build();
  }

  @Override
  public ClueRules rules(long seed) {
    return ClueRules.decider();
  }

  @Override
  public List<ClueCommand> commands(long seed) {
    return draw(seed);
  }
  static final int STEPS = 120;

  /** Valid, duplicate and refusable steps on a register, drawn from the seed. */
  static List<ClueCommand> draw(long seed) {
    Random random = new Random(seed);
    List<IssueClue> collected = new ArrayList<>();
    List<ClueCommand> out = new ArrayList<>();
    Instant now = T0;
    for (int step = 0; step < STEPS; step++) {
      now = now.plusSeconds(random.nextInt(3600));
      int n = collected.size();
      ClueId id = n == 0 ? ClueId.of("c0") : collected.get(random.nextInt(n)).id();
      int kind = n == 0 ? 0 : random.nextInt(13);
      ClueCommand command = switch (kind) {
        case 0, 1 -> {
          IssueClue c = clue("c" + n, ClueCategory.ARTICLE_FOUR.get(random.nextInt(4)), now,
              random.nextBoolean() ? "topic" : null);
          collected.add(c);
          yield new ClueCommand.Collect(c);
        }
        case 2 -> new ClueCommand.Collect(random.nextBoolean() ? collected.get(random.nextInt(n))
            : clue(id.value(), ClueCategory.of("OTHER"), now, "another"));
        case 3 -> new ClueCommand.Screen(id, now);
        case 4 -> new ClueCommand.Merge(id, collected.get(random.nextInt(n)).id(), now);
        case 5 -> new ClueCommand.Reject(id, new ClueRejection(RejectionReason.OTHER, "不予立项", now));
        case 6 -> new ClueCommand.Evaluate(id, new Evaluation(now, Money.ofFen(random.nextInt(1_000_000)),
            1 + random.nextInt(3000), Priority.values()[random.nextInt(4)]));
        case 7 -> new ClueCommand.Decide(id, random.nextBoolean()
            ? Implementation.fundDirected(ProjectId.of("p" + random.nextInt(12)), now)
            : Implementation.claimedBy(OrganizationId.of("unit"), ProjectId.of("p" + random.nextInt(12)), now));
        case 8 -> new ClueCommand.Start(id, now);
        case 9 -> new ClueCommand.Complete(id, new Completion(now, random.nextInt(3000)));
        case 10 -> new ClueCommand.Screen(id, now.minusSeconds(1 + random.nextInt(7200)));
        case 11 -> new ClueCommand.Merge(id, collected.get(random.nextInt(n)).id(), now.minusSeconds(7200));
        default -> new ClueCommand.Start(ClueId.of("unknown-" + random.nextInt(3)), now);
      };
      out.add(command);
    }
    return out;
  }
}
