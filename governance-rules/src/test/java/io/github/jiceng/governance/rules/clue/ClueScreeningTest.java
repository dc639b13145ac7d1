package io.github.jiceng.governance.rules.clue;

import static io.github.jiceng.governance.rules.clue.ClueRegisterTest.T0;
import static io.github.jiceng.governance.rules.clue.ClueRegisterTest.clue;
import static io.github.jiceng.governance.rules.clue.ClueRegisterTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ClueScreeningTest {

  @Test
  void suggestsReportsOfTheSameTopicCategoryAndGridAsDuplicatesEarliestFirst() {
    List<IssueClue> clues = List.of(
        clue("c3", ClueCategory.FITNESS, T0.plusSeconds(30), "square"),
        clue("c1", ClueCategory.FITNESS, T0.plusSeconds(10), "square"),
        clue("c2", ClueCategory.WASTE, T0.plusSeconds(20), "square"),
        clue("c4", ClueCategory.WASTE, T0, "bins"),
        clue("c5", ClueCategory.WASTE, T0.plusSeconds(5), "bins"),
        clue("c6", ClueCategory.TRAVEL, T0, null),
        clue("c7", ClueCategory.TRAVEL, T0, null));
    assertThat(ClueScreening.suggestDuplicates(clues)).containsExactly(
        List.of(ClueId.of("c4"), ClueId.of("c5")),
        List.of(ClueId.of("c1"), ClueId.of("c3")));
  }

  @Test
  void ranksByPriorityThenReportsThenBeneficiariesPerYuan() {
    ClueRegister r = ClueRegister.empty();
    Object[][] rows = {
        {"low", Priority.LOW, "100", 1000},
        {"cheap", Priority.HIGH, "1000", 500},
        {"dear", Priority.HIGH, "1000", 100},
        {"free", Priority.HIGH, "0", 1},
        {"urgent", Priority.URGENT, "50000", 1},
        {"crowded", Priority.HIGH, "99999", 1},
        {"dup", Priority.HIGH, "1", 1}};
    for (Object[] row : rows) {
      ClueId id = ClueId.of((String) row[0]);
      r = ok(r, new ClueCommand.Collect(clue(id.value(), ClueCategory.DAILY_LIFE, T0, null)));
      r = ok(r, new ClueCommand.Screen(id, T0));
    }
    r = ok(r, new ClueCommand.Merge(ClueId.of("dup"), ClueId.of("crowded"), T0));
    for (Object[] row : rows) {
      if (!row[0].equals("dup")) {
        r = ok(r, new ClueCommand.Evaluate(ClueId.of((String) row[0]),
            new Evaluation(T0, Money.ofYuan((String) row[2]), (Integer) row[3], (Priority) row[1])));
      }
    }
    assertThat(ClueScreening.rank(r.cases())).extracting(ClueCase::id).extracting(ClueId::value)
        .containsExactly("urgent", "crowded", "free", "cheap", "dear", "low");
  }
}
