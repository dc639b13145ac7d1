package io.github.jiceng.governance.json.internal;

import static io.github.jiceng.governance.json.internal.ActorCodecs.ACTOR_ID;
import static io.github.jiceng.governance.json.internal.GridCodecs.GRID_ID;
import static io.github.jiceng.governance.json.internal.ValueCodecs.INTERVAL;
import static io.github.jiceng.governance.json.internal.ValueCodecs.ORGANIZATION_ID;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Overdue;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The bindings of the service chain: the five lists and their ids, the demand lifecycle's states,
 * events and status, deadlines and overdue demands, and the demand-event stream.
 */
public final class ServiceCodecs {

  private ServiceCodecs() {}

  /** {@link DemandId} as its text. */
  public static final TextCodec<DemandId> DEMAND_ID = Codecs.text(DemandId.class,
      "The id of a demand on the demand list (需求编号).", DemandId::of, DemandId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link ResourceId} as its text. */
  public static final TextCodec<ResourceId> RESOURCE_ID = Codecs.text(ResourceId.class,
      "The id of a resource on the resource list (资源编号).", ResourceId::of, ResourceId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link ProjectId} as its text. */
  public static final TextCodec<ProjectId> PROJECT_ID = Codecs.text(ProjectId.class,
      "The id of a project (项目编号).", ProjectId::of, ProjectId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link ServiceId} as its text. */
  public static final TextCodec<ServiceId> SERVICE_ID = Codecs.text(ServiceId.class,
      "The id of a service delivery on the service list (服务编号).", ServiceId::of, ServiceId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link OutcomeId} as its text. */
  public static final TextCodec<OutcomeId> OUTCOME_ID = Codecs.text(OutcomeId.class,
      "The id of an outcome on the outcome list (成效编号).", OutcomeId::of, OutcomeId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link Channel} by name. */
  public static final EnumCodec<Channel> CHANNEL = Codecs.enumeration(Channel.class,
      "How a dispatched demand is fulfilled (承接渠道): claim, purchase, undertake.");

  /** {@link DemandSource} by name. */
  public static final EnumCodec<DemandSource> DEMAND_SOURCE = Codecs.enumeration(DemandSource.class,
      "Who raised a demand (需求来源).");

  /** {@link DemandState} by name. */
  public static final EnumCodec<DemandState> DEMAND_STATE = Codecs.enumeration(DemandState.class,
      "Where a demand stands in its lifecycle (需求状态).");

  /** {@link Transition} by name. */
  public static final EnumCodec<Transition> TRANSITION = Codecs.enumeration(Transition.class,
      "A named transition of the demand lifecycle (需求流转).");

  /** {@link Urgency} by name. */
  public static final EnumCodec<Urgency> URGENCY = Codecs.enumeration(Urgency.class,
      "How urgent a demand is (紧急程度).");

  /** A category or capability key, such as {@code "elderly-care"}: the model's key form. */
  public static final StringCodec KEY = Codecs.string().pattern(ValueCodecs.ID_FORM)
      .named("ServiceKey", "A category or capability key, such as elderly-care: 1-64 of [A-Za-z0-9._:-].");

  /**
   * {@link Money} that is never negative (prices, budgets, costs, spending), as
   * {@code {"fen": 12345, "currency": "CNY"}}.
   */
  public static final ObjectCodec<Money> AMOUNT = amount();

  /** A rating 1 to 5. */
  static final Codec<Integer> RATING = Codecs.integer(Outcome.MIN_RATING, Outcome.MAX_RATING);

  private static final Codec<Integer> COUNT = Codecs.integer(0, Integer.MAX_VALUE);

  /** {@link Demand}. */
  public static final ObjectCodec<Demand> DEMAND = demand();

  /** {@link Resource}. */
  public static final ObjectCodec<Resource> RESOURCE = resource();

  /** {@link Project}. */
  public static final ObjectCodec<Project> PROJECT = project();

  /** {@link ServiceRecord}. */
  public static final ObjectCodec<ServiceRecord> SERVICE_RECORD = serviceRecord();

  /** {@link Outcome}. */
  public static final ObjectCodec<Outcome> OUTCOME = outcome();

