package io.github.jiceng.governance.testkit;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.deliberation.DeliberationCommand;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.post.PostCommand;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values the model rejects (无效输入), drawn from a seed for every stateful feature, each with the
 * field and the rule of the {@link DomainValidationException} it must raise: ids of every feature
 * in a form the SDK does not accept (empty, a leading dash, longer than any id, Chinese
 * characters, a space inside), instants outside {@link TimeLimits} in the commands that carry them, money with fractions
 * of a fen or beyond its range, coordinates off the globe, service times outside a day, and an A/B
 * post whose two holders are one person. The same seed gives the same values.
 *
 * <pre>{@code
 * for (InvalidValues.InvalidValue bad : InvalidValues.of(seed)) {
 *   DomainValidationException e = bad.rejection();    // fails if the value was accepted
 *   ... // a host's endpoint answers e's field and rule for the same input
 * }
 * }</pre>
 */
public final class InvalidValues {

  private InvalidValues() {}

  /**
   * One value the model must reject.
   *
   * @param feature the feature, such as {@code "points"} or {@code "check-ins"}
   * @param description what is wrong with it, in words
   * @param field the field the rejection names
   * @param rule the rule the rejection names
   * @param build builds the value, and must throw
   */
  public record InvalidValue(String feature, String description, String field, String rule, Supplier<?> build) {

    /**
     * Checks the parts.
     *
     * @param feature the feature
     * @param description what is wrong with it
     * @param field the field the rejection names
     * @param rule the rule the rejection names
     * @param build builds the value
     */
    public InvalidValue {
      requireNonNull(feature, "feature");
      requireNonNull(description, "description");
      requireNonNull(field, "field");
      requireNonNull(rule, "rule");
      requireNonNull(build, "build");
    }

    /**
     * Builds the value and returns its rejection.
     *
     * @return the rejection, which names {@link #field()} and {@link #rule()} in one of its
     *     violations
     * @throws AssertionError if the value was accepted, another exception was thrown, or the
     *     rejection names another field or rule
     */
    public DomainValidationException rejection() {
      Object built;
      try {
        built = build.get();
      } catch (DomainValidationException e) {
        boolean named = e.violations().stream().anyMatch(v -> v.field().equals(field) && v.rule().equals(rule));
        if (!named) {
          throw new AssertionError("expected a rejection of " + field + " by " + rule + " for " + this + ", but it was "
              + e.getMessage(), e);
        }
        return e;
      } catch (RuntimeException e) {
        throw new AssertionError("expected a DomainValidationException for " + this + ", but it was " + e, e);
      }
      throw new AssertionError("expected a rejection of " + field + " by " + rule + " for " + this
          + ", but the model accepted " + built);
    }

    /**
     * Names the value without building it.
     *
     * @return the feature, the description, the field and the rule
     */
    @Override
    public String toString() {
      return feature + ": " + description + " (" + field + ", " + rule + ")";
    }
  }

