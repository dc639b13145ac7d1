package io.github.jiceng.governance.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.rules.cobuilding.CommittedCapacity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed-capacity benchmark's instance binds where it says, and every setting passes its own check. */
final class CommittedCapacityBenchmarkTest {

  @Test
  void theInstanceHasCommittedUncommittedAndBindingClaimResources() {
    CommittedCapacityBenchmark b = new CommittedCapacityBenchmark();
    b.capacity = CommittedCapacityBenchmark.Capacity.COMMITTED;
    b.mode = MatchingMode.OPTIMAL;
    b.setUp();
    CommittedCapacity c = CommittedCapacity.at(CommittedCapacityBenchmark.AT, CommittedCapacityBenchmark.PER_SERVICE,
        b.agreements, b.services);
    assertThat(c.inForce()).hasSize(150);
    Map<ResourceId, Integer> derived = c.capacities(b.problem.resources());
    assertThat(derived).hasSize(120);
    int zero = 0;
    int belowOwn = 0;
    for (Resource r : b.problem.resources()) {
      if (r.channel() == Channel.CLAIM) {
        zero += derived.get(r.id()) == 0 ? 1 : 0;
        belowOwn += derived.get(r.id()) > 0 && derived.get(r.id()) < r.capacityPerPeriod() ? 1 : 0;
      }
    }
    assertThat(zero).isGreaterThanOrEqualTo(30);
    assertThat(belowOwn).isPositive();
  }

  @Test
  void everySettingPassesTheBenchmarksOwnCheck() {
    for (CommittedCapacityBenchmark.Capacity capacity : CommittedCapacityBenchmark.Capacity.values()) {
      for (MatchingMode mode : MatchingMode.values()) {
        CommittedCapacityBenchmark b = new CommittedCapacityBenchmark();
        b.capacity = capacity;
        b.mode = mode;
        b.setUp();
        b.solve();
        b.checkLast();
        assertThat(b.last.assignments()).as("%s %s", capacity, mode).isNotEmpty();
      }
    }
  }
}
