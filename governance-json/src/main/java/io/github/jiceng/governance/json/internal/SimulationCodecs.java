package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.sim.model.AbsenceStream;
import io.github.jiceng.governance.sim.model.CheckInStream;
import io.github.jiceng.governance.sim.model.ClueStream;
import io.github.jiceng.governance.sim.model.DemandStream;
import io.github.jiceng.governance.sim.model.DisbursementStream;
import io.github.jiceng.governance.sim.model.DonationStream;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.IntRange;
import io.github.jiceng.governance.sim.model.MoneyRange;
import io.github.jiceng.governance.sim.model.ProposalStream;
import io.github.jiceng.governance.sim.model.RatingWeights;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import io.github.jiceng.governance.sim.model.SimulationRun;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bindings of simulation: the parameters a scenario's {@code simulation} section holds (how
 * often things happen, how long and how well they go), the events of a run with the records they
 * carry, and the event log file, whose header says which run it is a log of.
 */
public final class SimulationCodecs {

  private SimulationCodecs() {}

  private static final Codec<Integer> PER_MILLE = Codecs.integer(0, 1000);
  private static final Codec<Integer> MILLI_PER_DAY = Codecs.integer(0, 1_000_000);
  private static final Codec<Integer> WEIGHT = Codecs.integer(0, 1_000_000);
  private static final StringCodec LEVEL = GridCodecs.LEVEL_KEY;
  private static final StringCodec CATEGORY = Codecs.string().pattern(ValueCodecs.ID_FORM)
      .named("DemandCategoryKey", "The key of a demand category or a capability, such as elderly-care.");

  /** {@link IntRange} as {@code {"min", "max"}}. */
  public static final ObjectCodec<IntRange> INT_RANGE = intRange();

  /** {@link MoneyRange} as {@code {"min", "max"}}, amounts in fen. */
  public static final ObjectCodec<MoneyRange> MONEY_RANGE = moneyRange();

  /** {@link RatingWeights} as {@code {"weights": [w1, w2, w3, w4, w5]}}. */
  public static final ObjectCodec<RatingWeights> RATING_WEIGHTS = ratingWeights();

  /** {@link DemandStream}. */
  public static final ObjectCodec<DemandStream> DEMAND_STREAM = demandStream();

  /** {@link DonationStream}. */
  public static final ObjectCodec<DonationStream> DONATION_STREAM = donationStream();

  /** {@link DisbursementStream}. */
  public static final ObjectCodec<DisbursementStream> DISBURSEMENT_STREAM = disbursementStream();

  /** {@link ClueStream}. */
  public static final ObjectCodec<ClueStream> CLUE_STREAM = clueStream();

  /** {@link ProposalStream}. */
  public static final ObjectCodec<ProposalStream> PROPOSAL_STREAM = proposalStream();

  /** {@link AbsenceStream}. */
  public static final ObjectCodec<AbsenceStream> ABSENCE_STREAM = absenceStream();

  /** {@link io.github.jiceng.governance.sim.model.VolunteerStream}. */
  public static final ObjectCodec<io.github.jiceng.governance.sim.model.VolunteerStream> VOLUNTEER_STREAM =
      volunteerStream();

  /** {@link CheckInStream}. */
  public static final ObjectCodec<CheckInStream> CHECK_IN_STREAM = checkInStream();

  /** {@link SimulationParameters}: the scenario's {@code simulation} section. */
  public static final ObjectCodec<SimulationParameters> SIMULATION_PARAMETERS = simulationParameters();

  /** {@link EventKind} by name. */
  public static final EnumCodec<EventKind> EVENT_KIND = Codecs.enumeration(EventKind.class,
      "What a simulation event records, such as DEMAND_CLAIMED or PROPOSAL_ESCALATED.");

  /** {@link EventPayload.OfDemand}. */
  public static final ObjectCodec<EventPayload.OfDemand> OF_DEMAND = payload(EventPayload.OfDemand.class, "demand",
      EventPayload.OfDemand::demand, ServiceCodecs.DEMAND, EventPayload.OfDemand::new);

  /** {@link EventPayload.OfResource}. */
  public static final ObjectCodec<EventPayload.OfResource> OF_RESOURCE = payload(EventPayload.OfResource.class,
      "resource", EventPayload.OfResource::resource, ServiceCodecs.RESOURCE, EventPayload.OfResource::new);