  /** {@link FiveLists} whole: the five lists in id order, every link checked on reading. */
  public static final ObjectCodec<FiveLists> FIVE_LISTS = fiveLists();

  /** {@link DemandStatus}. */
  public static final ObjectCodec<DemandStatus> DEMAND_STATUS = demandStatus();

  /** {@link DemandEvent}. */
  public static final ObjectCodec<DemandEvent> DEMAND_EVENT = demandEvent();

  /** {@link DeadlinePolicy} as {@code {"limits": {"SUBMITTED": "PT72H", ...}}}. */
  public static final ObjectCodec<DeadlinePolicy> DEADLINE_POLICY = deadlinePolicy();

  /** {@link Overdue}. */
  public static final ObjectCodec<Overdue> OVERDUE = overdue();

  private static final ServiceChainTable SERVICE_CHAIN_TABLE = new ServiceChainTable();

  /**
   * The scenario's service chain: demands, projects, services and outcomes; the resources are the
   * scenario's resources section, joined on reading ({@link ServiceChain#join}).
   */
  static final ObjectCodec<ServiceChain> SERVICE_CHAIN = SERVICE_CHAIN_TABLE.codec;

  private static final DemandEventTable EVENT_TABLE = new DemandEventTable();

  /** The demand-event file, without its envelope: an optional scope, then the events. */
  public static final ObjectCodec<DemandEventFile> DEMAND_EVENT_FILE = EVENT_TABLE.codec;

  /** The demand-event file's slot of its scope, for the streaming header. */
  static final Slot<Optional<GridId>> EVENT_SCOPE = EVENT_TABLE.scope;

  /** The demand-event file's slot of its events, for streaming. */
  static final Slot<List<DemandEvent>> EVENTS = EVENT_TABLE.events;

  private static ObjectCodec<Money> amount() {
    ObjectCodec.Builder<Money> b = ObjectCodec.builder(Money.class).named("NonNegativeMoney")
        .describe("An amount of yuan that is never negative (a price, budget, cost or spending), as an exact "
            + "whole number of fen (分); 1 yuan = 100 fen.");
    Slot<Long> fen = b.required("fen", Money::fen, Codecs.longInteger(0, Long.MAX_VALUE));
    b.constant("currency", Codecs.string(), "CNY", "currency-cny");
    return b.build(v -> Money.ofFen(v.get(fen)));
  }

  private static ObjectCodec<Demand> demand() {
    ObjectCodec.Builder<Demand> b = ObjectCodec.builder(Demand.class)
        .describe("One entry of the demand list (需求清单): who asks for what, where, how urgently, for how many, "
            + "within which window. No personal data: the requester is an id.");
    Slot<DemandId> id = b.required("id", Demand::id, DEMAND_ID);
    Slot<DemandSource> source = b.required("source", Demand::source, DEMAND_SOURCE);
    Slot<ActorId> requester = b.required("requester", Demand::requester, ACTOR_ID);
    Slot<GridId> grid = b.required("grid", Demand::grid, GRID_ID);
    Slot<String> category = b.required("category", Demand::category, KEY);
    Slot<Set<String>> capabilities = b.defaulted("requiredCapabilities", Demand::requiredCapabilities,
        Codecs.set(KEY), Set.of());
    Slot<Urgency> urgency = b.required("urgency", Demand::urgency, URGENCY);
    Slot<Integer> beneficiaries = b.required("beneficiaries", Demand::beneficiaries,
        Codecs.integer(1, Integer.MAX_VALUE));
    Slot<Interval> window = b.required("window", Demand::window, INTERVAL);
    Slot<Pillar> pillar = b.required("pillar", Demand::pillar, ValueCodecs.PILLAR);
    Slot<Instant> submittedAt = b.required("submittedAt", Demand::submittedAt, Codecs.INSTANT);
    return b.build(v -> Demand.builder().id(v.get(id)).source(v.get(source)).requester(v.get(requester))
        .grid(v.get(grid)).category(v.get(category)).addAllRequiredCapabilities(v.get(capabilities))
        .urgency(v.get(urgency)).beneficiaries(v.get(beneficiaries)).window(v.get(window)).pillar(v.get(pillar))
        .submittedAt(v.get(submittedAt)).build());
  }

