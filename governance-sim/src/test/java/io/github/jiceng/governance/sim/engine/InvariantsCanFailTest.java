package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each invariant check fails on a state broken on purpose: the state after a real day of the
 * small scenario, with one answer of its view changed. A check that could not fail would prove
 * nothing; the first test shows the unbroken state passes every check, so each failure below is
 * the injected break's.
 */
final class InvariantsCanFailTest {

  private Simulation simulation;
  private StepView real;

  @BeforeEach
  void stepIntoABusyDay() {
    simulation = Simulator.start(SyntheticScenarios.small(), 3L, 40, SimulationOptions.defaults());
    for (int d = 0; d < 12; d++) {
      real = simulation.step();
    }
  }

  private static List<InvariantViolation> only(StepView view, Invariant invariant) {
    List<InvariantViolation> all = Invariants.check(view);
    assertThat(all).as("every violation is of the broken invariant").allMatch(v -> v.invariant() == invariant);
    return all;
  }

  @Test
  void theUnbrokenStatePassesEveryCheck() {
    assertThat(real.demandsTouched()).isNotEmpty();
    assertThat(real.events()).anyMatch(e -> e.action().isPresent());
    assertThat(Invariants.check(real)).isEmpty();
  }

  @Test
  void aDemandFiledInNoStateIsLost() {
    DemandId lost = real.demandsByState().get(DemandState.CLOSED).iterator().next();
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Map<DemandState, ? extends Set<DemandId>> demandsByState() {
        Map<DemandState, Set<DemandId>> copy = new EnumMap<>(DemandState.class);
        real.demandsByState().forEach((s, ids) -> copy.put(s, new TreeSet<>(ids)));
        copy.get(DemandState.CLOSED).remove(lost);
        return copy;
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.DEMANDS_CONSERVED);
    assertThat(v).anyMatch(x -> x.detail().contains(lost + " has a status but is filed in no state: lost"));
    assertThat(v.get(0).day()).isEqualTo(real.day());
  }

