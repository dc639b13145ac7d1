package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Masking;
import java.time.ZoneId;

/**
 * Field codecs that the points, volunteer, check-in, assessment, fund, clue, proposal and
 * deliberation bindings share: references to other features' types (an actor, a project, the kind
 * of a deputy),
 * amounts that cannot be negative, time zones, and the mask of free text. They are not registered
 * with the Jackson module: the features that own {@code ActorId}, {@code DeputyKind},
 * {@code ProjectId} and {@code Money} register theirs.
 */
final class SharedCodecs {

  private static final String PERSON = "person:";
  private static final String ORGANIZATION = "organization:";

  private SharedCodecs() {}

  /**
   * {@link ActorId} as {@code "person:<id>"} or {@code "organization:<id>"}: one string, usable as
   * a map key, that says which kind of actor the id names.
   */
  static final TextCodec<ActorId> ACTOR_ID = Codecs.text(ActorId.class,
      "Who acts, earns or pays (行为主体): person:<person id> or organization:<organization id>.",
      SharedCodecs::parseActor, SharedCodecs::formatActor)
      .pattern("(person|organization):" + ValueCodecs.ID_FORM);

  /** {@link DeputyKind} by name: the kind of deputy who carried a proposal. */
  static final EnumCodec<DeputyKind> DEPUTY_KIND = Codecs.enumeration(DeputyKind.class,
      "The kind of deputy of 两代表一委员: party congress delegate, people's congress deputy or CPPCC member.");

  /** {@link ProjectId} as its text, such as {@code "xuemeili-square"}. */
  static final TextCodec<ProjectId> PROJECT_ID = Codecs.text(ProjectId.class,
      "The id of a project (项目标识) of the service chain, the fund or a clue.", ProjectId::of, ProjectId::value)
      .pattern(ValueCodecs.ID_FORM);

  /**
   * {@link Money} that cannot be negative, as {@code {"fen": 12345, "currency": "CNY"}}: amounts
   * given, paid, held, capped or pledged.
   */
  static final ObjectCodec<Money> AMOUNT = amount();

  /** A {@link ZoneId} as its id, such as {@code "Asia/Shanghai"} or {@code "+08:00"}. */
  static final TextCodec<ZoneId> ZONE_ID = Codecs.text(ZoneId.class,
      "A time zone (时区) whose calendar days, months and years count, such as Asia/Shanghai.",
      ZoneId::of, ZoneId::getId).pattern("[A-Za-z0-9~/._+:-]+");

  /** The form of keys written in upper case: item keys, urgency and difficulty levels. */
  static final String KEY_FORM = "[A-Z][A-Z0-9_]{0,63}";

  private static ObjectCodec<Money> amount() {
    ObjectCodec.Builder<Money> b = ObjectCodec.builder(Money.class).named("NonNegativeMoney")
        .describe("An amount of yuan that is never negative (given, paid, held, capped, pledged or a cost), as an "
            + "exact whole number of fen (分); 1 yuan = 100 fen.");
    Slot<Long> fen = b.required("fen", Money::fen, Codecs.longInteger(0, Long.MAX_VALUE));
    b.constant("currency", Codecs.string(), "CNY", "currency-cny");
    return b.build(v -> Money.ofFen(v.get(fen)));
  }

  /** Masks free text that may name residents: every character becomes {@code *}. */
  static String hidden(String text) {
    return Masking.keep(text, 0, 0);
  }

  static ActorId parseActor(String text) {
    if (text.startsWith(PERSON)) {
      return PersonId.of(text.substring(PERSON.length()));
    }
    if (text.startsWith(ORGANIZATION)) {
      return OrganizationId.of(text.substring(ORGANIZATION.length()));
    }
    String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
    throw new DomainValidationException("ActorId[" + shown + "]", "value", "actor-form",
        "an actor is 'person:<id>' or 'organization:<id>', was '" + shown + "'");
  }

  static String formatActor(ActorId actor) {
    return (actor.isOrganization() ? ORGANIZATION : PERSON) + actor.value();
  }
}