  private static ObjectCodec<Resource> resource() {
    ObjectCodec.Builder<Resource> b = ObjectCodec.builder(Resource.class)
        .describe("One entry of the resource list (资源清单): what one claimant offers through one channel, where, "
            + "how often per period and at what price.");
    Slot<ResourceId> id = b.required("id", Resource::id, RESOURCE_ID);
    Slot<OrganizationId> claimant = b.required("claimant", Resource::claimant, ORGANIZATION_ID);
    Slot<Channel> channel = b.required("channel", Resource::channel, CHANNEL);
    Slot<Set<String>> capabilities = b.required("capabilities", Resource::capabilities, Codecs.set(KEY));
    Slot<List<GridId>> coverage = b.required("coverage", Resource::coverage, Codecs.list(GRID_ID));
    Slot<Integer> capacity = b.required("capacityPerPeriod", Resource::capacityPerPeriod, COUNT);
    Slot<Money> cost = b.required("costPerService", Resource::costPerService, AMOUNT);
    Slot<Interval> available = b.required("available", Resource::available, INTERVAL);
    Slot<Optional<String>> space = b.optional("spaceForService", Resource::spaceForService,
        Codecs.string().length(1, Integer.MAX_VALUE));
    return b.build(v -> Resource.builder().id(v.get(id)).claimant(v.get(claimant)).channel(v.get(channel))
        .addAllCapabilities(v.get(capabilities)).addAllCoverage(v.get(coverage)).capacityPerPeriod(v.get(capacity))
        .costPerService(v.get(cost)).available(v.get(available)).spaceForService(v.get(space)).build());
  }

  private static ObjectCodec<Project> project() {
    ObjectCodec.Builder<Project> b = ObjectCodec.builder(Project.class)
        .describe("One entry of the project list (项目清单): demands grouped into one piece of work, with its "
            + "budget.");
    Slot<ProjectId> id = b.required("id", Project::id, PROJECT_ID);
    Slot<String> name = b.required("name", Project::name, Codecs.string().length(1, Project.MAX_NAME_LENGTH));
    Slot<Set<DemandId>> demands = b.required("demands", p -> TaxonomyCodecs.inOrder(p.demands()),
        Codecs.set(DEMAND_ID));
    Slot<Money> budget = b.required("budget", Project::budget, AMOUNT);
    Slot<Pillar> pillar = b.required("pillar", Project::pillar, ValueCodecs.PILLAR);
    return b.build(v -> Project.builder().id(v.get(id)).name(v.get(name)).addAllDemands(v.get(demands))
        .budget(v.get(budget)).pillar(v.get(pillar)).build());
  }

  private static ObjectCodec<ServiceRecord> serviceRecord() {
    ObjectCodec.Builder<ServiceRecord> b = ObjectCodec.builder(ServiceRecord.class)
        .describe("One entry of the service list (服务清单): a delivery, by which resource and provider, when, "
            + "for how long and how many, at what cost.");
    Slot<ServiceId> id = b.required("id", ServiceRecord::id, SERVICE_ID);
    Slot<Set<DemandId>> demands = b.required("demands", s -> TaxonomyCodecs.inOrder(s.demands()),
        Codecs.set(DEMAND_ID));
    Slot<ResourceId> resource = b.required("resource", ServiceRecord::resource, RESOURCE_ID);
    Slot<OrganizationId> provider = b.required("provider", ServiceRecord::provider, ORGANIZATION_ID);
    Slot<Channel> channel = b.required("channel", ServiceRecord::channel, CHANNEL);
    Slot<List<ActorId>> performedBy = b.defaulted("performedBy", ServiceRecord::performedBy, Codecs.list(ACTOR_ID),
        List.of());
    Slot<Interval> time = b.required("time", ServiceRecord::time, INTERVAL);
    Slot<Duration> effort = b.required("effort", ServiceRecord::effort, Codecs.DURATION);
    Slot<Integer> beneficiaries = b.required("beneficiaries", ServiceRecord::beneficiaries, COUNT);
    Slot<Money> cost = b.required("cost", ServiceRecord::cost, AMOUNT);
    return b.build(v -> ServiceRecord.builder().id(v.get(id)).addAllDemands(v.get(demands))
        .resource(v.get(resource)).provider(v.get(provider)).channel(v.get(channel))
        .addAllPerformedBy(v.get(performedBy)).time(v.get(time)).effort(v.get(effort))
        .beneficiaries(v.get(beneficiaries)).cost(v.get(cost)).build());
  }