  /**
   * The invalid values of a seed: for each of the nine features an id in a bad form, and for
   * each feature whose model or commands carry a bounded value, one such value out of its bounds.
   *
   * @param seed the seed
   * @return the values, in feature order, equal (by their texts) for equal seeds
   */
  public static List<InvalidValue> of(long seed) {
    Random random = new Random(seed);
    List<InvalidValue> out = new ArrayList<>();
    id(out, random, "points", EntryId::of);
    Instant late = TimeLimits.LATEST.plusSeconds(1 + random.nextInt(86_400));
    out.add(new InvalidValue("points", "an advance to " + late, "instant", "instant-range",
        () -> new PointsCommand.AdvanceTo(late)));
    id(out, random, "fund", RequestId::of);
    String fractional = (1 + random.nextInt(10_000)) + "." + String.format(Locale.ROOT, "%03d", 1 + random.nextInt(999))
        .replaceAll("0$", "1");
    out.add(new InvalidValue("fund", fractional + " yuan, a fraction of a fen", "yuan", "fen-scale",
        () -> Money.ofYuan(fractional)));
    String huge = "9".repeat(20 + random.nextInt(10));
    out.add(new InvalidValue("fund", huge + " yuan, beyond the range of money", "yuan", "fen-range",
        () -> Money.ofYuan(huge)));
    id(out, random, "demands", DemandId::of);
    id(out, random, "clues", ClueId::of);
    Instant afterLatest = TimeLimits.LATEST.plusSeconds(1 + random.nextInt(86_400));
    out.add(new InvalidValue("clues", "a screening at " + afterLatest, "at", "instant-range",
        () -> new ClueCommand.Screen(ClueId.of("clue-1"), afterLatest)));
    id(out, random, "proposals", ProposalId::of);
    Instant beforeEarliest = TimeLimits.EARLIEST.minusSeconds(1 + random.nextInt(86_400));
    out.add(new InvalidValue("proposals", "an escalation at " + beforeEarliest, "at", "instant-range",
        () -> new ProposalCommand.Escalate(ProposalId.of("proposal-1"), beforeEarliest)));
    id(out, random, "check-ins", CheckInId::of);
    double latitude = 90.0 + 0.5 + random.nextInt(90);
    double longitude = random.nextInt(360) - 180.0;
    boolean south = random.nextBoolean();
    out.add(new InvalidValue("check-ins", "a place at latitude " + (south ? -latitude : latitude), "latitude/longitude",
        "coordinate-range", () -> GeoPoint.of(south ? -latitude : latitude, longitude)));
    id(out, random, "volunteer records", VolunteerRecordId::of);
    Duration serviceTime = random.nextBoolean() ? Duration.ofMinutes(-random.nextInt(600))
        : Duration.ofHours(24).plusMinutes(1 + random.nextInt(600));
    out.add(new InvalidValue("volunteer records", "a service time of " + serviceTime, "serviceTime",
        "service-time-range", () -> record(serviceTime)));
    id(out, random, "posts", PostId::of);
    String holder = "p-" + random.nextInt(1000);
    out.add(new InvalidValue("posts", "a post whose A and B holder are both " + holder, "holderB", "holders-distinct",
        () -> Post.builder().id(PostId.of("post-1")).kind(PostKind.EXECUTIVE_SECRETARY)
            .organization(OrganizationId.of("org-1")).scope(GridId.of("grid-1")).holderA(PersonId.of(holder))
            .holderB(PersonId.of(holder)).build()));
    Instant absence = TimeLimits.LATEST.plusSeconds(1 + random.nextInt(86_400));
    out.add(new InvalidValue("posts", "an absence from " + absence, "from", "instant-range",
        () -> new PostCommand.BeginAbsence(PersonId.of(holder), absence, AbsenceKind.LEAVE)));
    id(out, random, "deliberation", AffairId::of);
    Instant close = TimeLimits.LATEST.plusSeconds(1 + random.nextInt(86_400));
    out.add(new InvalidValue("deliberation", "a count at " + close, "at", "instant-range",
        () -> new DeliberationCommand.Close(close)));
    return List.copyOf(out);
  }

  /** The id forms the SDK refuses: empty, a leading dash, longer than any id, Chinese characters, a space inside. */
  private static void id(List<InvalidValue> out, Random random, String feature, Function<String, ?> of) {
    String value = switch (random.nextInt(5)) {
      case 0 -> "";
      case 1 -> "-" + (char) ('a' + random.nextInt(26)) + random.nextInt(100);
      case 2 -> "a".repeat(IdForm.MAX_DERIVED_LENGTH + 1 + random.nextInt(100));
      case 3 -> "张三" + random.nextInt(100);
      default -> "id " + random.nextInt(100);
    };
    out.add(new InvalidValue(feature, "the id '" + value + "'", "value", "id-form", () -> of.apply(value)));
  }

  private static VolunteerRecord record(Duration serviceTime) {
    return VolunteerRecord.builder().id(VolunteerRecordId.of("vr-1")).volunteer(PersonId.of("v-1"))
        .activityName("环境卫生整治").activityDate(LocalDate.of(2024, 1, 1)).place("站北社区").content("清理楼道杂物")
        .serviceTime(serviceTime).organiser(OrganizationId.of("org-volunteers")).personInCharge(PersonId.of("staff-1"))
        .recordedOn(LocalDate.of(2024, 1, 2)).build();
  }
}
