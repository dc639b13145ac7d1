package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.RuleId;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Equal values write the same bytes even when their maps were filled in another order, as a map
 * built with {@code Map.of} iterates in an order that changes from one JVM run to the next.
 */
final class MapOrderTest {

  private static <K, V> Map<K, V> ordered(List<K> keys, Map<K, V> values) {
    Map<K, V> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, values.get(k)));
    return out;
  }

  private static PointsPolicy policy(List<String> levels, List<Integer> ratings) {
    Map<String, Integer> urgency = Map.of("NORMAL", 1000, "URGENT", 1500, "EMERGENCY", 2000);
    Map<Integer, Integer> rating = Map.of(1, 0, 2, 500, 3, 1000, 4, 1200, 5, 1500);
    EarningRule rule = EarningRule.builder().id(RuleId.of("demand-fulfilled")).name("需求办结")
        .kind(ContributionKind.DEMAND_FULFILLED).basePoints(30)
        .putAllUrgencyMultipliers(ordered(levels, urgency)).putAllRatingMultipliers(ordered(ratings, rating)).build();
    return PointsPolicy.builder().name("order").version(1).zone(RedStarPolicies.CHINA)
        .expiry(ExpiryPolicy.endOfFollowingYear()).addEarningRule(rule).build();
  }

  private static byte[] write(PointsPolicy policy) throws IOException {
    return SampleFiles.write(Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.sample())
        .section(ScenarioSection.POINTS_POLICY, policy).build());
  }

  @Test
  void anAssessmentInputsCountsAndRatingsAreWrittenInKeyOrder() throws IOException {
    var period = io.github.jiceng.governance.model.time.Interval.of(java.time.Instant.parse("2024-01-01T00:00:00Z"),
        java.time.Instant.parse("2024-02-01T00:00:00Z"));
    var one = io.github.jiceng.governance.model.assessment.AssessmentInput.builder()
        .subject(io.github.jiceng.governance.model.actor.PersonId.of("p-1"))
        .grid(io.github.jiceng.governance.model.grid.GridId.of("g")).period(period)
        .putCount("B_ITEM", 2L).putCount("A_ITEM", 1L).putRating("Z_RATING", List.of(5)).putRating("A_RATING", List.of(4))
        .build();
    var other = io.github.jiceng.governance.model.assessment.AssessmentInput.builder()
        .subject(io.github.jiceng.governance.model.actor.PersonId.of("p-1"))
        .grid(io.github.jiceng.governance.model.grid.GridId.of("g")).period(period)
        .putCount("A_ITEM", 1L).putCount("B_ITEM", 2L).putRating("A_RATING", List.of(4)).putRating("Z_RATING", List.of(5))
        .build();
    assertThat(other).isEqualTo(one);
    String written = Bindings.mapper().writeValueAsString(one);
    assertThat(Bindings.mapper().writeValueAsString(other)).isEqualTo(written);
    assertThat(written.indexOf("A_ITEM")).isLessThan(written.indexOf("B_ITEM"));
  }

  @Test
  void anEarningRulesMultipliersAreWrittenInKeyOrderWhateverOrderTheyWerePutIn() throws IOException {
    PointsPolicy one = policy(List.of("NORMAL", "URGENT", "EMERGENCY"), List.of(1, 2, 3, 4, 5));
    PointsPolicy other = policy(List.of("EMERGENCY", "NORMAL", "URGENT"), List.of(5, 3, 1, 4, 2));
    assertThat(other).isEqualTo(one);
    assertThat(write(other)).isEqualTo(write(one));
  }
}