  private static ObjectCodec<Outcome> outcome() {
    ObjectCodec.Builder<Outcome> b = ObjectCodec.builder(Outcome.class)
        .describe("One entry of the outcome list (成效清单): how residents rated one delivery.");
    Slot<OutcomeId> id = b.required("id", Outcome::id, OUTCOME_ID);
    Slot<ServiceId> service = b.required("service", Outcome::service, SERVICE_ID);
    Slot<Integer> rating = b.required("rating", Outcome::rating, RATING);
    Slot<List<String>> evidence = b.defaulted("evidence", Outcome::evidence,
        Codecs.list(Codecs.string().length(1, Integer.MAX_VALUE)), List.of());
    Slot<Integer> reached = b.required("beneficiariesReached", Outcome::beneficiariesReached, COUNT);
    Slot<Instant> evaluatedAt = b.required("evaluatedAt", Outcome::evaluatedAt, Codecs.INSTANT);
    Slot<ActorId> evaluator = b.required("evaluator", Outcome::evaluator, ACTOR_ID);
    return b.build(v -> Outcome.builder().id(v.get(id)).service(v.get(service)).rating(v.get(rating))
        .addAllEvidence(v.get(evidence)).beneficiariesReached(v.get(reached)).evaluatedAt(v.get(evaluatedAt))
        .evaluator(v.get(evaluator)).build());
  }

  private static ObjectCodec<FiveLists> fiveLists() {
    ObjectCodec.Builder<FiveLists> b = ObjectCodec.builder(FiveLists.class)
        .describe("The five linked lists (五项清单) of one community, every link checked: demands, resources, "
            + "projects, services, outcomes.");
    Slot<List<Demand>> demands = b.defaulted("demands", f -> List.copyOf(f.demands()), Codecs.list(DEMAND),
        List.of());
    Slot<List<Resource>> resources = b.defaulted("resources", f -> List.copyOf(f.resources()),
        Codecs.list(RESOURCE), List.of());
    Slot<List<Project>> projects = b.defaulted("projects", f -> List.copyOf(f.projects()), Codecs.list(PROJECT),
        List.of());
    Slot<List<ServiceRecord>> services = b.defaulted("services", f -> List.copyOf(f.services()),
        Codecs.list(SERVICE_RECORD), List.of());
    Slot<List<Outcome>> outcomes = b.defaulted("outcomes", f -> List.copyOf(f.outcomes()), Codecs.list(OUTCOME),
        List.of());
    b.locate((violation, values) -> locateLink(violation, values.peek(demands), values.peek(resources),
        values.peek(projects), values.peek(services), values.peek(outcomes), Pointers::segment));
    return b.build(v -> FiveLists.of(v.get(demands), v.get(resources), v.get(projects), v.get(services),
        v.get(outcomes)));
  }

