package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Cap;
import io.github.jiceng.governance.model.points.CapPeriod;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.Deduction;
import io.github.jiceng.governance.model.points.DeductionRule;
import io.github.jiceng.governance.model.points.EarnerType;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.model.points.StarGrade;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bindings of red-star points (闪闪红星积分): points, ids, the policy with its earning rules,
 * caps, deductions, expiry and grades, the service catalogue, contributions and the four kinds of
 * ledger entry.
 */
public final class PointsCodecs {

  private PointsCodecs() {}

  /** {@link Points} in entries, rules and offers: a whole number, never negative. */
  public static final MappedCodec<Long, Points> POINTS = MappedCodec.of(Points.class,
      Codecs.longInteger(0, Long.MAX_VALUE), Points::of, Points::value, "valid-points");

  /** {@link Points} on its own (a difference may be negative), as the Jackson module binds it. */
  public static final MappedCodec<Long, Points> SIGNED_POINTS = MappedCodec.of(Points.class,
      Codecs.longInteger(Long.MIN_VALUE, Long.MAX_VALUE), Points::of, Points::value, "valid-points");

  /** The points {@link EntryId}: up to 160 characters, as expiries compose theirs. */
  public static final TextCodec<EntryId> ENTRY_ID = Codecs.text(EntryId.class,
      "The id of a points ledger entry (积分流水号), 1-160 characters; the key of idempotency.",
      EntryId::of, EntryId::value).pattern(IdForm.DERIVED_REGEX).named("PointsEntryId");

  /** {@link RuleId} as its text, such as {@code "volunteer-hours"}. */
  public static final TextCodec<RuleId> RULE_ID = Codecs.text(RuleId.class,
      "The id of an earning or deduction rule of a points policy (积分项/扣分项).", RuleId::of, RuleId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link OfferId} as its text, such as {@code "physiotherapy"}. */
  public static final TextCodec<OfferId> OFFER_ID = Codecs.text(OfferId.class,
      "The id of a service in the red-star catalogue (可兑换服务).", OfferId::of, OfferId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link CapPeriod} by name. */
  public static final EnumCodec<CapPeriod> CAP_PERIOD = Codecs.enumeration(CapPeriod.class,
      "A calendar period in the policy's zone over which caps and limits count (自然日/月/年).");

  /** {@link ContributionKind} by name. */
  public static final EnumCodec<ContributionKind> CONTRIBUTION_KIND = Codecs.enumeration(ContributionKind.class,
      "What a contribution was (贡献类型), and so how it is measured.");

  /** {@link ContributionKind.Measure} by name. */
  public static final EnumCodec<ContributionKind.Measure> MEASURE = Codecs.enumeration(
      ContributionKind.Measure.class, "How a contribution's size is measured: HOURS, OCCURRENCES or AMOUNT.")
      .named("ContributionMeasure");

  /** {@link EarnerType} by name. */
  public static final EnumCodec<EarnerType> EARNER_TYPE = Codecs.enumeration(EarnerType.class,
      "Who may earn under a rule: people (个人) or units (单位).");

  /** {@link ExpiryPolicy.Unit} by name. */
  public static final EnumCodec<ExpiryPolicy.Unit> EXPIRY_UNIT = Codecs.enumeration(ExpiryPolicy.Unit.class,
      "The calendar unit an expiry counts in, or NEVER.").named("ExpiryUnit");

  /** A {@link RoundingMode} by name, such as {@code "HALF_UP"}. */
  static final EnumCodec<RoundingMode> ROUNDING = Codecs.enumeration(RoundingMode.class,
      "How a fractional number of points is rounded to a whole one.");

  /** An urgency or difficulty level, such as {@code "URGENT"}: the keys of multiplier tables. */
  static final StringCodec LEVEL = Codecs.string().pattern(SharedCodecs.KEY_FORM)
      .named("LevelOfContribution", "An urgency or difficulty level of a contribution, such as URGENT or LARGE.");

  /** A rating written as a property name, {@code "1"} to {@code "5"}. */
  private static final TextCodec<Integer> RATING_KEY = Codecs.text(Integer.class, PointsCodecs::parseRating,
      String::valueOf).pattern("[1-5]");

  private static final Codec<Integer> MULTIPLIER = Codecs.integer(0, 100_000);