  /** {@link EventPayload.OfProject}. */
  public static final ObjectCodec<EventPayload.OfProject> OF_PROJECT = payload(EventPayload.OfProject.class,
      "project", EventPayload.OfProject::project, ServiceCodecs.PROJECT, EventPayload.OfProject::new);

  /** {@link EventPayload.OfService}. */
  public static final ObjectCodec<EventPayload.OfService> OF_SERVICE = payload(EventPayload.OfService.class,
      "service", EventPayload.OfService::service, ServiceCodecs.SERVICE_RECORD, EventPayload.OfService::new);

  /** {@link EventPayload.OfOutcome}. */
  public static final ObjectCodec<EventPayload.OfOutcome> OF_OUTCOME = payload(EventPayload.OfOutcome.class,
      "outcome", EventPayload.OfOutcome::outcome, ServiceCodecs.OUTCOME, EventPayload.OfOutcome::new);

  /** {@link EventPayload.OfFund}. */
  public static final ObjectCodec<EventPayload.OfFund> OF_FUND = ofFund();

  /** {@link EventPayload.OfFundEntry}. */
  public static final ObjectCodec<EventPayload.OfFundEntry> OF_FUND_ENTRY = payload(EventPayload.OfFundEntry.class,
      "entry", EventPayload.OfFundEntry::entry, FundCodecs.LEDGER_ENTRY, EventPayload.OfFundEntry::new);

  /** {@link EventPayload.OfPledge}. */
  public static final ObjectCodec<EventPayload.OfPledge> OF_PLEDGE = payload(EventPayload.OfPledge.class,
      "pledge", EventPayload.OfPledge::pledge, FundCodecs.PLEDGE, EventPayload.OfPledge::new);

  /** {@link EventPayload}: the record an event added, tagged by {@code "type"}. */
  public static final UnionCodec<EventPayload> EVENT_PAYLOAD = UnionCodec.builder(EventPayload.class, "type")
      .describe("The record a simulation event added to a list, carried whole so that the log rebuilds the five "
          + "lists and the fund's books.")
      .variant("demand", EventPayload.OfDemand.class, OF_DEMAND)
      .variant("resource", EventPayload.OfResource.class, OF_RESOURCE)
      .variant("project", EventPayload.OfProject.class, OF_PROJECT)
      .variant("service", EventPayload.OfService.class, OF_SERVICE)
      .variant("outcome", EventPayload.OfOutcome.class, OF_OUTCOME)
      .variant("fund", EventPayload.OfFund.class, OF_FUND)
      .variant("fundEntry", EventPayload.OfFundEntry.class, OF_FUND_ENTRY)
      .variant("pledge", EventPayload.OfPledge.class, OF_PLEDGE)
      .build();

  /** {@link SimulationEvent}. */
  public static final ObjectCodec<SimulationEvent> SIMULATION_EVENT = simulationEvent();

  private static final EventLogTable LOG_TABLE = new EventLogTable();

  /** The event log file without its envelope: the run, then the events. */
  public static final ObjectCodec<EventLog> EVENT_LOG = LOG_TABLE.codec;

  /** The event log's slots before its events, for the streaming header. */
  static final EventLogTable LOG = LOG_TABLE;

  private static ObjectCodec<IntRange> intRange() {
    ObjectCodec.Builder<IntRange> b = ObjectCodec.builder(IntRange.class)
        .describe("A range of whole numbers a simulation draws from uniformly, min and max included.");
    Slot<Integer> min = b.required("min", IntRange::min, Codecs.integer(0, Integer.MAX_VALUE));
    Slot<Integer> max = b.required("max", IntRange::max, Codecs.integer(0, Integer.MAX_VALUE));
    return b.build(v -> new IntRange(v.get(min), v.get(max)));
  }

  private static ObjectCodec<MoneyRange> moneyRange() {
    ObjectCodec.Builder<MoneyRange> b = ObjectCodec.builder(MoneyRange.class)
        .describe("A range of amounts a simulation draws from uniformly in whole yuan, min and max included.");
    Slot<Money> min = b.required("min", MoneyRange::min, ServiceCodecs.AMOUNT);
    Slot<Money> max = b.required("max", MoneyRange::max, ServiceCodecs.AMOUNT);
    return b.build(v -> new MoneyRange(v.get(min), v.get(max)));
  }