  @Test
  void aDemandFiledUnderTwoStatesIsCaught() {
    DemandId twice = real.demandsByState().get(DemandState.CLOSED).iterator().next();
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Map<DemandState, ? extends Set<DemandId>> demandsByState() {
        Map<DemandState, Set<DemandId>> copy = new EnumMap<>(DemandState.class);
        real.demandsByState().forEach((s, ids) -> copy.put(s, new TreeSet<>(ids)));
        copy.get(DemandState.SUBMITTED).add(twice);
        return copy;
      }
    };
    assertThat(only(broken, Invariant.DEMANDS_CONSERVED)).anyMatch(x -> x.detail().contains("filed both as"));
  }

  @Test
  void aStatusTheLifecycleDoesNotReplayToIsCaughtAndBlamesTheDemandsLastEvent() {
    DemandId changed = real.demandsTouched().iterator().next();
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Map<DemandId, DemandStatus> demandStatuses() {
        Map<DemandId, DemandStatus> copy = new TreeMap<>(real.demandStatuses());
        DemandStatus s = copy.get(changed);
        copy.put(changed, new DemandStatus(s.demand(), s.state(), s.since(), s.project(), s.channel(), s.claimant(),
            s.service(), s.outcome(), s.rating(), s.reopened() + 1, s.events()));
        return copy;
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.DEMANDS_CONSERVED);
    assertThat(v).hasSize(1);
    assertThat(v.get(0).event()).hasValueSatisfying(e -> assertThat(e.id(SimulationEvent.DEMAND)).hasValue(changed.value()));
    assertThat(v.get(0).message()).contains("DEMANDS_CONSERVED broken after day " + real.day() + " at event #");
  }

  @Test
  void aResourceHoldingMoreThanItsCapacityIsCaught() {
    Resource r = real.resources().get(0);
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Map<ResourceId, Integer> resourceLoads() {
        Map<ResourceId, Integer> copy = new TreeMap<>(real.resourceLoads());
        copy.put(r.id(), r.capacityPerPeriod() + 1);
        return copy;
      }
    };
    assertThat(only(broken, Invariant.CAPACITY_RESPECTED))
        .anyMatch(x -> x.detail().contains(r.id() + " holds " + (r.capacityPerPeriod() + 1) + " demands"));
  }

  @Test
  void aMonthSpendingBeyondItsPurchaseBudgetIsCaught() {
    YearMonth month = YearMonth.from(SyntheticScenarios.START);
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Map<YearMonth, Money> purchaseSpending() {
        return Map.of(month, real.purchaseBudgetPerMonth().plus(Money.ofFen(1)));
      }
    };
    assertThat(only(broken, Invariant.BUDGET_RESPECTED)).singleElement()
        .satisfies(x -> assertThat(x.detail()).contains("purchases committed in " + month));
  }

  @Test
  void aPointsAccountThatDoesNotConserveOrGoesNegativeIsCaught() {
    AccountTotals t = real.pointsTotals().get(0);
    StepView broken = new ForwardingStepView(real) {
      @Override
      public List<AccountTotals> pointsTotals() {
        List<AccountTotals> copy = new ArrayList<>(real.pointsTotals());
        copy.set(0, new AccountTotals(t.actor(), t.earned(), t.redeemed(), t.expired(), t.deducted(),
            t.balance().plus(Points.of(1))));
        copy.set(1, new AccountTotals(copy.get(1).actor(), Points.ZERO, Points.of(1), Points.ZERO, Points.ZERO,
            Points.of(-1)));
        return copy;
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.POINTS_CONSERVED);
    assertThat(v).hasSize(3);
    assertThat(v.get(0).detail()).contains("does not conserve");
    assertThat(v.get(1).detail()).contains("a figure is negative");
    assertThat(v.get(2).detail()).contains("the logged awards, redemptions and expiries account for");
  }

  @Test
  void pointsTheLedgerHoldsButTheLogDoesNotShowAreCaught() {
    // every account conserves, but an entry was booked without its step in the log
    StepView broken = new ForwardingStepView(real) {
      @Override
      public long pointsLogged() {
        return real.pointsLogged() + 5;
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.POINTS_CONSERVED);
    assertThat(v).singleElement().satisfies(x -> assertThat(x.detail())
        .contains("account for " + (real.pointsLogged() + 5)));
  }

  @Test
  void aFundLedgerThatDisagreesWithTheLogIsCaught() {
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Money fundDonated() {
        return real.fundDonated().plus(Money.ofFen(1));
      }
    };
    assertThat(only(broken, Invariant.FUND_CONSERVED)).singleElement()
        .satisfies(x -> assertThat(x.detail()).contains("but the log records"));
  }

  @Test
  void aPostWithoutAnEntryOrWithTheWrongActingHolderIsCaught() {
    List<Post> posts = real.roster().posts();
    Post first = posts.get(0);
    Post acted = posts.stream().filter(p -> real.actingRegister().get(p.id()) instanceof Acting.Holder h
        && h.slot() == HolderSlot.A).findFirst().orElseThrow();
    StepView broken = new ForwardingStepView(real) {
      @Override
      public Map<PostId, Acting> actingRegister() {
        Map<PostId, Acting> copy = new TreeMap<>(real.actingRegister());
        copy.remove(first.id());
        if (!acted.id().equals(first.id())) {
          copy.put(acted.id(), new Acting.Holder(acted.holderB().orElseThrow(), HolderSlot.B));
        }
        return copy;
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.ONE_ACTING_HOLDER);
    assertThat(v).anyMatch(x -> x.detail().contains("post " + first.id() + " has no entry"));
    if (!acted.id().equals(first.id())) {
      assertThat(v).anyMatch(x -> x.detail().contains("but the acting-holder rule says"));
    }
  }

  @Test
  void aStepTakenWithoutScopedAuthorityIsCaughtAndNamed() {
    Person resident = real.roster().persons().stream()
        .filter(p -> p.roles().size() == 1 && p.hasRole(RoleKind.RESIDENT)).findFirst().orElseThrow();
    GridId elsewhere = GridId.of("st1-c2");
    SimulationEvent forged = new SimulationEvent(1_000_000, real.day(), real.dayStart().plusSeconds(3600),
        EventKind.DEMAND_DISPATCHED, Optional.of(resident.id()), Optional.of(elsewhere), Optional.of(Action.DISPATCH),
        new TreeMap<>(Map.of(SimulationEvent.DEMAND, "d-forged")), "a resident dispatches", Optional.empty());
    StepView broken = new ForwardingStepView(real) {
      @Override
      public List<SimulationEvent> events() {
        List<SimulationEvent> copy = new ArrayList<>(real.events());
        copy.add(forged);
        return copy;
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.AUTHORITY_RESPECTED);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.event()).hasValue(forged);
      assertThat(x.message()).contains("at event #1000000 DEMAND_DISPATCHED");
    });
  }

  @Test
  void aScopedStepTakenWithoutAskingTheRuleIsCaught() {
    // the step's actor may well hold the grant: what is broken is that nobody asked
    SimulationEvent asked = real.events().stream()
        .filter(e -> e.kind().scopedAction().isPresent() && !e.at().isBefore(real.dayStart())).findFirst()
        .orElseThrow();
    SimulationEvent unasked = new SimulationEvent(asked.sequence(), asked.day(), asked.at(), asked.kind(),
        asked.actor(), asked.grid(), Optional.empty(), asked.ids(), asked.detail(), asked.payload());
    StepView broken = new ForwardingStepView(real) {
      @Override
      public List<SimulationEvent> events() {
        return real.events().stream().map(e -> e == asked ? unasked : e).toList();
      }
    };
    List<InvariantViolation> v = only(broken, Invariant.AUTHORITY_RESPECTED);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.event()).hasValue(unasked);
      assertThat(x.detail()).contains("a " + asked.kind() + " step needs " + asked.kind().scopedAction().get(),
          "without asking it");
    });
  }

  @Test
  void theSimulatorStopsOnABrokenInvariantNamingTheStepAndTheEvent() {
    InvariantBrokenException e = new InvariantBrokenException(List.of(new InvariantViolation(
        Invariant.CAPACITY_RESPECTED, 4, real.events().stream().findFirst(), "resource r holds 9 demands")));
    assertThat(e.getMessage()).startsWith("CAPACITY_RESPECTED broken after day 4 at event #");
  }
}
