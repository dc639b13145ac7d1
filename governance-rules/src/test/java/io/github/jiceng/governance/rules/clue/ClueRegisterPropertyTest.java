package io.github.jiceng.governance.rules.clue;

import static io.github.jiceng.governance.rules.clue.ClueRegisterTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.clue.RejectionReason;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random steps on a register; its figures always agree with its cases. */
final class ClueRegisterPropertyTest {

  private static final ClueRules RULES = ClueRules.decider();

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theFiguresAgreeWithTheCasesAfterEveryStep(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ClueRegister r = ClueRegister.empty();
    Instant now = T0;
    int clues = 0;
    for (int step = 0; step < 200; step++) {
      now = now.plusSeconds(random.nextInt(3600));
      ClueId id = ClueId.of("c" + (clues == 0 ? 0 : random.nextInt(clues)));
      ClueCommand command = switch (clues == 0 ? 0 : random.nextInt(9)) {
        case 0 -> new ClueCommand.Collect(ClueRegisterTest.clue("c" + clues++,
            ClueCategory.ARTICLE_FOUR.get(random.nextInt(4)), now, null));
        case 1 -> new ClueCommand.Screen(id, now);
        case 2 -> new ClueCommand.Merge(id, ClueId.of("c" + random.nextInt(clues)), now);
        case 3 -> new ClueCommand.Reject(id, new ClueRejection(RejectionReason.OTHER, "不予立项", now));
        case 4 -> new ClueCommand.Evaluate(id, new Evaluation(now, Money.ofFen(random.nextInt(1_000_000)),
            1 + random.nextInt(3000), Priority.values()[random.nextInt(4)]));
        case 5 -> new ClueCommand.Decide(id, random.nextBoolean()
            ? Implementation.fundDirected(ProjectId.of("p" + random.nextInt(40)), now)
            : Implementation.claimedBy(OrganizationId.of("unit"), ProjectId.of("p" + random.nextInt(40)), now));
        case 6 -> new ClueCommand.Start(id, now);
        case 7 -> new ClueCommand.Complete(id, new Completion(now, random.nextInt(3000)));
        default -> new ClueCommand.Screen(id, now.minusSeconds(1 + random.nextInt(7200)));
      };
      Decision<ClueEvent> d = RULES.decide(command, r);
      if (d instanceof Decision.Refused) {
        assertThat(d.events()).as("seed %s step %s", seed, step).isEmpty();
      }
      r = RULES.fold(r, d instanceof Decision.Applied ? d.events() : List.of());
      check(r, "seed " + seed + " step " + step);
    }
  }

  private static void check(ClueRegister r, String where) {
    ClueSummary s = r.summary();
    assertThat(s.collected()).as(where).isEqualTo(r.cases().size());
    assertThat(s.byStatus().values().stream().mapToInt(Integer::intValue).sum()).as(where).isEqualTo(s.collected());
    assertThat(s.byCategory().values().stream().mapToInt(Integer::intValue).sum()).as(where).isEqualTo(s.collected());
    int duplicates = 0;
    Set<ProjectId> projects = new HashSet<>();
    for (ClueCase c : r.cases()) {
      duplicates += c.duplicates().size();
      for (ClueId d : c.duplicates()) {
        assertThat(r.find(d).orElseThrow().mergedInto()).as(where).contains(c.id());
      }
      c.mergedInto().ifPresent(p -> assertThat(r.find(p).orElseThrow().duplicates()).as(where).contains(c.id()));
      c.implementation().ifPresent(i -> {
        assertThat(projects.add(i.project())).as(where + " project " + i.project() + " once").isTrue();
        assertThat(r.byProject(i.project())).as(where).contains(c);
      });
    }
    assertThat(duplicates).as(where).isEqualTo(s.byStatus().get(ClueStatus.MERGED));
    int decided = s.byStatus().get(ClueStatus.DECIDED) + s.byStatus().get(ClueStatus.IN_PROGRESS)
        + s.byStatus().get(ClueStatus.COMPLETED);
    assertThat(s.decided().values().stream().mapToInt(Integer::intValue).sum()).as(where).isEqualTo(decided);
    assertThat(s.completed().values().stream().mapToInt(Integer::intValue).sum()).as(where)
        .isEqualTo(s.byStatus().get(ClueStatus.COMPLETED));
  }
}