  /** {@link Cap} as {@code {"period", "limit"}}. */
  public static final ObjectCodec<Cap> CAP = cap();

  /** {@link DeductionRule} as {@code {"id", "name", "points", "forfeitAll"}}. */
  public static final ObjectCodec<DeductionRule> DEDUCTION_RULE = deductionRule();

  /** {@link StarGrade} as {@code {"key", "name", "threshold"}}. */
  public static final ObjectCodec<StarGrade> STAR_GRADE = starGrade();

  /** {@link ExpiryPolicy} as {@code {"unit", "count"}}. */
  public static final ObjectCodec<ExpiryPolicy> EXPIRY_POLICY = expiryPolicy();

  /** {@link EarningRule}: the rule's measures, multiplier tables and caps. */
  public static final ObjectCodec<EarningRule> EARNING_RULE = earningRule();

  /** {@link PointsPolicy}: name, version, zone, rounding, rules, caps, expiry and grades. */
  public static final ObjectCodec<PointsPolicy> POINTS_POLICY = pointsPolicy();

  /** {@link ServiceOffer}: a service points are redeemed for. */
  public static final ObjectCodec<ServiceOffer> SERVICE_OFFER = serviceOffer();

  /** {@link ServiceCatalogue} as {@code {"offers": [...]}}. */
  public static final ObjectCodec<ServiceCatalogue> SERVICE_CATALOGUE = serviceCatalogue();

  /** {@link Contribution}: who, what kind, when, and its measures. */
  public static final ObjectCodec<Contribution> CONTRIBUTION = contribution();

  /** {@link Award}, without its discriminator. */
  public static final ObjectCodec<Award> AWARD = award();

  /** {@link Redemption}, without its discriminator. */
  public static final ObjectCodec<Redemption> REDEMPTION = redemption();

  /** {@link Expiry}, without its discriminator. */
  public static final ObjectCodec<Expiry> EXPIRY = expiry();

  /** {@link Deduction}, without its discriminator. */
  public static final ObjectCodec<Deduction> DEDUCTION = deduction();

  /**
   * {@link LedgerEntry} as one object with {@code "type"}: {@code award}, {@code redemption},
   * {@code expiry} or {@code deduction}.
   */
  public static final UnionCodec<LedgerEntry> LEDGER_ENTRY = UnionCodec.builder(LedgerEntry.class, "type")
      .named("PointsLedgerEntry")
      .describe("One entry of a points ledger (积分流水): an award, a redemption, an expiry or a deduction.")
      .variant("award", Award.class, AWARD)
      .variant("redemption", Redemption.class, REDEMPTION)
      .variant("expiry", Expiry.class, EXPIRY)
      .variant("deduction", Deduction.class, DEDUCTION)
      .build();

  private static final LedgerTable LEDGER = new LedgerTable();

  /** The points ledger file: the policy, then the entries. */
  static final ObjectCodec<LedgerFile<PointsPolicy, LedgerEntry>> LEDGER_FILE = LEDGER.codec;

  /** The ledger file's slot of its policy, for the streaming header. */
  static final Slot<PointsPolicy> LEDGER_POLICY = LEDGER.policy;

  /** The ledger file's slot of its entries, for streaming. */
  static final Slot<List<LedgerEntry>> LEDGER_ENTRIES = LEDGER.entries;

  private static ObjectCodec<Cap> cap() {
    ObjectCodec.Builder<Cap> b = ObjectCodec.builder(Cap.class)
        .describe("A cap (封顶): at most limit points to one member in one calendar period.");
    Slot<CapPeriod> period = b.required("period", Cap::period, CAP_PERIOD);
    Slot<Points> limit = b.required("limit", Cap::limit, POINTS);
    return b.build(v -> new Cap(v.get(period), v.get(limit)));
  }

  private static ObjectCodec<DeductionRule> deductionRule() {
    ObjectCodec.Builder<DeductionRule> b = ObjectCodec.builder(DeductionRule.class)
        .describe("A deduction for a violation (扣分项): its points, or the whole balance (清零) with forfeitAll.");
    Slot<RuleId> id = b.required("id", DeductionRule::id, RULE_ID);
    Slot<String> name = b.required("name", DeductionRule::name, Codecs.string().length(1, 100));
    Slot<Points> points = b.defaulted("points", DeductionRule::points, POINTS, Points.ZERO);
    Slot<Boolean> forfeitAll = b.defaulted("forfeitAll", DeductionRule::forfeitAll, Codecs.bool(), false);
    return b.build(v -> new DeductionRule(v.get(id), v.get(name), v.get(points), v.get(forfeitAll)));
  }