  private static ObjectCodec<RatingWeights> ratingWeights() {
    ObjectCodec.Builder<RatingWeights> b = ObjectCodec.builder(RatingWeights.class)
        .describe("How residents rate services (评价分布): the relative weights of the ratings 1 to 5, in order.");
    Slot<List<Integer>> weights = b.required("weights", RatingWeights::weights, Codecs.list(WEIGHT));
    return b.build(v -> new RatingWeights(v.get(weights)));
  }

  private static ObjectCodec<DemandStream> demandStream() {
    ObjectCodec.Builder<DemandStream> b = ObjectCodec.builder(DemandStream.class)
        .describe("How demands of one category arrive (需求发生率): per node of a grid level, in thousandths a day.");
    Slot<String> category = b.required("category", DemandStream::category, CATEGORY);
    Slot<String> level = b.required("level", DemandStream::level, LEVEL);
    Slot<Integer> rate = b.required("milliPerDay", DemandStream::milliPerDay, MILLI_PER_DAY);
    Slot<Set<String>> caps = b.defaulted("capabilities", DemandStream::capabilities, Codecs.set(CATEGORY), Set.of());
    Slot<Pillar> pillar = b.required("pillar", DemandStream::pillar, ValueCodecs.PILLAR);
    Slot<DemandSource> source = b.required("source", DemandStream::source, ServiceCodecs.DEMAND_SOURCE);
    Slot<Map<Urgency, Integer>> urgency = b.required("urgencyWeights", DemandStream::urgencyWeights,
        Codecs.map(ServiceCodecs.URGENCY, WEIGHT));
    Slot<IntRange> people = b.required("beneficiaries", DemandStream::beneficiaries, INT_RANGE);
    Slot<Integer> window = b.required("windowDays", DemandStream::windowDays, Codecs.integer(1, 366));
    Slot<Optional<GridId>> within = b.optional("within", DemandStream::within, GridCodecs.GRID_ID);
    return b.build(v -> new DemandStream(v.get(category), v.get(level), v.get(rate), v.get(caps), v.get(pillar),
        v.get(source), v.get(urgency), v.get(people), v.get(window), v.get(within)));
  }

  private static ObjectCodec<DonationStream> donationStream() {
    ObjectCodec.Builder<DonationStream> b = ObjectCodec.builder(DonationStream.class)
        .describe("How donations of one channel come in (捐赠发生率), to the fund as a whole, in thousandths a day.");
    Slot<io.github.jiceng.governance.model.fund.DonationChannel> channel = b.required("channel",
        DonationStream::channel, FundCodecs.DONATION_CHANNEL);
    Slot<Integer> rate = b.required("milliPerDay", DonationStream::milliPerDay, MILLI_PER_DAY);
    Slot<MoneyRange> amount = b.required("amount", DonationStream::amount, MONEY_RANGE);
    Slot<Optional<OutflowCategory>> earmark = b.optional("earmark", DonationStream::earmark,
        FundCodecs.OUTFLOW_CATEGORY);
    return b.build(v -> new DonationStream(v.get(channel), v.get(rate), v.get(amount), v.get(earmark)));
  }

  private static ObjectCodec<DisbursementStream> disbursementStream() {
    ObjectCodec.Builder<DisbursementStream> b = ObjectCodec.builder(DisbursementStream.class)
        .describe("How requests to pay out of the fund of one category come in (支出申请发生率), in thousandths a day.");
    Slot<OutflowCategory> category = b.required("category", DisbursementStream::category, FundCodecs.OUTFLOW_CATEGORY);
    Slot<Integer> rate = b.required("milliPerDay", DisbursementStream::milliPerDay, MILLI_PER_DAY);
    Slot<MoneyRange> amount = b.required("amount", DisbursementStream::amount, MONEY_RANGE);
    return b.build(v -> new DisbursementStream(v.get(category), v.get(rate), v.get(amount)));
  }

