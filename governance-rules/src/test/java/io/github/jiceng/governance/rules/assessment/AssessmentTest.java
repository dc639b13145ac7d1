package io.github.jiceng.governance.rules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.assessment.AssessmentInput;
import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.assessment.ItemScore;
import io.github.jiceng.governance.model.assessment.Scorecard;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 量化考核：按细则逐项计分、说明算式，并在网格辖区内排名，同分并列、按编号排序。 */
@DisplayName("量化考核")
final class AssessmentTest {

  private static final Interval Q2 = Interval.of(Instant.parse("2024-03-31T16:00:00Z"),
      Instant.parse("2024-06-30T16:00:00Z"));

  /** 薛家湾镇 with two villages, the first with two villagers' groups. */
  private static final GridHierarchy XUEJIAWAN = GridHierarchy.of(LevelSchemes.RURAL, List.of(
      GridNode.builder().id(GridId.of("xuejiawan")).level("TOWN").name("薛家湾镇").build(),
      GridNode.builder().id(GridId.of("v1")).level("VILLAGE").parent(GridId.of("xuejiawan")).name("一村").build(),
      GridNode.builder().id(GridId.of("v1-g1")).level("VILLAGER_GROUP").parent(GridId.of("v1")).name("一社").build(),
      GridNode.builder().id(GridId.of("v1-g2")).level("VILLAGER_GROUP").parent(GridId.of("v1")).name("二社").build(),
      GridNode.builder().id(GridId.of("v2")).level("VILLAGE").parent(GridId.of("xuejiawan")).name("二村").build()));

  private static Scorecard member(String id, String grid, long checkIns, long flagged, long minutes,
      List<Integer> ratings) {
    return Assessment.score(AssessmentSchemes.partyMembers(), AssessmentInput.builder().subject(PersonId.of(id))
        .grid(GridId.of(grid)).period(Q2)
        .putCount(AssessmentSchemes.CHECK_INS, checkIns).putCount(AssessmentSchemes.FLAGGED_CHECK_INS, flagged)
        .putCount(AssessmentSchemes.SERVICE_MINUTES, minutes).putRating(AssessmentSchemes.RATING, ratings).build());
  }