  private static ObjectCodec<StarGrade> starGrade() {
    ObjectCodec.Builder<StarGrade> b = ObjectCodec.builder(StarGrade.class)
        .describe("A red-star grade (星级), reached when the points earned in a calendar year reach the threshold.");
    Slot<String> key = b.required("key", StarGrade::key, Codecs.string().pattern(ValueCodecs.ID_FORM));
    Slot<String> name = b.required("name", StarGrade::name, Codecs.string().length(1, 40));
    Slot<Points> threshold = b.required("threshold", StarGrade::threshold, POINTS);
    return b.build(v -> new StarGrade(v.get(key), v.get(name), v.get(threshold)));
  }

  private static ObjectCodec<ExpiryPolicy> expiryPolicy() {
    ObjectCodec.Builder<ExpiryPolicy> b = ObjectCodec.builder(ExpiryPolicy.class)
        .describe("When awarded points expire (有效期): never (count 0), or count calendar months or years after "
            + "the one they were awarded in.");
    Slot<ExpiryPolicy.Unit> unit = b.required("unit", ExpiryPolicy::unit, EXPIRY_UNIT);
    Slot<Integer> count = b.defaulted("count", ExpiryPolicy::count, Codecs.integer(0, 1200), 0);
    return b.build(v -> new ExpiryPolicy(v.get(unit), v.get(count)));
  }

  private static ObjectCodec<EarningRule> earningRule() {
    ObjectCodec.Builder<EarningRule> b = ObjectCodec.builder(EarningRule.class)
        .describe("How one kind of contribution earns points (积分项): basePoints per hour, occurrence or amount "
            + "unit, times the multipliers in per mille, cut to the caps.");
    Slot<RuleId> id = b.required("id", EarningRule::id, RULE_ID);
    Slot<String> name = b.required("name", EarningRule::name, Codecs.string().length(1, 100));
    Slot<ContributionKind> kind = b.required("kind", EarningRule::kind, CONTRIBUTION_KIND);
    Slot<Set<EarnerType>> earners = b.defaulted("earners", EarningRule::earners, Codecs.set(EARNER_TYPE), Set.of());
    Slot<Pillar> pillar = b.defaulted("pillar", EarningRule::pillar, ValueCodecs.PILLAR, Pillar.SERVICE_SHARING);
    Slot<Long> basePoints = b.required("basePoints", EarningRule::basePoints, Codecs.longInteger(1, 1_000_000));
    Slot<Optional<Money>> amountUnit = b.optional("amountUnit", EarningRule::amountUnit, SharedCodecs.AMOUNT);
    Slot<Optional<Duration>> minimum = b.optional("minimumDuration", EarningRule::minimumDuration, Codecs.DURATION);
    Slot<Optional<Duration>> step = b.optional("durationStep", EarningRule::durationStep, Codecs.DURATION);
    Slot<Optional<Duration>> maximum = b.optional("maximumDuration", EarningRule::maximumDuration, Codecs.DURATION);
    // a rule keeps its multipliers in the order they were put, which Map.of leaves to chance: write them sorted
    Slot<Map<String, Integer>> urgency = b.defaulted("urgencyMultipliers", r -> new TreeMap<>(r.urgencyMultipliers()),
        Codecs.map(LEVEL, MULTIPLIER), Map.of());
    Slot<Map<String, Integer>> difficulty = b.defaulted("difficultyMultipliers",
        r -> new TreeMap<>(r.difficultyMultipliers()), Codecs.map(LEVEL, MULTIPLIER), Map.of());
    Slot<Map<Integer, Integer>> rating = b.defaulted("ratingMultipliers", r -> new TreeMap<>(r.ratingMultipliers()),
        Codecs.map(RATING_KEY, MULTIPLIER), Map.of());
    Slot<List<Cap>> caps = b.defaulted("caps", EarningRule::caps, Codecs.list(CAP), List.of());
    b.locate((violation, values) -> violation.field().equals("duration") ? firstDuration(values, minimum, step,
        maximum) : null);
    return b.build(v -> EarningRule.builder().id(v.get(id)).name(v.get(name)).kind(v.get(kind))
        .addAllEarners(v.get(earners)).pillar(v.get(pillar)).basePoints(v.get(basePoints))
        .amountUnit(v.get(amountUnit)).minimumDuration(v.get(minimum)).durationStep(v.get(step))
        .maximumDuration(v.get(maximum)).putAllUrgencyMultipliers(v.get(urgency))
        .putAllDifficultyMultipliers(v.get(difficulty)).putAllRatingMultipliers(v.get(rating))
        .addAllCaps(v.get(caps)).build());
  }

