package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.assessment.AssessmentInput;
import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.ItemScore;
import io.github.jiceng.governance.model.assessment.ItemWeight;
import io.github.jiceng.governance.model.assessment.Scorecard;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.time.Interval;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The bindings of quantitative assessment (量化考核): schemes, inputs and scorecards. */
public final class AssessmentCodecs {

  private AssessmentCodecs() {}

  /** The key of an assessment item, such as {@code "CHECK_INS"}. */
  static final StringCodec ITEM_KEY = Codecs.string().pattern(SharedCodecs.KEY_FORM)
      .named("ItemKey", "The key of an assessment item (考核项), such as CHECK_INS.");

  /** {@link ItemWeight.Basis} by name. */
  public static final EnumCodec<ItemWeight.Basis> BASIS = Codecs.enumeration(ItemWeight.Basis.class,
      "Whether an item's value is a COUNT or the AVERAGE of ratings 1-5.").named("ItemBasis");

  /** {@link ItemWeight}: an item and its weight in hundredths of a point. */
  public static final ObjectCodec<ItemWeight> ITEM_WEIGHT = itemWeight();

  /** {@link AssessmentScheme} as {@code {"name", "version", "items": [...]}}. */
  public static final ObjectCodec<AssessmentScheme> ASSESSMENT_SCHEME = assessmentScheme();

  /** {@link AssessmentInput}: one subject's counts and ratings for one period. */
  public static final ObjectCodec<AssessmentInput> ASSESSMENT_INPUT = assessmentInput();

  /** {@link ItemScore}: one item of a scorecard. */
  public static final ObjectCodec<ItemScore> ITEM_SCORE = itemScore();

  /** {@link Scorecard}: one subject's score for one period, item by item. */
  public static final ObjectCodec<Scorecard> SCORECARD = scorecard();

  private static ObjectCodec<ItemWeight> itemWeight() {
    ObjectCodec.Builder<ItemWeight> b = ObjectCodec.builder(ItemWeight.class)
        .describe("One item of an assessment scheme (考核项): it scores centiPerUnit hundredths of a point per "
            + "perUnits units of its count (or average rating), held within the cap; a negative weight deducts.");
    Slot<String> key = b.required("key", ItemWeight::key, ITEM_KEY);
    Slot<String> name = b.required("name", ItemWeight::name, Codecs.string().length(1, 100));
    Slot<ItemWeight.Basis> basis = b.required("basis", ItemWeight::basis, BASIS);
    Slot<Long> centiPerUnit = b.required("centiPerUnit", ItemWeight::centiPerUnit,
        Codecs.longInteger(-1_000_000, 1_000_000));
    Slot<Long> perUnits = b.defaulted("perUnits", ItemWeight::perUnits, Codecs.longInteger(1, 1_000_000), 1L);
    Slot<Optional<Long>> cap = b.optional("cap", w -> Optionals.boxed(w.cap()), Codecs.longInteger(1, Long.MAX_VALUE));
    Slot<Integer> minimumRatings = b.defaulted("minimumRatings", ItemWeight::minimumRatings,
        Codecs.integer(0, Integer.MAX_VALUE), 0);
    return b.build(v -> new ItemWeight(v.get(key), v.get(name), v.get(basis), v.get(centiPerUnit), v.get(perUnits),
        Optionals.unboxedLong(v.get(cap)), v.get(minimumRatings)));
  }

