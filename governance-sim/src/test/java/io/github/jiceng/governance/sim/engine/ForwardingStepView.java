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

/** A step view that answers like another; a test overrides one answer to break one invariant. */
class ForwardingStepView implements StepView {

  private final StepView real;

  ForwardingStepView(StepView real) {
    this.real = real;
  }

  @Override
  public int day() {
    return real.day();
  }

  @Override
  public Instant dayStart() {
    return real.dayStart();
  }

  @Override
  public List<SimulationEvent> events() {
    return real.events();
  }

  @Override
  public long demandsRaised() {
    return real.demandsRaised();
  }

  @Override
  public Map<DemandId, DemandStatus> demandStatuses() {
    return real.demandStatuses();
  }

  @Override
  public Map<DemandState, ? extends Set<DemandId>> demandsByState() {
    return real.demandsByState();
  }

  @Override
  public Collection<DemandId> demandsTouched() {
    return real.demandsTouched();
  }

  @Override
  public List<DemandEvent> demandHistory(DemandId demand) {
    return real.demandHistory(demand);
  }

  @Override
  public DemandLifecycle lifecycle() {
    return real.lifecycle();
  }

  @Override
  public List<Resource> resources() {
    return real.resources();
  }

  @Override
  public Map<ResourceId, Integer> resourceLoads() {
    return real.resourceLoads();
  }

  @Override
  public Money purchaseBudgetPerMonth() {
    return real.purchaseBudgetPerMonth();
  }

  @Override
  public Map<YearMonth, Money> purchaseSpending() {
    return real.purchaseSpending();
  }

  @Override
  public List<AccountTotals> pointsTotals() {
    return real.pointsTotals();
  }

  @Override
  public long pointsLogged() {
    return real.pointsLogged();
  }

  @Override
  public Optional<Ledger> fundLedger() {
    return real.fundLedger();
  }

  @Override
  public List<PledgeStanding> fundPledges() {
    return real.fundPledges();
  }

  @Override
  public List<SpaceLedger> spaceLedgers() {
    return real.spaceLedgers();
  }

  @Override
  public Duration spaceDelivered(GrantId grant) {
    return real.spaceDelivered(grant);
  }

  @Override
  public Money fundDonated() {
    return real.fundDonated();
  }

  @Override
  public Money fundPaid() {
    return real.fundPaid();
  }

  @Override
  public Roster roster() {
    return real.roster();
  }

  @Override
  public Map<PostId, Acting> actingRegister() {
    return real.actingRegister();
  }

  @Override
  public ScopedAuthority authority() {
    return real.authority();
  }
}
