package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.rules.project.ProjectClaim;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.project.ProjectStage;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.project.ProjectCase;
import io.github.jiceng.governance.rules.project.ProjectCommand;
import io.github.jiceng.governance.rules.project.ProjectEvent;
import io.github.jiceng.governance.rules.project.ProjectRefusalCode;
import io.github.jiceng.governance.rules.project.ProjectRegister;
import io.github.jiceng.governance.rules.project.ProjectRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ProjectRules} through the generic decider contract over many seeds of mixed commands, and
 * the register's invariants after every seed: no demand in two projects, no taken project over its
 * budget, no closed project without a service and an outcome, every service by its project's
 * claimant for the project's demands.
 */
final class ProjectRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 200;
  private static final CommandGenerator<ProjectCommand, ProjectRegister, ProjectEvent> PROJECTS = Generators.projects();

  @Test
  void keepsTheDeciderContractOverManySeedsAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      tally.add(DeciderContract.run("seed " + seed, PROJECTS.rules(seed), PROJECTS.commands(seed)));
    }
    tally.assertReachedEveryVariantAndCode(ProjectRefusalCode.values());
  }

  @Test
  void everyRegisterTheCommandsLeaveKeepsItsInvariants() {
    int closed = 0;
    int taken = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> stream = InMemoryStream.open(PROJECTS.rules(seed));
      PROJECTS.commands(seed).forEach(stream::handle);
      Map<DemandId, ProjectId> holders = new HashMap<>();
      for (ProjectCase c : stream.state().cases().values()) {
        String where = "seed " + seed + " " + c;
        if (c.stage().holdsDemands()) {
          for (DemandId d : c.project().demands()) {
            assertThat(holders.put(d, c.project().id())).as(where + ": %s held twice", d).isNull();
            assertThat(stream.state().holder(d)).as(where).contains(c.project().id());
          }
        }
        if (c.claim().isPresent()) {
          taken++;
          ProjectClaim claim = c.claim().get();
          assertThat(claim.price()).as(where).isLessThanOrEqualTo(c.project().budget());
          assertThat(c.spent()).as(where).isLessThanOrEqualTo(c.project().budget());
          for (ServiceRecord s : c.services()) {
            assertThat(s.provider()).as(where).isEqualTo(claim.claimant());
            assertThat(s.channel()).as(where).isEqualTo(claim.channel());
            assertThat(c.project().demands()).as(where).containsAll(s.demands());
          }
        } else {
          assertThat(c.services()).as(where).isEmpty();
        }
        if (c.stage() == ProjectStage.CLOSED) {
          closed++;
          assertThat(c.services()).as(where).isNotEmpty();
          assertThat(c.outcomes()).as(where).isNotEmpty();
        }
      }
      assertThat(stream.state().heldDemands()).as("seed %s", seed).isEqualTo(new java.util.TreeSet<>(holders.keySet()));
    }
    assertThat(taken).as("projects taken over %s seeds", SEEDS).isPositive();
    assertThat(closed).as("projects closed over %s seeds", SEEDS).isPositive();
  }

  @Test
  void aCodesKeyIsTheFeatureAndTheConstant() {
    assertThat(ProjectRefusalCode.DISPATCHED_ALONE.key()).isEqualTo("project.dispatched-alone");
    assertThat(List.of(ProjectRefusalCode.values())).hasSize(19);
  }
}