  private static ObjectCodec<ClueStream> clueStream() {
    ObjectCodec.Builder<ClueStream> b = ObjectCodec.builder(ClueStream.class)
        .describe("How issue clues come in and are worked (问题线索发生率), per node of a grid level.");
    Slot<String> level = b.required("level", ClueStream::level, LEVEL);
    Slot<Integer> rate = b.required("milliPerDay", ClueStream::milliPerDay, MILLI_PER_DAY);
    Slot<List<ClueCategory>> categories = b.required("categories", ClueStream::categories,
        Codecs.list(ClueCodecs.CLUE_CATEGORY));
    Slot<Integer> topics = b.required("topicsPerCategory", ClueStream::topicsPerCategory, Codecs.integer(1, 1000));
    Slot<Integer> reject = b.required("rejectPerMille", ClueStream::rejectPerMille, PER_MILLE);
    Slot<Map<ImplementationMode, Integer>> modes = b.required("modeWeights", ClueStream::modeWeights,
        Codecs.map(ClueCodecs.IMPLEMENTATION_MODE, WEIGHT));
    Slot<MoneyRange> cost = b.required("cost", ClueStream::cost, MONEY_RANGE);
    Slot<IntRange> people = b.required("beneficiaries", ClueStream::beneficiaries, INT_RANGE);
    Slot<IntRange> days = b.required("daysToComplete", ClueStream::daysToComplete, INT_RANGE);
    Slot<Optional<GridId>> within = b.optional("within", ClueStream::within, GridCodecs.GRID_ID);
    return b.build(v -> new ClueStream(v.get(level), v.get(rate), v.get(categories), v.get(topics), v.get(reject),
        v.get(modes), v.get(cost), v.get(people), v.get(days), v.get(within)));
  }

  private static ObjectCodec<ProposalStream> proposalStream() {
    ObjectCodec.Builder<ProposalStream> b = ObjectCodec.builder(ProposalStream.class)
        .describe("How proposals come in and are handled (提案发生率), per node of a grid level.");
    Slot<String> level = b.required("level", ProposalStream::level, LEVEL);
    Slot<Integer> rate = b.required("milliPerDay", ProposalStream::milliPerDay, MILLI_PER_DAY);
    Slot<Integer> deputy = b.required("viaDeputyPerMille", ProposalStream::viaDeputyPerMille, PER_MILLE);
    Slot<Integer> handling = b.required("handlingPerMille", ProposalStream::handlingPerMille, PER_MILLE);
    Slot<Integer> reject = b.required("rejectPerMille", ProposalStream::rejectPerMille, PER_MILLE);
    Slot<Integer> rated = b.required("ratedPerMille", ProposalStream::ratedPerMille, PER_MILLE);
    Slot<Integer> dissatisfied = b.required("dissatisfiedPerMille", ProposalStream::dissatisfiedPerMille, PER_MILLE);
    Slot<Optional<GridId>> within = b.optional("within", ProposalStream::within, GridCodecs.GRID_ID);
    // absent when 0, so files from before referrals read and write as they were
    Slot<Optional<Integer>> refer = b.optional("referPerMille",
        s -> s.referPerMille() == 0 ? Optional.empty() : Optional.of(s.referPerMille()), PER_MILLE);
    return b.build(v -> new ProposalStream(v.get(level), v.get(rate), v.get(deputy), v.get(handling), v.get(reject),
        v.get(rated), v.get(dissatisfied), v.get(within), v.get(refer).orElse(0)));
  }

  private static ObjectCodec<AbsenceStream> absenceStream() {
    ObjectCodec.Builder<AbsenceStream> b = ObjectCodec.builder(AbsenceStream.class)
        .describe("How post holders go away (缺岗发生率): the chance a day, per mille, and the length in days.");
    Slot<Integer> chance = b.required("perMillePerDay", AbsenceStream::perMillePerDay, PER_MILLE);
    Slot<IntRange> days = b.required("days", AbsenceStream::days, INT_RANGE);
    return b.build(v -> new AbsenceStream(v.get(chance), v.get(days)));
  }

  private static ObjectCodec<io.github.jiceng.governance.sim.model.VolunteerStream> volunteerStream() {
    ObjectCodec.Builder<io.github.jiceng.governance.sim.model.VolunteerStream> b =
        ObjectCodec.builder(io.github.jiceng.governance.sim.model.VolunteerStream.class)
            .describe("How volunteers serve (志愿服务发生率): the chance a day, minutes, days until the record is entered.");
    Slot<Integer> chance = b.required("perMillePerDay",
        io.github.jiceng.governance.sim.model.VolunteerStream::perMillePerDay, PER_MILLE);
    Slot<IntRange> minutes = b.required("minutes", io.github.jiceng.governance.sim.model.VolunteerStream::minutes,
        INT_RANGE);
    Slot<IntRange> delay = b.required("recordingDelayDays",
        io.github.jiceng.governance.sim.model.VolunteerStream::recordingDelayDays, INT_RANGE);
    return b.build(v -> new io.github.jiceng.governance.sim.model.VolunteerStream(v.get(chance),
        v.get(minutes), v.get(delay)));
  }