  /**
   * Points a violation of {@link FiveLists#of} at the record and field it names.
   *
   * @param list the pointer of each list, by its property name ({@code "demands"}, ...)
   */
  static @Nullable String locateLink(Violation violation, List<Demand> demands, List<Resource> resources,
      List<Project> projects, List<ServiceRecord> services, List<Outcome> outcomes, Function<String, String> list) {
    String subject = violation.subject();
    String detail = violation.detail();
    if (violation.rule().equals("unique-id")) {
      String key;
      if ((key = Locators.idOf(subject, "Demand")) != null) {
        return repeatIn(list.apply("demands"), demands, Demand::id, key);
      }
      if ((key = Locators.idOf(subject, "Resource")) != null) {
        return repeatIn(list.apply("resources"), resources, Resource::id, key);
      }
      if ((key = Locators.idOf(subject, "Project")) != null) {
        return repeatIn(list.apply("projects"), projects, Project::id, key);
      }
      if ((key = Locators.idOf(subject, "ServiceRecord")) != null) {
        return repeatIn(list.apply("services"), services, ServiceRecord::id, key);
      }
      if ((key = Locators.idOf(subject, "Outcome")) != null) {
        return repeatIn(list.apply("outcomes"), outcomes, Outcome::id, key);
      }
      return null;
    }
    String project = Locators.idOf(subject, "Project");
    if (project != null) {
      int i = indexOf(projects, p -> p.id().value(), project);
      String demand = detail.startsWith("no demand ") ? Locators.between(detail, "no demand ", " on the")
          : Locators.between(detail, "demand ", " is already");
      int j = i < 0 || demand == null ? -1 : indexOf(projects.get(i).demands(), DemandId::value, demand);
      return i < 0 ? null : list.apply("projects") + "/" + i + "/demands" + (j < 0 ? "" : "/" + j);
    }
    String service = Locators.idOf(subject, "ServiceRecord");
    if (service != null) {
      int i = indexOf(services, s -> s.id().value(), service);
      if (i < 0) {
        return null;
      }
      String at = list.apply("services") + "/" + i + Pointers.segment(violation.field());
      if (violation.field().equals("demands")) {
        String demand = Locators.between(detail, "no demand ", " on the");
        int j = demand == null ? -1 : indexOf(services.get(i).demands(), DemandId::value, demand);
        return j < 0 ? at : at + "/" + j;
      }
      return at;
    }
    String outcome = Locators.idOf(subject, "Outcome");
    if (outcome != null) {
      int i = indexOf(outcomes, o -> o.id().value(), outcome);
      return i < 0 ? null : list.apply("outcomes") + "/" + i + Pointers.segment(violation.field());
    }
    return null;
  }

  private static <V> @Nullable String repeatIn(String at, List<V> list, Function<V, ?> id, String key) {
    boolean seen = false;
    for (int i = 0; i < list.size(); i++) {
      if (String.valueOf(id.apply(list.get(i))).equals(key)) {
        if (seen) {
          return at + "/" + i + "/id";
        }
        seen = true;
      }
    }
    return null;
  }