  /** Points a violation of "the durations" at the first duration given. */
  private static String firstDuration(Values values, Slot<Optional<Duration>> minimum, Slot<Optional<Duration>> step,
      Slot<Optional<Duration>> maximum) {
    for (Slot<Optional<Duration>> s : List.of(minimum, step, maximum)) {
      if (values.peek(s).isPresent()) {
        return Pointers.segment(s.name());
      }
    }
    return "";
  }

  private static ObjectCodec<PointsPolicy> pointsPolicy() {
    ObjectCodec.Builder<PointsPolicy> b = ObjectCodec.builder(PointsPolicy.class)
        .describe("One district's red-star points scheme (积分规则), versioned: earning rules, deductions, caps per "
            + "member, rounding, expiry and grades, in one time zone.");
    Slot<String> name = b.required("name", PointsPolicy::name, Codecs.string().pattern(ValueCodecs.ID_FORM));
    Slot<Integer> version = b.required("version", PointsPolicy::version, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<ZoneId> zone = b.required("zone", PointsPolicy::zone, SharedCodecs.ZONE_ID);
    Slot<RoundingMode> rounding = b.defaulted("rounding", PointsPolicy::rounding, ROUNDING, RoundingMode.HALF_UP);
    Slot<List<EarningRule>> earning = b.defaulted("earningRules", PointsPolicy::earningRules,
        Codecs.list(EARNING_RULE), List.of());
    Slot<List<DeductionRule>> deduction = b.defaulted("deductionRules", PointsPolicy::deductionRules,
        Codecs.list(DEDUCTION_RULE), List.of());
    Slot<List<Cap>> memberCaps = b.defaulted("memberCaps", PointsPolicy::memberCaps, Codecs.list(CAP), List.of());
    Slot<ExpiryPolicy> expiry = b.required("expiry", PointsPolicy::expiry, EXPIRY_POLICY);
    Slot<List<StarGrade>> grades = b.defaulted("grades", PointsPolicy::grades, Codecs.list(STAR_GRADE), List.of());
    return b.build(v -> PointsPolicy.builder().name(v.get(name)).version(v.get(version)).zone(v.get(zone))
        .rounding(v.get(rounding)).addAllEarningRules(v.get(earning)).addAllDeductionRules(v.get(deduction))
        .addAllMemberCaps(v.get(memberCaps)).expiry(v.get(expiry)).addAllGrades(v.get(grades)).build());
  }

  private static ObjectCodec<ServiceOffer> serviceOffer() {
    ObjectCodec.Builder<ServiceOffer> b = ObjectCodec.builder(ServiceOffer.class)
        .describe("A service that points are redeemed for (可兑换服务), with its price, stock and limit per member.");
    Slot<OfferId> id = b.required("id", ServiceOffer::id, OFFER_ID);
    Slot<String> name = b.required("name", ServiceOffer::name, Codecs.string().length(1, 100));
    Slot<Optional<OrganizationId>> provider = b.optional("provider", ServiceOffer::provider,
        ValueCodecs.ORGANIZATION_ID);
    Slot<Points> price = b.required("price", ServiceOffer::price, POINTS);
    Slot<Optional<Long>> stock = b.optional("stock", o -> Optionals.boxed(o.stock()),
        Codecs.longInteger(0, Long.MAX_VALUE));
    Slot<Optional<Integer>> limit = b.optional("perMemberLimit", o -> Optionals.boxed(o.perMemberLimit()),
        Codecs.integer(1, Integer.MAX_VALUE));
    Slot<CapPeriod> period = b.defaulted("limitPeriod", ServiceOffer::limitPeriod, CAP_PERIOD, CapPeriod.YEAR);
    return b.build(v -> ServiceOffer.builder().id(v.get(id)).name(v.get(name)).provider(v.get(provider))
        .price(v.get(price)).stock(Optionals.unboxedLong(v.get(stock)))
        .perMemberLimit(Optionals.unboxedInt(v.get(limit))).limitPeriod(v.get(period)).build());
  }

  private static ObjectCodec<ServiceCatalogue> serviceCatalogue() {
    ObjectCodec.Builder<ServiceCatalogue> b = ObjectCodec.builder(ServiceCatalogue.class)
        .describe("The services red-star points are redeemed for (服务目录), in order; ids unique.");
    Slot<List<ServiceOffer>> offers = b.required("offers", ServiceCatalogue::offers, Codecs.list(SERVICE_OFFER));
    return b.build(v -> new ServiceCatalogue(v.get(offers)));
  }

  private static ObjectCodec<Contribution> contribution() {
    ObjectCodec.Builder<Contribution> b = ObjectCodec.builder(Contribution.class)
        .describe("One contribution that may earn points (贡献): who, what kind, when, and its measures.");
    Slot<EntryId> id = b.required("id", Contribution::id, ENTRY_ID);
    Slot<ActorId> actor = b.required("actor", Contribution::actor, SharedCodecs.ACTOR_ID);
    Slot<ContributionKind> kind = b.required("kind", Contribution::kind, CONTRIBUTION_KIND);
    Slot<Instant> occurredAt = b.required("occurredAt", Contribution::occurredAt, Codecs.INSTANT);
    Slot<Optional<Duration>> duration = b.optional("duration", Contribution::duration, Codecs.DURATION);
    Slot<Integer> count = b.defaulted("count", Contribution::count, Codecs.integer(1, 1_000_000), 1);
    Slot<Optional<Money>> amount = b.optional("amount", Contribution::amount, SharedCodecs.AMOUNT);
    Slot<Optional<Integer>> rating = b.optional("rating", c -> Optionals.boxed(c.rating()), Codecs.integer(1, 5));
    Slot<Optional<String>> urgency = b.optional("urgency", Contribution::urgency, LEVEL);
    Slot<Optional<String>> difficulty = b.optional("difficulty", Contribution::difficulty, LEVEL);
    Slot<Optional<String>> reference = b.optional("reference", Contribution::reference,
        Codecs.string().length(1, Contribution.MAX_REFERENCE_LENGTH));
    return b.build(v -> Contribution.builder().id(v.get(id)).actor(v.get(actor)).kind(v.get(kind))
        .occurredAt(v.get(occurredAt)).duration(v.get(duration)).count(v.get(count)).amount(v.get(amount))
        .rating(Optionals.unboxedInt(v.get(rating))).urgency(v.get(urgency)).difficulty(v.get(difficulty))
        .reference(v.get(reference)).build());
  }

  private static ObjectCodec<Award> award() {
    ObjectCodec.Builder<Award> b = ObjectCodec.builder(Award.class)
        .describe("Points awarded for a contribution (积分奖励), with the rule, the policy version, the points "
            + "before and after the caps, and the arithmetic.");
    Slot<Contribution> contribution = b.required("contribution", Award::contribution, CONTRIBUTION);
    Slot<Instant> at = b.required("at", Award::at, Codecs.INSTANT);
    Slot<Points> points = b.required("points", Award::points, POINTS);
    Slot<Points> requested = b.required("requested", Award::requested, POINTS);
    Slot<RuleId> rule = b.required("rule", Award::rule, RULE_ID);
    Slot<String> policy = b.required("policy", Award::policy, Codecs.string());
    Slot<String> arithmetic = b.required("arithmetic", Award::arithmetic, Codecs.string());
    return b.build(v -> new Award(v.get(contribution), v.get(at), v.get(points), v.get(requested), v.get(rule),
        v.get(policy), v.get(arithmetic)));
  }

  private static ObjectCodec<Redemption> redemption() {
    ObjectCodec.Builder<Redemption> b = ObjectCodec.builder(Redemption.class)
        .describe("Points spent on a service from the catalogue (积分兑换).");
    Slot<EntryId> id = b.required("id", Redemption::id, ENTRY_ID);
    Slot<ActorId> actor = b.required("actor", Redemption::actor, SharedCodecs.ACTOR_ID);
    Slot<Instant> at = b.required("at", Redemption::at, Codecs.INSTANT);
    Slot<OfferId> service = b.required("service", Redemption::service, OFFER_ID);
    Slot<Integer> quantity = b.required("quantity", Redemption::quantity, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<Points> points = b.required("points", Redemption::points, POINTS);
    return b.build(v -> new Redemption(v.get(id), v.get(actor), v.get(at), v.get(service), v.get(quantity),
        v.get(points)));
  }

  private static ObjectCodec<Expiry> expiry() {
    ObjectCodec.Builder<Expiry> b = ObjectCodec.builder(Expiry.class)
        .describe("Points that expired (积分过期), booked at the boundary instant.");
    Slot<EntryId> id = b.required("id", Expiry::id, ENTRY_ID);
    Slot<ActorId> actor = b.required("actor", Expiry::actor, SharedCodecs.ACTOR_ID);
    Slot<Instant> at = b.required("at", Expiry::at, Codecs.INSTANT);
    Slot<Points> points = b.required("points", Expiry::points, POINTS);
    Slot<String> reason = b.required("reason", Expiry::reason, Codecs.string());
    return b.build(v -> new Expiry(v.get(id), v.get(actor), v.get(at), v.get(points), v.get(reason)));
  }

  private static ObjectCodec<Deduction> deduction() {
    ObjectCodec.Builder<Deduction> b = ObjectCodec.builder(Deduction.class)
        .describe("Points taken for a violation (扣分): the rule's points, or the balance if smaller.");
    Slot<EntryId> id = b.required("id", Deduction::id, ENTRY_ID);
    Slot<ActorId> actor = b.required("actor", Deduction::actor, SharedCodecs.ACTOR_ID);
    Slot<Instant> at = b.required("at", Deduction::at, Codecs.INSTANT);
    Slot<RuleId> rule = b.required("rule", Deduction::rule, RULE_ID);
    Slot<Points> requested = b.required("requested", Deduction::requested, POINTS);
    Slot<Points> points = b.required("points", Deduction::points, POINTS);
    Slot<String> note = b.required("note", Deduction::note, Codecs.string().personal(SharedCodecs::hidden));
    return b.build(v -> new Deduction(v.get(id), v.get(actor), v.get(at), v.get(rule), v.get(requested),
        v.get(points), v.get(note)));
  }

  /** The ledger file's table and the slots its streaming form needs. */
  private static final class LedgerTable {
    final Slot<PointsPolicy> policy;
    final Slot<List<LedgerEntry>> entries;
    final ObjectCodec<LedgerFile<PointsPolicy, LedgerEntry>> codec;

    LedgerTable() {
      ObjectCodec.Builder<LedgerFile<PointsPolicy, LedgerEntry>> b =
          ObjectCodec.builder(LedgerFile.<PointsPolicy, LedgerEntry>type()).named("PointsLedger")
              .describe("A points ledger (积分台账): the policy it is kept under, then its entries in order.");
      policy = b.required("policy", LedgerFile::header, POINTS_POLICY);
      entries = b.required("entries", LedgerFile::entries, Codecs.list(LEDGER_ENTRY));
      codec = b.build(v -> new LedgerFile<>(v.get(policy), v.get(entries)));
    }
  }

  private static Integer parseRating(String text) {
    if (text.length() != 1 || text.charAt(0) < '1' || text.charAt(0) > '5') {
      String shown = Excerpts.of(text);
      throw new DomainValidationException(new Violation("EarningRule", "ratingMultipliers", "rating-range",
          "ratings are written 1 to 5, was '" + shown + "'").with("min", 1).with("max", 5).with("value", shown));
    }
    return text.charAt(0) - '0';
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(SIGNED_POINTS, ENTRY_ID, RULE_ID, OFFER_ID, CAP_PERIOD, CONTRIBUTION_KIND, MEASURE, EARNER_TYPE,
        EXPIRY_UNIT, CAP, DEDUCTION_RULE, STAR_GRADE, EXPIRY_POLICY, EARNING_RULE, POINTS_POLICY, SERVICE_OFFER,
        SERVICE_CATALOGUE, CONTRIBUTION, LEDGER_ENTRY, SubtypeCodec.of(LEDGER_ENTRY, Award.class),
        SubtypeCodec.of(LEDGER_ENTRY, Redemption.class), SubtypeCodec.of(LEDGER_ENTRY, Expiry.class),
        SubtypeCodec.of(LEDGER_ENTRY, Deduction.class));
  }
}
