package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.rules.authority.AuthorityDecision;
import io.github.jiceng.governance.rules.authority.Target;
import io.github.jiceng.governance.rules.fund.Ledger;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.rules.post.ActingHolders;
import io.github.jiceng.governance.rules.venue.ServiceStanding;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The invariants of a simulation, checked on a {@link StepView} after a step. Each check asks the
 * rules again rather than trusting the simulator: the lifecycle replays a demand's events, the
 * acting-holder rule says who acts, the scoped-authority rule decides every step that needed it.
 * A broken invariant names the step (day) and the event of the step that broke it.
 *
 * <pre>{@code
 * List<InvariantViolation> broken = Invariants.check(view);
 * }</pre>
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Checks every invariant.
   *
   * @param view the state after a step
   * @return the violations, in {@link Invariant} order; empty when all hold
   */
  public static List<InvariantViolation> check(StepView view) {
    requireNonNull(view, "view");
    List<InvariantViolation> out = new ArrayList<>();
    for (Invariant i : Invariant.values()) {
      out.addAll(check(view, i));
    }
    return out;
  }

  /**
   * Checks one invariant.
   *
   * @param view the state after a step
   * @param invariant the invariant
   * @return its violations; empty when it holds
   */
  public static List<InvariantViolation> check(StepView view, Invariant invariant) {
    requireNonNull(view, "view");
    requireNonNull(invariant, "invariant");
    List<InvariantViolation> out = new ArrayList<>();
    switch (invariant) {
      case DEMANDS_CONSERVED:
        demandsConserved(view, out);
        break;
      case CAPACITY_RESPECTED:
        capacityRespected(view, out);
        break;
      case BUDGET_RESPECTED:
        budgetRespected(view, out);
        break;
      case POINTS_CONSERVED:
        pointsConserved(view, out);
        break;
      case FUND_CONSERVED:
        fundConserved(view, out);
        break;
      case ONE_ACTING_HOLDER:
        oneActingHolder(view, out);
        break;
      case AUTHORITY_RESPECTED:
        authorityRespected(view, out);
        break;
      case PLEDGES_NOT_SPENT:
        pledgesNotSpent(view, out);
        break;
      case OWED_HOURS_KEPT:
        owedHoursKept(view, out);
        break;
      default:
        throw new AssertionError(invariant);
    }
    return out;
  }

  private static Optional<SimulationEvent> last(StepView view, Predicate<SimulationEvent> which) {
    List<SimulationEvent> events = view.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      if (which.test(events.get(i))) {
        return Optional.of(events.get(i));
      }
    }
    return Optional.empty();
  }

  private static Predicate<SimulationEvent> naming(String key, String id) {
    return e -> e.id(key).map(id::equals).orElse(false);
  }

  private static void demandsConserved(StepView view, List<InvariantViolation> out) {
    Invariant inv = Invariant.DEMANDS_CONSERVED;
    Map<DemandId, DemandStatus> statuses = view.demandStatuses();
    Map<DemandId, DemandState> filed = new HashMap<>();
    long filedCount = 0;
    for (DemandState s : DemandState.values()) {
      Set<DemandId> ids = view.demandsByState().get(s);
      if (ids == null) {
        continue;
      }
      for (DemandId id : ids) {
        filedCount++;
        DemandState before = filed.put(id, s);
        DemandStatus status = statuses.get(id);
        if (before != null) {
          out.add(new InvariantViolation(inv, view.day(), last(view, naming(SimulationEvent.DEMAND, id.value())),
              "demand " + id + " is filed both as " + before + " and as " + s));
        }
        if (status == null) {
          out.add(new InvariantViolation(inv, view.day(), last(view, naming(SimulationEvent.DEMAND, id.value())),
              "demand " + id + " is filed as " + s + " but has no status"));
        } else if (status.state() != s) {
          out.add(new InvariantViolation(inv, view.day(), last(view, naming(SimulationEvent.DEMAND, id.value())),
              "demand " + id + " is filed as " + s + " but its status is " + status.state()));
        }
      }
    }
    if (filedCount != view.demandsRaised() || statuses.size() != view.demandsRaised()) {
      Optional<SimulationEvent> e = last(view, ev -> ev.id(SimulationEvent.DEMAND).isPresent());
      out.add(new InvariantViolation(inv, view.day(), e, view.demandsRaised() + " demands were raised, "
          + statuses.size() + " have a status and " + filedCount + " are filed by state"));
    }
    for (DemandId id : statuses.keySet()) {
      if (!filed.containsKey(id)) {
        out.add(new InvariantViolation(inv, view.day(), last(view, naming(SimulationEvent.DEMAND, id.value())),
            "demand " + id + " has a status but is filed in no state: lost"));
      }
    }
    for (DemandId id : view.demandsTouched()) {
      List<DemandEvent> history = view.demandHistory(id);
      DemandStatus status = statuses.get(id);
      String broken = null;
      if (status == null || history.isEmpty()) {
        broken = "demand " + id + " changed but has no status or no history";
      } else {
        try {
          DemandStatus replayed = view.lifecycle().replay(history);
          if (!replayed.equals(status)) {
            broken = "demand " + id + " replays to " + replayed.state() + " after " + replayed.events()
                + " events, but its status is " + status.state() + " after " + status.events();
          }
        } catch (IllegalArgumentException refused) {
          broken = "demand " + id + "'s history does not replay: " + refused.getMessage();
        }
      }
      if (broken != null) {
        out.add(new InvariantViolation(inv, view.day(), last(view, naming(SimulationEvent.DEMAND, id.value())), broken));
      }
    }
  }

  private static void capacityRespected(StepView view, List<InvariantViolation> out) {
    Invariant inv = Invariant.CAPACITY_RESPECTED;
    long held = 0;
    for (Resource r : view.resources()) {
      int load = view.resourceLoads().getOrDefault(r.id(), 0);
      held += load;
      if (load < 0 || load > r.capacityPerPeriod()) {
        out.add(new InvariantViolation(inv, view.day(),
            last(view, naming(SimulationEvent.RESOURCE, r.id().value()).and(e -> e.kind() == EventKind.DEMAND_CLAIMED)),
            "resource " + r.id() + " holds " + load + " demands; its capacity is " + r.capacityPerPeriod()));
      }
    }
    long inHand = size(view, DemandState.CLAIMED) + size(view, DemandState.IN_SERVICE);
    if (held != inHand) {
      out.add(new InvariantViolation(inv, view.day(), last(view, e -> e.kind() == EventKind.DEMAND_CLAIMED
          || e.kind() == EventKind.SERVICE_DELIVERED || e.kind() == EventKind.DEMAND_RELEASED),
          "resources hold " + held + " demands, but " + inHand + " demands are claimed or in service"));
    }
  }

  private static long size(StepView view, DemandState s) {
    Set<DemandId> ids = view.demandsByState().get(s);
    return ids == null ? 0 : ids.size();
  }

  private static void budgetRespected(StepView view, List<InvariantViolation> out) {
    Map<String, Boolean> purchase = new HashMap<>();
    for (Resource r : view.resources()) {
      purchase.put(r.id().value(), r.channel() == Channel.PURCHASE);
    }
    for (Map.Entry<YearMonth, Money> e : new TreeMap<>(view.purchaseSpending()).entrySet()) {
      if (e.getValue().isNegative() || e.getValue().compareTo(view.purchaseBudgetPerMonth()) > 0) {
        out.add(new InvariantViolation(Invariant.BUDGET_RESPECTED, view.day(),
            last(view, ev -> ev.kind() == EventKind.DEMAND_CLAIMED
                && ev.id(SimulationEvent.RESOURCE).map(id -> purchase.getOrDefault(id, false)).orElse(false)),
            "purchases committed in " + e.getKey() + " cost " + e.getValue() + "; the month's budget is "
                + view.purchaseBudgetPerMonth()));
      }
    }
  }

  private static void pointsConserved(StepView view, List<InvariantViolation> out) {
    Set<EventKind> points = EnumSet.of(EventKind.POINTS_AWARDED, EventKind.POINTS_REDEEMED, EventKind.POINTS_EXPIRED);
    long held = 0;
    for (AccountTotals t : view.pointsTotals()) {
      held += t.balance().value();
      boolean negative = t.balance().isNegative() || t.earned().isNegative() || t.redeemed().isNegative()
          || t.expired().isNegative() || t.deducted().isNegative();
      if (negative || !t.conserves()) {
        ActorId actor = t.actor();
        String key = actor.isOrganization() ? SimulationEvent.ORGANIZATION : SimulationEvent.PERSON;
        out.add(new InvariantViolation(Invariant.POINTS_CONSERVED, view.day(),
            last(view, naming(key, actor.value()).and(e -> points.contains(e.kind()))),
            "account " + actor.value() + ": earned " + t.earned().value() + " - redeemed " + t.redeemed().value()
                + " - expired " + t.expired().value() + " - deducted " + t.deducted().value() + " vs balance "
                + t.balance().value() + (negative ? " (a figure is negative)" : " (does not conserve)")));
      }
    }
    // the ledger books entries the log does not show (an expiry taken inside an award, say) only
    // if the balances and the logged steps part
    if (held != view.pointsLogged()) {
      out.add(new InvariantViolation(Invariant.POINTS_CONSERVED, view.day(),
          last(view, e -> points.contains(e.kind())), "the ledger's balances hold " + held
              + " points, the logged awards, redemptions and expiries account for " + view.pointsLogged()));
    }
  }

  private static void fundConserved(StepView view, List<InvariantViolation> out) {
    Optional<Ledger> found = view.fundLedger();
    if (found.isEmpty()) {
      return;
    }
    Ledger ledger = found.get();
    Invariant inv = Invariant.FUND_CONSERVED;
    Predicate<SimulationEvent> fundEvent = e -> e.kind() == EventKind.DONATION_RECEIVED
        || e.kind() == EventKind.DISBURSEMENT_PAID;
    if (!ledger.totalIn().equals(ledger.totalOut().plus(ledger.balance()))) {
      out.add(new InvariantViolation(inv, view.day(), last(view, fundEvent), "in " + ledger.totalIn() + " is not out "
          + ledger.totalOut() + " + balance " + ledger.balance()));
    }
    if (!ledger.totalIn().equals(view.fundDonated()) || !ledger.totalOut().equals(view.fundPaid())) {
      out.add(new InvariantViolation(inv, view.day(), last(view, fundEvent), "the ledger took in " + ledger.totalIn()
          + " and paid out " + ledger.totalOut() + ", but the log records " + view.fundDonated() + " donated and "
          + view.fundPaid() + " paid"));
    }
    for (Map.Entry<Account, Money> e : ledger.balances().entrySet()) {
      if (e.getKey() instanceof Account.Holding && e.getValue().isNegative()) {
        out.add(new InvariantViolation(inv, view.day(), last(view, fundEvent), "holding " + e.getKey() + " is "
            + e.getValue()));
      }
    }
    for (SimulationEvent e : view.events()) {
      if (fundEvent.test(e)) {
        Optional<LedgerEntry> entry = e.id(SimulationEvent.ENTRY)
            .flatMap(id -> ledger.entry(io.github.jiceng.governance.model.fund.EntryId.of(id)));
        if (entry.isEmpty()) {
          out.add(new InvariantViolation(inv, view.day(), Optional.of(e), "the event's entry is not in the ledger"));
        } else if (!entry.get().debits().equals(entry.get().credits())) {
          out.add(new InvariantViolation(inv, view.day(), Optional.of(e), "entry " + entry.get().id() + " debits "
              + entry.get().debits() + " but credits " + entry.get().credits()));
        }
      }
    }
  }

  private static void pledgesNotSpent(StepView view, List<InvariantViolation> out) {
    Optional<Ledger> found = view.fundLedger();
    if (found.isEmpty()) {
      return;
    }
    Invariant inv = Invariant.PLEDGES_NOT_SPENT;
    Predicate<SimulationEvent> pledgeEvent = e -> e.kind() == EventKind.PLEDGE_MADE
        || e.id(SimulationEvent.PLEDGE).isPresent();
    // the ledger holds money only: what donations naming a pledge paid, per pledge
    Map<PledgeId, Money> paid = new TreeMap<>();
    for (LedgerEntry entry : found.get().entries()) {
      if (entry instanceof Donation d) {
        d.pledge().ifPresent(p -> paid.merge(p, d.amount(), Money::plus));
      }
    }
    Map<PledgeId, PledgeStanding> books = new TreeMap<>();
    for (PledgeStanding p : view.fundPledges()) {
      books.put(p.pledge().id(), p);
      Money byDonations = paid.getOrDefault(p.pledge().id(), Money.ZERO);
      if (!p.paid().equals(byDonations)) {
        out.add(new InvariantViolation(inv, view.day(), last(view, naming(SimulationEvent.PLEDGE,
            p.pledge().id().value())).or(() -> last(view, pledgeEvent)), "pledge " + p.pledge().id() + " counts "
            + p.paid() + " paid, but the ledger's donations naming it come to " + byDonations));
      }
    }
    if (view.fundPledges().isEmpty() && paid.isEmpty()) {
      return;
    }
    for (Map.Entry<PledgeId, Money> e : paid.entrySet()) {
      if (!books.containsKey(e.getKey())) {
        out.add(new InvariantViolation(inv, view.day(), last(view, pledgeEvent), "donations of " + e.getValue()
            + " pay pledge " + e.getKey() + ", which the books do not hold"));
      }
    }
  }

  private static void owedHoursKept(StepView view, List<InvariantViolation> out) {
    Invariant inv = Invariant.OWED_HOURS_KEPT;
    java.time.Instant at = view.dayStart().plus(java.time.Duration.ofDays(1));
    for (SpaceLedger ledger : view.spaceLedgers()) {
      if (ledger.grant().isEmpty()) {
        continue;
      }
      SpaceGrant g = ledger.grant().get();
      Optional<SimulationEvent> blamed = last(view, naming(SimulationEvent.GRANT, g.id().value()));
      ServiceStanding s = ledger.standing(at);
      java.time.Duration delivered = java.time.Duration.ZERO;
      for (ServiceDelivery d : ledger.deliveries()) {
        if (!d.at().isAfter(at)) {
          delivered = delivered.plus(d.time());
        }
      }
      if (!s.owed().equals(g.owedBy(at))) {
        out.add(new InvariantViolation(inv, view.day(), blamed, "grant " + g.id() + " owes " + s.owed().toMinutes()
            + " min by the ledger but " + g.owedBy(at).toMinutes() + " min for its whole weeks elapsed"));
      }
      if (!s.delivered().equals(delivered)) {
        out.add(new InvariantViolation(inv, view.day(), blamed, "grant " + g.id() + " counts "
            + s.delivered().toMinutes() + " min delivered, its deliveries add up to " + delivered.toMinutes()));
      }
      if (!s.owed().equals(s.delivered().plus(s.shortfall()).minus(s.surplus()))) {
        out.add(new InvariantViolation(inv, view.day(), blamed, "grant " + g.id() + ": owed " + s.owed().toMinutes()
            + " min is not delivered " + s.delivered().toMinutes() + " + outstanding " + s.shortfall().toMinutes()
            + " - ahead " + s.surplus().toMinutes()));
      }
      if (!ledger.delivered().equals(view.spaceDelivered(g.id()))) {
        out.add(new InvariantViolation(inv, view.day(), blamed, "grant " + g.id() + "'s ledger holds "
            + ledger.delivered().toMinutes() + " min, but the simulator delivered "
            + view.spaceDelivered(g.id()).toMinutes() + " min against it"));
      }
    }
  }

  private static void oneActingHolder(StepView view, List<InvariantViolation> out) {
    Invariant inv = Invariant.ONE_ACTING_HOLDER;
    Map<PostId, Acting> register = view.actingRegister();
    Set<PostId> posts = new java.util.TreeSet<>();
    for (Post post : view.roster().posts()) {
      posts.add(post.id());
      Optional<SimulationEvent> e = last(view, naming(SimulationEvent.POST, post.id().value())
          .and(ev -> ev.kind() == EventKind.ACTING_CHANGED));
      Acting recorded = register.get(post.id());
      List<Absence> absences = new ArrayList<>();
      post.holders().forEach(h -> absences.addAll(view.roster().absencesOf(h)));
      Acting expected = ActingHolders.resolve(post, absences, view.dayStart());
      if (recorded == null) {
        out.add(new InvariantViolation(inv, view.day(), e, "post " + post.id() + " has no entry in the acting register; "
            + describe(expected) + " acts"));
      } else if (recorded instanceof Acting.Holder h && post.slotOf(h.person()).isEmpty()) {
        out.add(new InvariantViolation(inv, view.day(), e, "post " + post.id() + " is recorded as acted on by "
            + h.person() + ", who holds neither slot"));
      } else if (!recorded.equals(expected)) {
        out.add(new InvariantViolation(inv, view.day(), e, "post " + post.id() + " is recorded as " + describe(recorded)
            + ", but the acting-holder rule says " + describe(expected)));
      }
    }
    for (PostId id : new java.util.TreeSet<>(register.keySet())) {
      if (!posts.contains(id)) {
        out.add(new InvariantViolation(inv, view.day(), Optional.empty(), "the acting register names post " + id
            + ", which is not in the roster"));
      }
    }
  }

  private static String describe(Acting acting) {
    if (acting instanceof Acting.Holder h) {
      return h.person() + " (" + h.slot() + ")";
    }
    return "vacant (" + ((Acting.Vacant) acting).reason() + ")";
  }

  private static void authorityRespected(StepView view, List<InvariantViolation> out) {
    for (SimulationEvent e : view.events()) {
      // a step dated before its day is the file's history taken again: a record, not a decision
      boolean taken = !e.at().isBefore(view.dayStart());
      Optional<Action> needed = e.kind().scopedAction();
      if (taken && needed.isPresent() && !e.action().equals(needed)) {
        out.add(new InvariantViolation(Invariant.AUTHORITY_RESPECTED, view.day(), Optional.of(e),
            "a " + e.kind() + " step needs " + needed.get() + " from the scoped-authority rule but was taken "
                + e.action().map(a -> "under " + a).orElse("without asking it")));
        continue;
      }
      if (e.action().isEmpty()) {
        continue;
      }
      AuthorityDecision d = view.authority().decide(e.actor().orElseThrow(),
          Target.of(e.grid().orElseThrow(), e.action().get()), e.at());
      if (d instanceof AuthorityDecision.Denied denied) {
        out.add(new InvariantViolation(Invariant.AUTHORITY_RESPECTED, view.day(), Optional.of(e),
            "the step needed " + e.action().get() + " at " + e.grid().get() + ", which the rule denies: "
                + denied.reason() + ": " + denied.detail()));
      }
    }
  }
}
