package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of pledges and of space for service fail on a state broken on purpose: the state after
 * the seed scenario's first nine days (its pledges recorded, its space grants delivered against and
 * reviewed on a Monday), with one answer of its view changed. The unbroken state passes every check.
 */
final class CommitmentInvariantsCanFailTest {

  private static final Path SEED_FILE = Path.of("..", "seeds", "jungar-banner", "scenario.json");

  private static StepView real;

  @BeforeAll
  static void stepIntoTheSeedYear() throws IOException {
    Simulation simulation = Simulator.start(ScenarioFiles.read(SEED_FILE), 1L, 10, SimulationOptions.defaults());
    for (int d = 0; d < 9; d++) {
      real = simulation.step();
    }
  }

  private static List<InvariantViolation> only(StepView view, Invariant invariant) {
    List<InvariantViolation> all = Invariants.check(view);
    assertThat(all).as("every violation is of the broken invariant").isNotEmpty()
        .allMatch(v -> v.invariant() == invariant);
    return all;
  }

  @Test
  void theUnbrokenSeedStatePassesEveryCheckWithPledgesAndGrantsInIt() {
    assertThat(real.fundPledges()).hasSize(15);
    assertThat(real.spaceLedgers()).hasSize(2);
    assertThat(real.spaceLedgers()).anySatisfy(l -> assertThat(l.deliveries()).isNotEmpty());
    assertThat(Invariants.check(real)).isEmpty();
  }

  @Test
  void aPledgeCountedAsPaidWithoutTheDonationsIsCaught() {
    StepView broken = new ForwardingStepView(real) {
      @Override
      public List<PledgeStanding> fundPledges() {
        List<PledgeStanding> out = new ArrayList<>();
        for (PledgeStanding p : real.fundPledges()) {
          boolean open = p.outstanding().compareTo(Money.ZERO) > 0;
          out.add(open ? new PledgeStanding(p.pledge(), p.paid().plus(Money.ofFen(1))) : p);
        }
        return out;
      }
    };
    assertThat(only(broken, Invariant.PLEDGES_NOT_SPENT))
        .anySatisfy(v -> assertThat(v.detail()).contains("the ledger's donations naming it"));
  }

  @Test
  void aDonationPayingAPledgeTheBooksDoNotHoldIsCaught() {
    StepView broken = new ForwardingStepView(real) {
      @Override
      public List<PledgeStanding> fundPledges() {
        return real.fundPledges().subList(1, real.fundPledges().size());
      }
    };
    assertThat(only(broken, Invariant.PLEDGES_NOT_SPENT))
        .singleElement().satisfies(v -> assertThat(v.detail()).contains("which the books do not hold"));
  }

  @Test
  void serviceDeliveredButMissingFromItsLedgerIsCaught() {
    SpaceLedger delivered = real.spaceLedgers().stream().filter(l -> !l.deliveries().isEmpty()).findFirst()
        .orElseThrow();
    GrantId grant = delivered.grant().orElseThrow().id();
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Duration spaceDelivered(GrantId g) {
        return g.equals(grant) ? real.spaceDelivered(g).plusMinutes(20) : real.spaceDelivered(g);
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.OWED_HOURS_KEPT);
    assertThat(v).singleElement().satisfies(x -> assertThat(x.detail()).contains(grant.value()));
    // a day without a step of the grant blames no event; one with a step would blame the grant's last
    v.get(0).event().ifPresent(e -> assertThat(e.id("grant")).contains(grant.value()));
  }
}