  private static ObjectCodec<CheckInStream> checkInStream() {
    ObjectCodec.Builder<CheckInStream> b = ObjectCodec.builder(CheckInStream.class)
        .describe("How liaisons check in (打卡发生率): in thousandths a day each, and the share that is anomalous.");
    Slot<Integer> rate = b.required("milliPerDay", CheckInStream::milliPerDay, MILLI_PER_DAY);
    Slot<Integer> anomaly = b.required("anomalyPerMille", CheckInStream::anomalyPerMille, PER_MILLE);
    return b.build(v -> new CheckInStream(v.get(rate), v.get(anomaly)));
  }

  private static ObjectCodec<SimulationParameters> simulationParameters() {
    SimulationParameters d = SimulationParameters.builder().start(LocalDate.of(2000, 1, 1)).build();
    ObjectCodec.Builder<SimulationParameters> b = ObjectCodec.builder(SimulationParameters.class)
        .describe("How a simulated community behaves (模拟参数): when the simulation starts, how often each kind of "
            + "thing happens and how long and how well things go. Rates named milliPerDay are expected occurrences "
            + "a day in thousandths; chances named perMille are per mille.");
    Slot<LocalDate> start = b.required("start", SimulationParameters::start, Codecs.LOCAL_DATE);
    Slot<ZoneId> zone = b.defaulted("zone", SimulationParameters::zone, SharedCodecs.ZONE_ID, d.zone());
    Slot<List<DemandStream>> demands = b.defaulted("demandStreams", SimulationParameters::demandStreams,
        Codecs.list(DEMAND_STREAM), List.of());
    Slot<Integer> accept = b.defaulted("reviewAcceptPerMille", SimulationParameters::reviewAcceptPerMille, PER_MILLE,
        d.reviewAcceptPerMille());
    Slot<String> partition = b.defaulted("partitionLevel", SimulationParameters::partitionLevel, LEVEL,
        d.partitionLevel());
    Slot<List<PostKind>> handlers = b.defaulted("handlingPostKinds", SimulationParameters::handlingPostKinds,
        Codecs.list(PostCodecs.POST_KIND), List.of());
    Slot<Integer> available = b.defaulted("claimantAvailabilityPerMille",
        SimulationParameters::claimantAvailabilityPerMille, PER_MILLE, d.claimantAvailabilityPerMille());
    Slot<Money> budget = b.defaulted("purchaseBudgetPerMonth", SimulationParameters::purchaseBudgetPerMonth,
        ServiceCodecs.AMOUNT, d.purchaseBudgetPerMonth());
    Slot<IntRange> serviceDays = b.defaulted("serviceDays", SimulationParameters::serviceDays, INT_RANGE,
        d.serviceDays());
    Slot<IntRange> effort = b.defaulted("effortMinutes", SimulationParameters::effortMinutes, INT_RANGE,
        d.effortMinutes());
    Slot<RatingWeights> ratings = b.defaulted("ratings", SimulationParameters::ratings, RATING_WEIGHTS, d.ratings());
    Slot<Integer> withdraw = b.defaulted("withdrawPerMille", SimulationParameters::withdrawPerMille, PER_MILLE,
        d.withdrawPerMille());
    Slot<Integer> release = b.defaulted("releasePerMille", SimulationParameters::releasePerMille, PER_MILLE,
        d.releasePerMille());
    Slot<io.github.jiceng.governance.sim.model.VolunteerStream> volunteering = b.defaulted("volunteering",
        SimulationParameters::volunteering, VOLUNTEER_STREAM, d.volunteering());
    Slot<CheckInStream> checkIns = b.defaulted("checkIns", SimulationParameters::checkIns, CHECK_IN_STREAM,
        d.checkIns());
    Slot<List<DonationStream>> donations = b.defaulted("donations", SimulationParameters::donations,
        Codecs.list(DONATION_STREAM), List.of());
    Slot<List<DisbursementStream>> disbursements = b.defaulted("disbursements", SimulationParameters::disbursements,
        Codecs.list(DISBURSEMENT_STREAM), List.of());
    Slot<Integer> patience = b.defaulted("disbursementPatienceDays", SimulationParameters::disbursementPatienceDays,
        Codecs.integer(1, 366), d.disbursementPatienceDays());
    Slot<Optional<ClueStream>> clues = b.optional("clues", SimulationParameters::clues, CLUE_STREAM);
    Slot<Optional<ProposalStream>> proposals = b.optional("proposals", SimulationParameters::proposals,
        PROPOSAL_STREAM);
    Slot<AbsenceStream> absences = b.defaulted("absences", SimulationParameters::absences, ABSENCE_STREAM,
        d.absences());
    Slot<Integer> redemption = b.defaulted("redemptionPerMille", SimulationParameters::redemptionPerMille, PER_MILLE,
        d.redemptionPerMille());
    Slot<Optional<io.github.jiceng.governance.model.actor.PersonId>> payer = b.optional("fundPayer",
        SimulationParameters::fundPayer, ValueCodecs.PERSON_ID);
    return b.build(v -> SimulationParameters.builder().start(v.get(start)).zone(v.get(zone))
        .addAllDemandStreams(v.get(demands)).reviewAcceptPerMille(v.get(accept)).partitionLevel(v.get(partition))
        .addAllHandlingPostKinds(v.get(handlers)).claimantAvailabilityPerMille(v.get(available))
        .purchaseBudgetPerMonth(v.get(budget)).serviceDays(v.get(serviceDays)).effortMinutes(v.get(effort))
        .ratings(v.get(ratings)).withdrawPerMille(v.get(withdraw)).releasePerMille(v.get(release))
        .volunteering(v.get(volunteering)).checkIns(v.get(checkIns)).addAllDonations(v.get(donations))
        .addAllDisbursements(v.get(disbursements)).disbursementPatienceDays(v.get(patience)).clues(v.get(clues))
        .proposals(v.get(proposals)).absences(v.get(absences)).redemptionPerMille(v.get(redemption))
        .fundPayer(v.get(payer)).build());
  }

