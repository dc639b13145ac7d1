package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.Masking;
import java.time.ZoneId;

/**
 * Field codecs that the points, volunteer, check-in, assessment, fund, clue, proposal and
 * deliberation bindings share: other features' codecs they name (an actor, the kind of a deputy, a
 * project, money that is never negative), time zones, the key form and the mask of free text. The
 * other features' codecs are theirs, registered with the Jackson module by them; they are named
 * here once so that each type has one form and one schema definition.
 */
final class SharedCodecs {

  private SharedCodecs() {}

  /** {@link ActorId} as {@code "person:<id>"} or {@code "organization:<id>"} (the actor bindings'). */
  static final TextCodec<ActorId> ACTOR_ID = ActorCodecs.ACTOR_ID;

  /** {@link DeputyKind} by name (the actor bindings'). */
  static final EnumCodec<DeputyKind> DEPUTY_KIND = ActorCodecs.DEPUTY_KIND;

  /** {@link ProjectId} as its text (the service bindings'). */
  static final TextCodec<ProjectId> PROJECT_ID = ServiceCodecs.PROJECT_ID;

  /**
   * {@link Money} that is never negative, as {@code {"fen": 12345, "currency": "CNY"}} with a
   * {@code fen} minimum of 0 (the service bindings' {@code NonNegativeMoney}): amounts given, paid,
   * held, capped, pledged or estimated.
   */
  static final ObjectCodec<Money> AMOUNT = ServiceCodecs.AMOUNT;

  /** A {@link ZoneId} as its id, such as {@code "Asia/Shanghai"} or {@code "+08:00"}. */
  static final TextCodec<ZoneId> ZONE_ID = Codecs.text(ZoneId.class,
      "A time zone (时区) whose calendar days, months and years count, such as Asia/Shanghai.",
      ZoneId::of, ZoneId::getId).pattern("[A-Za-z0-9~/._+:-]+");

  /** The form of keys written in upper case: item keys, urgency and difficulty levels. */
  static final String KEY_FORM = "[A-Z][A-Z0-9_]{0,63}";

  /** Masks free text that may name residents: every character becomes {@code *}. */
  static String hidden(String text) {
    return Masking.keep(text, 0, 0);
  }
}