  private static <V> int indexOf(List<V> list, Function<V, String> text, String wanted) {
    for (int i = 0; i < list.size(); i++) {
      if (text.apply(list.get(i)).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static ObjectCodec<DemandStatus> demandStatus() {
    ObjectCodec.Builder<DemandStatus> b = ObjectCodec.builder(DemandStatus.class)
        .describe("Where one demand stands, as its events left it: state, since when, and what the lifecycle has "
            + "named so far.");
    Slot<DemandId> demand = b.required("demand", DemandStatus::demand, DEMAND_ID);
    Slot<DemandState> state = b.required("state", DemandStatus::state, DEMAND_STATE);
    Slot<Instant> since = b.required("since", DemandStatus::since, Codecs.INSTANT);
    Slot<Optional<ProjectId>> project = b.optional("project", DemandStatus::project, PROJECT_ID);
    Slot<Optional<Channel>> channel = b.optional("channel", DemandStatus::channel, CHANNEL);
    Slot<Optional<OrganizationId>> claimant = b.optional("claimant", DemandStatus::claimant, ORGANIZATION_ID);
    Slot<Optional<ServiceId>> service = b.optional("service", DemandStatus::service, SERVICE_ID);
    Slot<Optional<OutcomeId>> outcome = b.optional("outcome", DemandStatus::outcome, OUTCOME_ID);
    Slot<Optional<Integer>> rating = b.optional("rating", s -> ActorCodecs.boxed(s.rating()), RATING);
    Slot<Integer> reopened = b.defaulted("reopened", DemandStatus::reopened, COUNT, 0);
    Slot<Integer> events = b.required("events", DemandStatus::events, COUNT);
    return b.build(v -> new DemandStatus(v.get(demand), v.get(state), v.get(since), v.get(project), v.get(channel),
        v.get(claimant), v.get(service), v.get(outcome), ActorCodecs.unboxed(v.get(rating)), v.get(reopened),
        v.get(events)));
  }

  private static ObjectCodec<DemandEvent> demandEvent() {
    ObjectCodec.Builder<DemandEvent> b = ObjectCodec.builder(DemandEvent.class)
        .describe("One transition of one demand, as it happened: which, by whom, when, why, and what it names.");
    Slot<DemandId> demand = b.required("demand", DemandEvent::demand, DEMAND_ID);
    Slot<Transition> transition = b.required("transition", DemandEvent::transition, TRANSITION);
    Slot<ActorId> actor = b.required("actor", DemandEvent::actor, ACTOR_ID);
    Slot<Instant> at = b.required("at", DemandEvent::at, Codecs.INSTANT);
    Slot<Optional<String>> reason = b.optional("reason", DemandEvent::reason, Codecs.string());
    Slot<Optional<ProjectId>> project = b.optional("project", DemandEvent::project, PROJECT_ID);
    Slot<Optional<Channel>> channel = b.optional("channel", DemandEvent::channel, CHANNEL);
    Slot<Optional<OrganizationId>> claimant = b.optional("claimant", DemandEvent::claimant, ORGANIZATION_ID);
    Slot<Optional<ServiceId>> service = b.optional("service", DemandEvent::service, SERVICE_ID);
    Slot<Optional<OutcomeId>> outcome = b.optional("outcome", DemandEvent::outcome, OUTCOME_ID);
    Slot<Optional<Integer>> rating = b.optional("rating", e -> ActorCodecs.boxed(e.rating()), RATING);
    return b.build(v -> DemandEvent.builder().demand(v.get(demand)).transition(v.get(transition))
        .actor(v.get(actor)).at(v.get(at)).reason(v.get(reason)).project(v.get(project)).channel(v.get(channel))
        .claimant(v.get(claimant)).service(v.get(service)).outcome(v.get(outcome))
        .rating(ActorCodecs.unboxed(v.get(rating))).build());
  }

  private static ObjectCodec<DeadlinePolicy> deadlinePolicy() {
    String open = Arrays.stream(DemandState.values()).filter(s -> !s.isFinal()).map(Enum::name)
        .collect(Collectors.joining("|"));
    TextCodec<DemandState> openState = Codecs.text(DemandState.class, ServiceCodecs::openState, Enum::name)
        .pattern(open);
    TextCodec<Duration> limit = Codecs.text(Duration.class, ServiceCodecs::positiveLimit, Duration::toString)
        .format("duration");
    ObjectCodec.Builder<DeadlinePolicy> b = ObjectCodec.builder(DeadlinePolicy.class)
        .describe("How long a demand may stay in each state before it is overdue (办理时限): a positive ISO-8601 "
            + "duration per state that is not final; a state without one is never overdue.");
    Slot<Map<DemandState, Duration>> limits = b.required("limits", DeadlinePolicy::limits,
        Codecs.map(openState, limit));
    return b.build(v -> new DeadlinePolicy(v.get(limits)));
  }

  private static DemandState openState(String name) {
    for (DemandState s : DemandState.values()) {
      if (s.name().equals(name)) {
        if (s.isFinal()) {
          throw new DomainValidationException("DeadlinePolicy", "limits", "limit-state-not-final",
              "a final state has no limit: " + name);
        }
        return s;
      }
    }
    throw new DomainValidationException(new Violation("DeadlinePolicy", "limits", "enum",
        "expected one of " + Arrays.toString(DemandState.values()) + ", was '" + Excerpts.of(name) + "'").with("value", name).with("allowed", Arrays.toString(DemandState.values())));
  }

  private static Duration positiveLimit(String text) {
    Duration d = Duration.parse(text);
    if (d.isNegative() || d.isZero()) {
      throw new DomainValidationException("DeadlinePolicy", "limits", "limit-positive",
          "a limit is a positive duration, was " + d);
    }
    return d;
  }

  private static ObjectCodec<Overdue> overdue() {
    ObjectCodec.Builder<Overdue> b = ObjectCodec.builder(Overdue.class)
        .describe("A demand that stayed in a state longer than its policy allows (超期).");
    Slot<DemandId> demand = b.required("demand", Overdue::demand, DEMAND_ID);
    Slot<DemandState> state = b.required("state", Overdue::state, DEMAND_STATE);
    Slot<Instant> since = b.required("since", Overdue::since, Codecs.INSTANT);
    Slot<Instant> due = b.required("due", Overdue::due, Codecs.INSTANT);
    Slot<Duration> by = b.required("by", Overdue::by, Codecs.DURATION);
    return b.build(v -> new Overdue(v.get(demand), v.get(state), v.get(since), v.get(due), v.get(by)));
  }

  /**
   * The records of a service chain without its resources, which a scenario lists once in its
   * resources section.
   *
   * @param demands the demand list
   * @param projects the project list
   * @param services the service list
   * @param outcomes the outcome list
   */
  record ServiceChain(List<Demand> demands, List<Project> projects, List<ServiceRecord> services,
      List<Outcome> outcomes) {

    /** Returns the records of the five lists, in id order. */
    static ServiceChain of(FiveLists lists) {
      return new ServiceChain(List.copyOf(lists.demands()), List.copyOf(lists.projects()),
          List.copyOf(lists.services()), List.copyOf(lists.outcomes()));
    }

    /** Links the records with the resource list, checking every link. */
    FiveLists join(List<Resource> resources) {
      return FiveLists.of(demands, resources, projects, services, outcomes);
    }
  }

  /** The service chain's table. */
  private static final class ServiceChainTable {
    final ObjectCodec<ServiceChain> codec;

    ServiceChainTable() {
      ObjectCodec.Builder<ServiceChain> b = ObjectCodec.builder(ServiceChain.class)
          .describe("The initial service chain (服务链): demands, projects, services and outcomes; the resource "
              + "list is the scenario's resources section, and every link is checked against it.");
      Slot<List<Demand>> demands = b.defaulted("demands", ServiceChain::demands, Codecs.list(DEMAND), List.of());
      Slot<List<Project>> projects = b.defaulted("projects", ServiceChain::projects, Codecs.list(PROJECT),
          List.of());
      Slot<List<ServiceRecord>> services = b.defaulted("services", ServiceChain::services,
          Codecs.list(SERVICE_RECORD), List.of());
      Slot<List<Outcome>> outcomes = b.defaulted("outcomes", ServiceChain::outcomes, Codecs.list(OUTCOME),
          List.of());
      codec = b.build(v -> new ServiceChain(v.get(demands), v.get(projects), v.get(services), v.get(outcomes)));
    }
  }

  /**
   * The content of a demand-event file: the grid subtree its demands lie in, if it says, and the
   * events in the order they happened.
   *
   * @param scope the root of the grid subtree the file covers, if given
   * @param events the events
   */
  public record DemandEventFile(Optional<GridId> scope, List<DemandEvent> events) {

    /** Copies the events. */
    public DemandEventFile {
      events = List.copyOf(events);
    }
  }

  /** The demand-event file's table and the slots its streaming form needs. */
  private static final class DemandEventTable {
    final Slot<Optional<GridId>> scope;
    final Slot<List<DemandEvent>> events;
    final ObjectCodec<DemandEventFile> codec;

    DemandEventTable() {
      ObjectCodec.Builder<DemandEventFile> b = ObjectCodec.builder(DemandEventFile.class).named("DemandEvents")
          .describe("A log of demand events (需求流转记录) in the order they happened; the scope, if given, is the "
              + "root of the grid subtree whose demands the log covers.");
      scope = b.optional("scope", DemandEventFile::scope, GRID_ID);
      events = b.required("events", DemandEventFile::events, Codecs.list(DEMAND_EVENT));
      codec = b.build(v -> new DemandEventFile(v.get(scope), v.get(events)));
    }
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(DEMAND_ID, RESOURCE_ID, PROJECT_ID, SERVICE_ID, OUTCOME_ID, CHANNEL, DEMAND_SOURCE,
        DEMAND_STATE, TRANSITION, URGENCY, DEMAND, RESOURCE, PROJECT, SERVICE_RECORD, OUTCOME, FIVE_LISTS,
        DEMAND_STATUS, DEMAND_EVENT, DEADLINE_POLICY, OVERDUE);
  }
}