  private interface Wrap<P, V> {
    P of(V value);
  }

  private static <P, V> ObjectCodec<P> payload(Class<P> type, String property, java.util.function.Function<P, V> get,
      Codec<V> codec, Wrap<P, V> wrap) {
    ObjectCodec.Builder<P> b = ObjectCodec.builder(type)
        .describe("The " + property + " a simulation event added to its list.");
    Slot<V> value = b.required(property, get, codec);
    return b.build(v -> wrap.of(v.get(value)));
  }

  private static ObjectCodec<EventPayload.OfFund> ofFund() {
    ObjectCodec.Builder<EventPayload.OfFund> b = ObjectCodec.builder(EventPayload.OfFund.class)
        .describe("The fund a simulation opened, with the disbursement policy it pays out under.");
    Slot<io.github.jiceng.governance.model.fund.Fund> fund = b.required("fund", EventPayload.OfFund::fund,
        FundCodecs.FUND);
    Slot<io.github.jiceng.governance.model.fund.DisbursementPolicy> policy = b.required("policy",
        EventPayload.OfFund::policy, FundCodecs.DISBURSEMENT_POLICY);
    return b.build(v -> new EventPayload.OfFund(v.get(fund), v.get(policy)));
  }

  private static ObjectCodec<SimulationEvent> simulationEvent() {
    ObjectCodec.Builder<SimulationEvent> b = ObjectCodec.builder(SimulationEvent.class)
        .describe("One step of a simulation (模拟事件), taken or refused: its place in the log, the day and instant, "
            + "what happened, who, where, under which scoped action, on which records, why, and what it added.");
    Slot<Long> sequence = b.required("sequence", SimulationEvent::sequence, Codecs.longInteger(1, Long.MAX_VALUE));
    Slot<Integer> day = b.required("day", SimulationEvent::day, Codecs.integer(0, Integer.MAX_VALUE));
    Slot<Instant> at = b.required("at", SimulationEvent::at, Codecs.INSTANT);
    Slot<EventKind> kind = b.required("kind", SimulationEvent::kind, EVENT_KIND);
    Slot<Optional<ActorId>> actor = b.optional("actor", SimulationEvent::actor, ActorCodecs.ACTOR_ID);
    Slot<Optional<GridId>> grid = b.optional("grid", SimulationEvent::grid, GridCodecs.GRID_ID);
    Slot<Optional<Action>> action = b.optional("action", SimulationEvent::action, AuthorityCodecs.ACTION);
    Slot<Map<String, String>> ids = b.defaulted("ids", SimulationEvent::ids, Codecs.map(
        Codecs.string().pattern("[a-z][A-Za-z]{0,31}").named("EventIdKey", "The kind of record an id names."),
        Codecs.string().pattern(IdForm.DERIVED_REGEX)), Map.of());
    Slot<String> detail = b.required("detail", SimulationEvent::detail,
        Codecs.string().length(0, SimulationEvent.MAX_DETAIL_LENGTH));
    Slot<Optional<EventPayload>> payload = b.optional("payload", SimulationEvent::payload, EVENT_PAYLOAD);
    return b.build(v -> new SimulationEvent(v.get(sequence), v.get(day), v.get(at), v.get(kind), v.get(actor),
        v.get(grid), v.get(action), new TreeMap<>(v.get(ids)), v.get(detail), v.get(payload)));
  }

