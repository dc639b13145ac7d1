package io.github.jiceng.governance.sim.engine;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.rules.authority.ScopedAuthority;
import io.github.jiceng.governance.rules.fund.Ledger;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.rules.service.DemandLifecycle;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the {@link Invariants} see of a simulation after one step: the step's events and the state
 * they left. The simulator's own state answers these questions; a test may answer them with a
 * state broken on purpose, to show that each check can fail.
 */
public interface StepView {

  /** Returns the day just simulated, from 0. */
  int day();

  /** Returns the instant at which the day began (its midnight in the scenario's zone). */
  Instant dayStart();

  /** Returns the events of this step, in log order. */
  List<SimulationEvent> events();

  /** Returns how many demands have been raised so far. */
  long demandsRaised();

  /** Returns the status of every demand raised so far. */
  Map<DemandId, DemandStatus> demandStatuses();

  /** Returns the demands in each state, as the simulator files them. */
  Map<DemandState, ? extends Set<DemandId>> demandsByState();

  /** Returns the demands this step changed. */
  Collection<DemandId> demandsTouched();

  /** Returns the events applied to a demand so far, submit first. */
  List<DemandEvent> demandHistory(DemandId demand);

  /** Returns the lifecycle the simulation applies. */
  DemandLifecycle lifecycle();

  /** Returns the resources offered to the service chain. */
  List<Resource> resources();

  /** Returns how many demands each resource holds now (claimed or in service). */
  Map<ResourceId, Integer> resourceLoads();

  /** Returns the purchase budget of each month. */
  Money purchaseBudgetPerMonth();

  /** Returns what purchases committed in each month cost. */
  Map<YearMonth, Money> purchaseSpending();

  /** Returns the totals of every points account. */
  List<AccountTotals> pointsTotals();

  /**
   * Returns the points in every balance as the log accounts for them: awarded, less redeemed and
   * expired, as the simulation logged those steps.
   */
  long pointsLogged();

  /** Returns the fund's ledger, if the scenario has a fund. */
  Optional<Ledger> fundLedger();

  /** Returns the money the simulation has logged as donated so far, the initial donations included. */
  Money fundDonated();

  /** Returns the money the simulation has logged as paid out so far, the initial payments included. */
  Money fundPaid();

  /** Returns the roster, with every absence of the run. */
  Roster roster();

  /** Returns who the simulator takes to act on each post today: a holder, or a vacancy with its reason. */
  Map<PostId, Acting> actingRegister();

  /** Returns the scoped-authority rule of the roster. */
  ScopedAuthority authority();

  /**
   * Returns the fund's pledges and what was paid on each; none without a fund. A view that does not
   * keep pledges answers none, and {@link Invariant#PLEDGES_NOT_SPENT} then checks the balance only.
   */
  default List<PledgeStanding> fundPledges() {
    return List.of();
  }

  /**
   * Returns the ledger of every space-for-service grant, by grant id; a view that keeps none answers
   * none, and {@link Invariant#OWED_HOURS_KEPT} has nothing to check.
   */
  default List<SpaceLedger> spaceLedgers() {
    return List.of();
  }

  /**
   * Returns the service the simulator delivered against a grant and the rules took, whenever
   * delivered: what its ledger must hold.
   *
   * @param grant the grant
   * @return the service, zero for a grant the simulator does not keep
   */
  default Duration spaceDelivered(GrantId grant) {
    return Duration.ZERO;
  }
}
