package io.github.jiceng.governance.rules.project;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.Ineligibility;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.matching.Eligibility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Projects claimed as projects (项目认领), as a {@link Decider}: one stream per community, its state
 * the community's {@link ProjectRegister}. The community groups demands into a project with a
 * budget (立项), puts it to the co-building units (发布认领), and the project is taken as one piece
 * of work through one channel: a unit claims it at its own cost (认领), the community buys it from
 * a social organization (购买) or undertakes it itself (承接). Services are delivered under it, their
 * outcomes recorded, and it closes with them (结项). A demand dispatched alone stays with the demand
 * lifecycle and the matching; a demand is never both.
 *
 * <p>The channel decision uses the rules one demand is dispatched by: the {@link ChannelPolicy}
 * says which channels are allowed and in which order, and {@link Eligibility} says whether the
 * resource can serve each demand of the project (capabilities, coverage, window, capacity), the
 * project's demands taking one unit of capacity each.
 *
 * <p>The rules of {@link #decide}, each refusal a {@link ProjectRefusalCode}:
 *
 * <ul>
 *   <li><b>Propose</b>: a new id ({@code already-proposed}; the same proposal again is unchanged);
 *       every demand held by no other project ({@code demand-in-another-project}), accepted or
 *       grouped into this project by its own stream — not dispatched alone ({@code
 *       dispatched-alone}), not submitted only, rejected, closed or withdrawn ({@code
 *       demand-not-ready}).
 *   <li><b>Put</b> to the units: from {@code PROPOSED}; the policy allows {@code CLAIM}.
 *   <li><b>Take</b>: from {@code PROPOSED} or {@code PUT_TO_UNITS}; the resource's channel is
 *       allowed ({@code channel-not-allowed}); when the policy tries claims no later than this
 *       channel, the project was put to the units first ({@code not-put-to-units}); the resource is
 *       eligible for every demand ({@code ineligible-claimant}); its price per service times the
 *       demands is within the budget ({@code over-budget}).
 *   <li><b>Record a service</b>: once taken; by the claimant through the resource and channel that
 *       took it ({@code not-the-claimant}); for demands of the project only ({@code
 *       service-outside-project}); not starting before the take ({@code out-of-order}); the cost of
 *       the services within the budget ({@code over-budget}); an id of no other record ({@code
 *       record-id-taken}; the same service again is unchanged).
 *   <li><b>Record an outcome</b>: once taken; of a service of the project ({@code
 *       unknown-service}); an id of no other record.
 *   <li><b>Close</b>: once taken, with a service ({@code no-service}) and an outcome ({@code
 *       no-outcome}).
 *   <li><b>Withdraw</b>: before it is taken, with a reason ({@code reason-required}); its demands are
 *       free again.
 *   <li>Every step but a proposal names a project of the register ({@code unknown-project}), may
 *       not leave the stage it is in ({@code not-allowed-in-state}), is dated within {@link
 *       TimeLimits} ({@code instant-out-of-range}) and not before the project's last step ({@code
 *       out-of-order}); the step that put the project in its stage delivered again is unchanged.
 * </ul>
 *
 * <pre>{@code
 * ProjectRules rules = ProjectRules.of(hierarchy, ChannelPolicy.standard());
 * InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> xuemeili = InMemoryStream.open(rules);
 * xuemeili.handle(new ProjectCommand.Propose(project, demands, statuses, secretary, monday));
 * xuemeili.handle(new ProjectCommand.Put(project.id(), secretary, monday));
 * xuemeili.handle(new ProjectCommand.Take(project.id(), bankVolunteers, 0, secretary, tuesday));
 * xuemeili.state().holder(demand);          // the project, so matching leaves the demand out
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProjectRules implements Decider<ProjectCommand, ProjectRegister, ProjectEvent> {

  private final GridHierarchy hierarchy;
  private final ChannelPolicy policy;

  private ProjectRules(GridHierarchy hierarchy, ChannelPolicy policy) {
    this.hierarchy = hierarchy;
    this.policy = policy;
  }

  /**
   * Returns the rules for a community's hierarchy under a channel policy.
   *
   * @param hierarchy the hierarchy the demands' grids and the resources' coverage belong to
   * @param policy the channels allowed, in the order they are tried
   * @return the rules
   */
  public static ProjectRules of(GridHierarchy hierarchy, ChannelPolicy policy) {
    return new ProjectRules(requireNonNull(hierarchy, "hierarchy"), requireNonNull(policy, "policy"));
  }

  /**
   * Returns the rules under the article's channel policy: claim, then purchase, then undertake.
   *
   * @param hierarchy the hierarchy
   * @return the rules
   */
  public static ProjectRules of(GridHierarchy hierarchy) {
    return of(hierarchy, ChannelPolicy.standard());
  }

  /** Returns the channel policy. */
  public ChannelPolicy policy() {
    return policy;
  }

  /** Returns the hierarchy. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** Returns the empty register. */
  @Override
  public ProjectRegister initialState() {
    return ProjectRegister.empty();
  }

  @Override
  public Decision<ProjectEvent> decide(ProjectCommand command, ProjectRegister state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    if (command instanceof ProjectCommand.Propose propose) {
      return propose(propose, state);
    }
    Optional<ProjectCase> found = state.project(command.project());
    if (found.isEmpty()) {
      return Decision.refused(refusal(command.project(), ProjectRefusalCode.UNKNOWN_PROJECT, "the register holds no project "
          + command.project()).with("command", name(command)));
    }
    ProjectCase c = found.get();
    if (command instanceof ProjectCommand.Put put) {
      return put(put, c);
    }
    if (command instanceof ProjectCommand.Take take) {
      return take(take, c);
    }
    if (command instanceof ProjectCommand.RecordService record) {
      return recordService(record.service(), c, state);
    }
    if (command instanceof ProjectCommand.RecordOutcome record) {
      return recordOutcome(record.outcome(), c, state);
    }
    if (command instanceof ProjectCommand.Close close) {
      return close(close, c);
    }
    return withdraw((ProjectCommand.Withdraw) command, c);
  }

  private Decision<ProjectEvent> propose(ProjectCommand.Propose command, ProjectRegister state) {
    ProjectId id = command.project();
    ProjectEvent.Proposed event = new ProjectEvent.Proposed(command.value(), command.demands(), command.by(), command.at());
    Optional<ProjectCase> existing = state.project(id);
    if (existing.isPresent()) {
      if (existing.get().proposed().equals(event)) {
        return Decision.unchanged(List.of(existing.get().proposed()));
      }
      return Decision.refused(refusal(id, ProjectRefusalCode.ALREADY_PROPOSED, "project " + id + " is proposed already, otherwise"));
    }
    if (!TimeLimits.accepts(command.at())) {
      return outOfRange(id, command.at());
    }
    for (int i = 0; i < command.demands().size(); i++) {
      DemandId demand = command.demands().get(i).id();
      Optional<ProjectId> holder = state.holder(demand);
      if (holder.isPresent()) {
        return inAnother(id, demand, holder.get());
      }
      DemandStatus status = command.statuses().get(i);
      switch (status.state()) {
        case ACCEPTED:
          break;
        case GROUPED:
          if (status.project().isPresent() && !status.project().get().equals(id)) {
            return inAnother(id, demand, status.project().get());
          }
          break;
        case DISPATCHED:
        case CLAIMED:
        case IN_SERVICE:
        case DELIVERED:
        case EVALUATED:
          return Decision.refused(refusal(id, ProjectRefusalCode.DISPATCHED_ALONE, "demand " + demand + " was dispatched on its own and is "
              + status.state()).with("demand", demand).with("state", status.state()));
        default:
          return Decision.refused(refusal(id, ProjectRefusalCode.DEMAND_NOT_READY, "demand " + demand + " is " + status.state()
              + "; a project groups accepted demands").with("demand", demand).with("state", status.state()));
      }
    }
    return Decision.applied(event);
  }

  private static Decision<ProjectEvent> inAnother(ProjectId id, DemandId demand, ProjectId other) {
    return Decision.refused(refusal(id, ProjectRefusalCode.DEMAND_IN_ANOTHER_PROJECT, "demand " + demand + " is in project " + other)
        .with("demand", demand).with("other", other));
  }

  private Decision<ProjectEvent> put(ProjectCommand.Put command, ProjectCase c) {
    ProjectEvent.Put event = new ProjectEvent.Put(command.project(), command.by(), command.at());
    if (c.last().equals(event)) {
      return Decision.unchanged(List.of(event));
    }
    Decision<ProjectEvent> refused = step(command, c, Set.of(ProjectStage.PROPOSED), command.at());
    if (refused != null) {
      return refused;
    }
    if (!policy.allows(Channel.CLAIM)) {
      return Decision.refused(refusal(command.project(), ProjectRefusalCode.CHANNEL_NOT_ALLOWED, "the policy " + policy.order()
          + " does not let co-building units claim").with("channel", Channel.CLAIM));
    }
    return Decision.applied(event);
  }

  private Decision<ProjectEvent> take(ProjectCommand.Take command, ProjectCase c) {
    ProjectId id = command.project();
    Resource resource = command.resource();
    Channel channel = resource.channel();
    int n = c.demands().size();
    Optional<Money> price = price(resource.costPerService(), n);
    if (price.isPresent()) {
      ProjectEvent.Taken event = new ProjectEvent.Taken(new ProjectClaim(id, channel, resource.claimant(), resource.id(),
          price.get(), command.at()), command.by());
      if (c.last().equals(event)) {
        return Decision.unchanged(List.of(event));
      }
    }
    Decision<ProjectEvent> refused = step(command, c, Set.of(ProjectStage.PROPOSED, ProjectStage.PUT_TO_UNITS),
        command.at());
    if (refused != null) {
      return refused;
    }
    if (!policy.allows(channel)) {
      return Decision.refused(refusal(id, ProjectRefusalCode.CHANNEL_NOT_ALLOWED, "the policy " + policy.order() + " does not allow "
          + channel).with("channel", channel));
    }
    int claimFirst = policy.order().indexOf(Channel.CLAIM);
    if (claimFirst >= 0 && claimFirst <= policy.order().indexOf(channel) && c.stage() != ProjectStage.PUT_TO_UNITS) {
      return Decision.refused(refusal(id, ProjectRefusalCode.NOT_PUT_TO_UNITS, "project " + id + " was not put to the co-building units "
          + "before it is taken through " + channel).with("channel", channel));
    }
    long left = (long) resource.capacityPerPeriod() - command.currentLoad();
    for (int i = 0; i < n; i++) {
      Demand demand = c.demands().get(i);
      int capacityLeft = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, left - i));
      Optional<Ineligibility> why = Eligibility.check(demand, resource, hierarchy, policy, capacityLeft);
      if (why.isPresent()) {
        return Decision.refused(refusal(id, ProjectRefusalCode.INELIGIBLE_CLAIMANT, "resource " + resource.id() + " cannot serve demand "
            + demand.id() + ": " + why.get()).with("resource", resource.id()).with("demand", demand.id())
            .with("reason", why.get()));
      }
    }
    Money budget = c.project().budget();
    if (price.isEmpty() || price.get().compareTo(budget) > 0) {
      String amount = price.map(Money::toString).orElse(resource.costPerService() + " x " + n);
      return Decision.refused(refusal(id, ProjectRefusalCode.OVER_BUDGET, "taking project " + id + " through " + resource.id() + " costs "
          + amount + ", over its budget of " + budget).with("amount", amount).with("budget", budget));
    }
    return Decision.applied(new ProjectEvent.Taken(new ProjectClaim(id, channel, resource.claimant(), resource.id(),
        price.get(), command.at()), command.by()));
  }

  /** The price per service times the demands, or empty if it does not fit an amount of money. */
  private static Optional<Money> price(Money perService, int demands) {
    try {
      return Optional.of(perService.times(demands));
    } catch (ArithmeticException | io.github.jiceng.governance.model.shared.DomainValidationException e) {
      return Optional.empty();
    }
  }

  private Decision<ProjectEvent> recordService(ServiceRecord service, ProjectCase c, ProjectRegister state) {
    ProjectId id = c.project().id();
    if (c.service(service.id()).filter(service::equals).isPresent()) {
      return Decision.unchanged(List.of(new ProjectEvent.ServiceRecorded(id, service)));
    }
    for (ProjectCase other : state.all()) {
      if (other.service(service.id()).isPresent()) {
        return Decision.refused(refusal(id, ProjectRefusalCode.RECORD_ID_TAKEN, "service id " + service.id() + " belongs to another service")
            .with("id", service.id()));
      }
    }
    if (c.stage() != ProjectStage.TAKEN) {
      return notAllowed(id, "RecordService", c.stage());
    }
    for (DemandId d : service.demands()) {
      if (!c.project().demands().contains(d)) {
        return Decision.refused(refusal(id, ProjectRefusalCode.SERVICE_OUTSIDE_PROJECT, "service " + service.id() + " serves demand " + d
            + ", which project " + id + " does not group").with("service", service.id()).with("demand", d));
      }
    }
    ProjectClaim claim = c.claim().orElseThrow();
    if (!service.provider().equals(claim.claimant()) || !service.resource().equals(claim.resource())
        || service.channel() != claim.channel()) {
      return Decision.refused(refusal(id, ProjectRefusalCode.NOT_THE_CLAIMANT, "service " + service.id() + " by " + service.provider()
          + " via " + service.resource() + " (" + service.channel() + ") is not by " + claim.claimant() + " via "
          + claim.resource() + " (" + claim.channel() + ")").with("service", service.id())
          .with("provider", service.provider()).with("claimant", claim.claimant()));
    }
    if (service.time().start().isBefore(claim.at())) {
      return Decision.refused(refusal(id, ProjectRefusalCode.OUT_OF_ORDER, "service " + service.id() + " starts at "
          + service.time().start() + ", before the project was taken at " + claim.at())
          .with("at", service.time().start()).with("since", claim.at()));
    }
    Money budget = c.project().budget();
    Optional<Money> total = sum(c.spent(), service.cost());
    if (total.isEmpty() || total.get().compareTo(budget) > 0) {
      String amount = total.map(Money::toString).orElse(c.spent() + " + " + service.cost());
      return Decision.refused(refusal(id, ProjectRefusalCode.OVER_BUDGET, "the services of project " + id + " would cost " + amount
          + ", over its budget of " + budget).with("amount", amount).with("budget", budget));
    }
    return Decision.applied(new ProjectEvent.ServiceRecorded(id, service));
  }

  private static Optional<Money> sum(Money a, Money b) {
    try {
      return Optional.of(a.plus(b));
    } catch (ArithmeticException | io.github.jiceng.governance.model.shared.DomainValidationException e) {
      return Optional.empty();
    }
  }

  private static Decision<ProjectEvent> recordOutcome(Outcome outcome, ProjectCase c, ProjectRegister state) {
    ProjectId id = c.project().id();
    if (c.outcome(outcome.id()).filter(outcome::equals).isPresent()) {
      return Decision.unchanged(List.of(new ProjectEvent.OutcomeRecorded(id, outcome)));
    }
    for (ProjectCase other : state.all()) {
      if (other.outcome(outcome.id()).isPresent()) {
        return Decision.refused(refusal(id, ProjectRefusalCode.RECORD_ID_TAKEN, "outcome id " + outcome.id() + " belongs to another outcome")
            .with("id", outcome.id()));
      }
    }
    if (c.stage() != ProjectStage.TAKEN) {
      return notAllowed(id, "RecordOutcome", c.stage());
    }
    if (c.service(outcome.service()).isEmpty()) {
      return Decision.refused(refusal(id, ProjectRefusalCode.UNKNOWN_SERVICE, "outcome " + outcome.id() + " rates service "
          + outcome.service() + ", not recorded under project " + id).with("outcome", outcome.id())
          .with("service", outcome.service()));
    }
    if (!TimeLimits.accepts(outcome.evaluatedAt())) {
      return outOfRange(id, outcome.evaluatedAt());
    }
    return Decision.applied(new ProjectEvent.OutcomeRecorded(id, outcome));
  }

  private Decision<ProjectEvent> close(ProjectCommand.Close command, ProjectCase c) {
    ProjectEvent.Closed event = new ProjectEvent.Closed(command.project(), command.by(), command.at());
    if (c.last().equals(event)) {
      return Decision.unchanged(List.of(event));
    }
    Decision<ProjectEvent> refused = step(command, c, Set.of(ProjectStage.TAKEN), command.at());
    if (refused != null) {
      return refused;
    }
    if (c.services().isEmpty()) {
      return Decision.refused(refusal(command.project(), ProjectRefusalCode.NO_SERVICE, "project " + command.project()
          + " has no service to close with"));
    }
    if (c.outcomes().isEmpty()) {
      return Decision.refused(refusal(command.project(), ProjectRefusalCode.NO_OUTCOME, "project " + command.project()
          + " has no outcome to close with"));
    }
    return Decision.applied(event);
  }

  private Decision<ProjectEvent> withdraw(ProjectCommand.Withdraw command, ProjectCase c) {
    ProjectEvent.Withdrawn event = new ProjectEvent.Withdrawn(command.project(), command.by(), command.at(),
        command.reason());
    if (c.last().equals(event)) {
      return Decision.unchanged(List.of(event));
    }
    Decision<ProjectEvent> refused = step(command, c, Set.of(ProjectStage.PROPOSED, ProjectStage.PUT_TO_UNITS),
        command.at());
    if (refused != null) {
      return refused;
    }
    if (command.reason().isBlank()) {
      return Decision.refused(refusal(command.project(), ProjectRefusalCode.REASON_REQUIRED, "a withdrawal needs a reason"));
    }
    return Decision.applied(event);
  }

  /** Refuses a step that cannot leave the stage, or is dated out of range or before the last step; else null. */
  private static @Nullable Decision<ProjectEvent> step(ProjectCommand command, ProjectCase c, Set<ProjectStage> from, Instant at) {
    if (!from.contains(c.stage())) {
      return notAllowed(command.project(), name(command), c.stage());
    }
    if (!TimeLimits.accepts(at)) {
      return outOfRange(command.project(), at);
    }
    if (at.isBefore(c.since())) {
      return Decision.refused(refusal(command.project(), ProjectRefusalCode.OUT_OF_ORDER, "the step at " + at
          + " is dated before the project's last step at " + c.since()).with("at", at).with("since", c.since()));
    }
    return null;
  }

  private static Decision<ProjectEvent> notAllowed(ProjectId id, String command, ProjectStage stage) {
    return Decision.refused(refusal(id, ProjectRefusalCode.NOT_ALLOWED_IN_STATE, command + " cannot leave " + stage)
        .with("command", command).with("stage", stage));
  }

  private static Decision<ProjectEvent> outOfRange(ProjectId id, Instant at) {
    return Decision.refused(refusal(id, ProjectRefusalCode.INSTANT_OUT_OF_RANGE, "a step is dated from " + TimeLimits.EARLIEST + " to "
        + TimeLimits.LATEST + ", was " + at).with("at", at));
  }

  private static String name(ProjectCommand command) {
    return command.getClass().getSimpleName();
  }

  private static Refusal refusal(ProjectId id, ProjectRefusalCode code, String detail) {
    return Refusal.of(code, detail).with("project", id);
  }

  /**
   * Returns the register after one event.
   *
   * @throws IllegalStateException if the event cannot follow the register
   */
  @Override
  public ProjectRegister evolve(ProjectRegister state, ProjectEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    ProjectId id = event.project();
    if (event instanceof ProjectEvent.Proposed proposed) {
      if (state.project(id).isPresent()) {
        throw new IllegalStateException("project " + id + " is proposed already");
      }
      for (Demand d : proposed.demands()) {
        if (state.holder(d.id()).isPresent()) {
          throw new IllegalStateException("demand " + d.id() + " is held by project " + state.holder(d.id()).get());
        }
      }
      return state.with(new ProjectCase(proposed, ProjectStage.PROPOSED, proposed.at(), Optional.empty(), List.of(),
          List.of(), proposed));
    }
    ProjectCase c = state.project(id).orElseThrow(() -> new IllegalStateException("no project " + id + " for " + event));
    if (event instanceof ProjectEvent.Put put) {
      expect(c, put, ProjectStage.PROPOSED);
      return state.with(c.moved(ProjectStage.PUT_TO_UNITS, put.at(), put));
    }
    if (event instanceof ProjectEvent.Taken taken) {
      expect(c, taken, ProjectStage.PROPOSED, ProjectStage.PUT_TO_UNITS);
      return state.with(c.taken(taken));
    }
    if (event instanceof ProjectEvent.ServiceRecorded recorded) {
      expect(c, recorded, ProjectStage.TAKEN);
      return state.with(c.withService(recorded.service()));
    }
    if (event instanceof ProjectEvent.OutcomeRecorded recorded) {
      expect(c, recorded, ProjectStage.TAKEN);
      return state.with(c.withOutcome(recorded.outcome()));
    }
    if (event instanceof ProjectEvent.Closed closed) {
      expect(c, closed, ProjectStage.TAKEN);
      return state.with(c.moved(ProjectStage.CLOSED, closed.at(), closed));
    }
    ProjectEvent.Withdrawn withdrawn = (ProjectEvent.Withdrawn) event;
    expect(c, withdrawn, ProjectStage.PROPOSED, ProjectStage.PUT_TO_UNITS);
    return state.with(c.moved(ProjectStage.WITHDRAWN, withdrawn.at(), withdrawn));
  }

  private static void expect(ProjectCase c, ProjectEvent event, ProjectStage... stages) {
    for (ProjectStage s : stages) {
      if (c.stage() == s) {
        return;
      }
    }
    throw new IllegalStateException(event + " cannot follow project " + c.project().id() + " in stage " + c.stage());
  }

  /** Returns {@code ProjectRules[policy]}. */
  @Override
  public String toString() {
    return "ProjectRules[" + policy.order() + "]";
  }
}