  /**
   * An event log as one value: the run it is a log of, then its events.
   *
   * @param run the run
   * @param events the events, in order
   */
  public record EventLog(SimulationRun run, List<SimulationEvent> events) {

    /** Copies the events. */
    public EventLog {
      events = List.copyOf(events);
    }
  }

  /** The event log's table and the slots its streaming form needs. */
  static final class EventLogTable {
    final Slot<String> scenario;
    final Slot<Long> seed;
    final Slot<Integer> days;
    final Slot<LocalDate> start;
    final Slot<ZoneId> zone;
    final Slot<MatchingMode> matching;
    final Slot<GridId> reportRoot;
    final Slot<GridHierarchy> hierarchy;
    final Slot<List<SimulationEvent>> events;
    final ObjectCodec<EventLog> codec;

    EventLogTable() {
      ObjectCodec.Builder<EventLog> b = ObjectCodec.builder(EventLog.class).named("SimulationEvents")
          .describe("The event log of one simulation run (模拟事件日志): which run, then every event in order.");
      scenario = b.required("scenario", l -> l.run().scenario(), Codecs.string().length(1, 100));
      seed = b.required("seed", l -> l.run().seed(), Codecs.longInteger(Long.MIN_VALUE, Long.MAX_VALUE));
      days = b.required("days", l -> l.run().days(), Codecs.integer(1, 3660));
      start = b.required("start", l -> l.run().start(), Codecs.LOCAL_DATE);
      zone = b.required("zone", l -> l.run().zone(), SharedCodecs.ZONE_ID);
      matching = b.required("matching", l -> l.run().matching(), MatchingCodecs.MATCHING_MODE);
      reportRoot = b.required("reportRoot", l -> l.run().reportRoot(), GridCodecs.GRID_ID);
      hierarchy = b.required("hierarchy", l -> l.run().hierarchy(), GridCodecs.GRID_HIERARCHY);
      events = b.required("events", EventLog::events, Codecs.list(SIMULATION_EVENT));
      codec = b.build(v -> new EventLog(run(v), v.get(events)));
    }

    SimulationRun run(Values v) {
      return new SimulationRun(v.get(scenario), v.get(seed), v.get(days), v.get(start), v.get(zone), v.get(matching),
          v.get(reportRoot), v.get(hierarchy));
    }

    void header(SimulationRun run, RecordFormat.Header out) {
      out.put(scenario, run.scenario()).put(seed, run.seed()).put(days, run.days()).put(start, run.start())
          .put(zone, run.zone()).put(matching, run.matching()).put(reportRoot, run.reportRoot())
          .put(hierarchy, run.hierarchy());
    }
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(INT_RANGE, MONEY_RANGE, RATING_WEIGHTS, DEMAND_STREAM, DONATION_STREAM, DISBURSEMENT_STREAM,
        CLUE_STREAM, PROPOSAL_STREAM, ABSENCE_STREAM, VOLUNTEER_STREAM, CHECK_IN_STREAM, SIMULATION_PARAMETERS,
        EVENT_KIND, EVENT_PAYLOAD, SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfDemand.class),
        SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfResource.class),
        SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfProject.class),
        SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfService.class),
        SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfOutcome.class),
        SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfFund.class),
        SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfFundEntry.class),
        SubtypeCodec.of(EVENT_PAYLOAD, EventPayload.OfPledge.class), SIMULATION_EVENT);
  }
}