  @Test
  @DisplayName("党员联系群众打卡、服务时长、群众评价逐项计分，异常打卡扣分")
  void scoresEveryItemAndExplainsIt() {
    Scorecard card = member("m-01", "v1-g1", 12, 2, 390, List.of(5, 4, 5, 4));
    assertThat(card.items()).extracting(ItemScore::key, ItemScore::arithmetic, ItemScore::score).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CHECK_INS", "2.00 × 12 = 24.00", "24.00"),
        org.assertj.core.groups.Tuple.tuple("SERVICE_MINUTES", "1.00 per 60 × 390 = 6.50", "6.50"),
        org.assertj.core.groups.Tuple.tuple("DEMANDS_FULFILLED", "3.00 × 0 = 0.00", "0.00"),
        org.assertj.core.groups.Tuple.tuple("PROPOSALS_ADOPTED", "5.00 × 0 = 0.00", "0.00"),
        org.assertj.core.groups.Tuple.tuple("RATING", "3.20 × 18/4 = 14.40", "14.40"),
        org.assertj.core.groups.Tuple.tuple("FLAGGED_CHECK_INS", "-2.00 × 2 = -4.00", "-4.00"));
    assertThat(card.items().get(4).input()).isEqualTo("4.50 average of 4 ratings");
    assertThat(card.total()).isEqualTo("40.90");
    assertThat(card.scheme()).isEqualTo("zhungeer-member-assessment@1");
  }

  @Test
  void capsHoldAnItemAndTooFewRatingsCountNothing() {
    Scorecard card = member("m-02", "v2", 40, 0, 0, List.of(5, 5));
    assertThat(card.items().get(0).arithmetic()).isEqualTo("2.00 × 40 = 80.00 → 30.00 (cap 30.00)");
    assertThat(card.items().get(4).arithmetic()).isEqualTo("fewer than 3 ratings count nothing = 0.00");
    assertThat(card.totalCenti()).isEqualTo(3000);
  }

  @Test
  void refusesInputsTheSchemeDoesNotKnow() {
    AssessmentInput typo = AssessmentInput.builder().subject(PersonId.of("m-1")).grid(GridId.of("v1")).period(Q2)
        .putCount("CHECKINS", 3L).build();
    assertThatIllegalArgumentException().isThrownBy(() -> Assessment.score(AssessmentSchemes.partyMembers(), typo))
        .withMessageContaining("no count item CHECKINS");
  }

  @Test
  @DisplayName("在一村辖区内排名：同分并列，按编号排序，二村不参与")
  void ranksWithinASubtreeWithSharedRanksForTies() {
    List<Scorecard> cards = List.of(
        member("m-03", "v1-g2", 10, 0, 0, List.of()),
        member("m-01", "v1-g1", 10, 0, 0, List.of()),
        member("m-02", "v1", 15, 0, 0, List.of()),
        member("m-04", "v1-g1", 3, 0, 0, List.of()),
        member("m-09", "v2", 15, 0, 0, List.of()));
    List<Ranking.Ranked> ranked = Ranking.within(XUEJIAWAN, GridId.of("v1"), cards);
    assertThat(ranked).extracting(r -> r.rank() + " " + r.card().subject() + " " + r.card().total())
        .containsExactly("1 m-02 30.00", "2 m-01 20.00", "2 m-03 20.00", "4 m-04 6.00");
  }

  @Test
  @DisplayName("共建单位按单位细则考核")
  void unitsAreScoredByTheirOwnScheme() {
    AssessmentScheme units = AssessmentSchemes.units();
    Scorecard card = Assessment.score(units, AssessmentInput.builder().subject(OrganizationId.of("org-power-supply"))
        .grid(GridId.of("v1")).period(Q2).putCount(AssessmentSchemes.CLAIMS, 6L)
        .putCount(AssessmentSchemes.DEMANDS_FULFILLED, 4L).putRating(AssessmentSchemes.RATING, List.of(5, 5, 4))
        .build());
    assertThat(card.total()).isEqualTo("50.67"); // 24 + 0 + 8 + 4 × 14/3 = 18.666… → 18.67
  }

  static LongStream seeds() {
    return SeedCount.longs(100);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void rankingIsTheSameWhateverTheInputOrderAndTotalsAreTheSumsOfItems(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> grids = List.of("xuejiawan", "v1", "v1-g1", "v1-g2", "v2");
    List<Scorecard> cards = new ArrayList<>();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      List<Integer> ratings = new ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        ratings.add(1 + random.nextInt(5));
      }
      cards.add(member("m-" + i, grids.get(random.nextInt(grids.size())), random.nextInt(4), random.nextInt(2),
          random.nextInt(3) * 60L, ratings));
    }
    GridId root = GridId.of(grids.get(random.nextInt(grids.size())));
    List<Ranking.Ranked> ranked = Ranking.within(XUEJIAWAN, root, cards);
    List<Scorecard> shuffled = new ArrayList<>(cards);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(Ranking.within(XUEJIAWAN, root, shuffled)).as("seed %s", seed).isEqualTo(ranked);
    for (int i = 0; i < ranked.size(); i++) {
      Scorecard c = ranked.get(i).card();
      assertThat(c.totalCenti()).as("seed %s", seed).isEqualTo(c.items().stream().mapToLong(ItemScore::centi).sum());
      GridId g = c.grid();
      assertThat(g.equals(root) || XUEJIAWAN.isAncestorOf(root, g)).as("seed %s", seed).isTrue();
      if (i > 0) {
        Ranking.Ranked prev = ranked.get(i - 1);
        assertThat(prev.card().totalCenti()).as("seed %s", seed).isGreaterThanOrEqualTo(c.totalCenti());
        if (prev.card().totalCenti() == c.totalCenti()) {
          assertThat(ranked.get(i).rank()).as("seed %s", seed).isEqualTo(prev.rank());
          assertThat(prev.card().subject().compareTo(c.subject())).as("seed %s", seed).isNegative();
        } else {
          assertThat(ranked.get(i).rank()).as("seed %s", seed).isEqualTo(i + 1);
        }
      }
    }
    long insideCount = cards.stream().filter(c -> c.grid().equals(root) || XUEJIAWAN.isAncestorOf(root, c.grid()))
        .count();
    assertThat(ranked).as("seed %s", seed).hasSize((int) insideCount);

  }
}