  private static ObjectCodec<AssessmentScheme> assessmentScheme() {
    ObjectCodec.Builder<AssessmentScheme> b = ObjectCodec.builder(AssessmentScheme.class)
        .describe("A district's assessment scheme (考核细则): the weighted items, versioned.");
    Slot<String> name = b.required("name", AssessmentScheme::name, Codecs.string().pattern(ValueCodecs.ID_FORM));
    Slot<Integer> version = b.required("version", AssessmentScheme::version, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<List<ItemWeight>> items = b.required("items", AssessmentScheme::items, Codecs.list(ITEM_WEIGHT));
    return b.build(v -> AssessmentScheme.builder().name(v.get(name)).version(v.get(version))
        .addAllItems(v.get(items)).build());
  }

  private static ObjectCodec<AssessmentInput> assessmentInput() {
    ObjectCodec.Builder<AssessmentInput> b = ObjectCodec.builder(AssessmentInput.class)
        .describe("What one party member or unit did in one period, for scoring: counts and ratings by item key.");
    Slot<ActorId> subject = b.required("subject", AssessmentInput::subject, SharedCodecs.ACTOR_ID);
    Slot<GridId> grid = b.required("grid", AssessmentInput::grid, GridCodecs.GRID_ID);
    Slot<Interval> period = b.required("period", AssessmentInput::period, ValueCodecs.INTERVAL);
    // an input keeps its maps in the order they were put, which Map.of leaves to chance: write them sorted
    Slot<Map<String, Long>> counts = b.defaulted("counts", i -> new TreeMap<>(i.counts()),
        Codecs.map(ITEM_KEY, Codecs.longInteger(0, Long.MAX_VALUE)), Map.of());
    Slot<Map<String, List<Integer>>> ratings = b.defaulted("ratings", i -> new TreeMap<>(i.ratings()),
        Codecs.map(ITEM_KEY, Codecs.list(Codecs.integer(1, 5))), Map.of());
    return b.build(v -> AssessmentInput.builder().subject(v.get(subject)).grid(v.get(grid)).period(v.get(period))
        .putAllCounts(v.get(counts)).putAllRatings(v.get(ratings)).build());
  }

  private static ObjectCodec<ItemScore> itemScore() {
    ObjectCodec.Builder<ItemScore> b = ObjectCodec.builder(ItemScore.class)
        .describe("One item of a scorecard: what went in, how it was computed, and the score in hundredths.");
    Slot<String> key = b.required("key", ItemScore::key, Codecs.string());
    Slot<String> name = b.required("name", ItemScore::name, Codecs.string());
    Slot<String> input = b.required("input", ItemScore::input, Codecs.string());
    Slot<String> arithmetic = b.required("arithmetic", ItemScore::arithmetic, Codecs.string());
    Slot<Long> centi = b.required("centi", ItemScore::centi, Codecs.longInteger(Long.MIN_VALUE + 1, Long.MAX_VALUE));
    return b.build(v -> new ItemScore(v.get(key), v.get(name), v.get(input), v.get(arithmetic), v.get(centi)));
  }

  private static ObjectCodec<Scorecard> scorecard() {
    ObjectCodec.Builder<Scorecard> b = ObjectCodec.builder(Scorecard.class)
        .describe("One subject's score for one period (考核得分表), item by item; the total is their sum.");
    Slot<ActorId> subject = b.required("subject", Scorecard::subject, SharedCodecs.ACTOR_ID);
    Slot<GridId> grid = b.required("grid", Scorecard::grid, GridCodecs.GRID_ID);
    Slot<Interval> period = b.required("period", Scorecard::period, ValueCodecs.INTERVAL);
    Slot<String> scheme = b.required("scheme", Scorecard::scheme, Codecs.string());
    Slot<List<ItemScore>> items = b.required("items", Scorecard::items, Codecs.list(ITEM_SCORE));
    Slot<Long> total = b.required("totalCenti", Scorecard::totalCenti,
        Codecs.longInteger(Long.MIN_VALUE + 1, Long.MAX_VALUE));
    return b.build(v -> new Scorecard(v.get(subject), v.get(grid), v.get(period), v.get(scheme), v.get(items),
        v.get(total)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(BASIS, ITEM_WEIGHT, ASSESSMENT_SCHEME, ASSESSMENT_INPUT, ITEM_SCORE, SCORECARD);
  }
}
