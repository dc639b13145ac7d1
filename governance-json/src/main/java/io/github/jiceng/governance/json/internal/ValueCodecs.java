package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.util.List;

/** The bindings of the model's shared values: ids, codes, money, pillars, intervals. */
public final class ValueCodecs {

  /** The one form of every id of the model (see {@code model.internal.Ids}). */
  static final String ID_FORM = IdForm.REGEX;

  private ValueCodecs() {}

  /** {@link PersonId} as its text, such as {@code "p-000123"}. */
  public static final TextCodec<PersonId> PERSON_ID = Codecs.text(PersonId.class,
      "The id of a person (人员标识); opaque, no personal data.", PersonId::of, PersonId::value).pattern(ID_FORM);

  /** {@link OrganizationId} as its text, such as {@code "org-zhanbei-branch"}. */
  public static final TextCodec<OrganizationId> ORGANIZATION_ID = Codecs.text(OrganizationId.class,
      "The id of an organization (组织标识).", OrganizationId::of, OrganizationId::value).pattern(ID_FORM);

  /** {@link HouseholdId} as its text. */
  public static final TextCodec<HouseholdId> HOUSEHOLD_ID = Codecs.text(HouseholdId.class,
      "The id of a household (户标识); opaque, no personal data.", HouseholdId::of, HouseholdId::value)
      .pattern(ID_FORM);

  /** {@link DivisionCode} as {@code "150622003003@2023"}: twelve digits, {@code @}, the table year. */
  public static final TextCodec<DivisionCode> DIVISION_CODE = Codecs.text(DivisionCode.class,
      "A statistical division code (统计用区划代码) with the year of its code table, such as 150622003003@2023.",
      DivisionCode::parse, DivisionCode::toString).pattern("([0-9]{6}|[0-9]{9}|[0-9]{12})@[0-9]{1,5}");

  /** {@link GridCode} as {@code "150622003003.01@2023"}. */
  public static final TextCodec<GridCode> GRID_CODE = Codecs.text(GridCode.class,
      "A grid code (网格编码): [object class:]division code[.segment...]@table year, such as 150622003003.01@2023.",
      GridCode::parse, GridCode::toString)
      .pattern("([0-9]*:)?([0-9]{6}|[0-9]{9}|[0-9]{12})(\\.[0-9]+)*@[0-9]{1,5}");

  /** {@link Pillar} as its key, such as {@code "SERVICE_SHARING"}. */
  public static final TextCodec<Pillar> PILLAR = Codecs.text(Pillar.class,
      "The key of a pillar of 一核五共, such as SERVICE_SHARING.", Pillar::of, Pillar::key)
      .pattern("[A-Z][A-Z0-9_]{0,63}");

  /** {@link Money} as {@code {"fen": 12345, "currency": "CNY"}}: exact fen, never a float. */
  public static final ObjectCodec<Money> MONEY = money();

  /** {@link Interval} as {@code {"start": "...Z", "end": "...Z"}}, half-open. */
  public static final ObjectCodec<Interval> INTERVAL = interval();

  private static ObjectCodec<Money> money() {
    ObjectCodec.Builder<Money> b = ObjectCodec.builder(Money.class)
        .describe("An amount of yuan as an exact whole number of fen (分); 1 yuan = 100 fen.");
    Slot<Long> fen = b.required("fen", Money::fen, Codecs.longInteger(Long.MIN_VALUE + 1, Long.MAX_VALUE));
    b.constant("currency", Codecs.string(), "CNY", "currency-cny");
    return b.build(v -> Money.ofFen(v.get(fen)));
  }

  private static ObjectCodec<Interval> interval() {
    ObjectCodec.Builder<Interval> b = ObjectCodec.builder(Interval.class)
        .describe("A half-open span of time [start, end) (时段); end is after start.");
    Slot<Instant> start = b.required("start", Interval::start, Codecs.INSTANT);
    Slot<Instant> end = b.required("end", Interval::end, Codecs.INSTANT);
    return b.build(v -> Interval.of(v.get(start), v.get(end)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(PERSON_ID, ORGANIZATION_ID, HOUSEHOLD_ID, DIVISION_CODE, GRID_CODE, PILLAR, MONEY, INTERVAL);
  }
}
