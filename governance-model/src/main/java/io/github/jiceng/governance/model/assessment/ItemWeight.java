package io.github.jiceng.governance.model.assessment;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One item of an assessment scheme (考核项) and its weight, as data. Scores are exact hundredths
 * of a point (centi-points): an item scores {@code centiPerUnit × value / perUnits}, rounded half
 * up to a hundredth, then held within {@code ±cap}. The value is the count given for the item, or
 * for {@link Basis#AVERAGE} the mean of its ratings (nothing below {@code minimumRatings}
 * ratings). A negative weight makes the item a deduction.
 *
 * @param key the item's key, such as {@code "CHECK_INS"}: upper-case letters, digits and {@code _}
 * @param name the display name, such as {@code "联系群众打卡"}
 * @param basis whether the value is a count or an average of ratings
 * @param centiPerUnit hundredths of a point per {@code perUnits} units; not zero
 * @param perUnits how many units earn {@code centiPerUnit}; positive (60 for "per hour" of minutes)
 * @param cap the most (or for a deduction the least) the item can score, in hundredths; empty for none
 * @param minimumRatings for an average, the fewest ratings that count; otherwise 0
 */
public record ItemWeight(String key, String name, Basis basis, long centiPerUnit, long perUnits, OptionalLong cap,
    int minimumRatings) {

  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** How an item's value is formed. */
  public enum Basis {
    /** A count: check-ins, minutes, demands, proposals. */
    COUNT,
    /** The mean of ratings from 1 to 5. */
    AVERAGE
  }

  /**
   * Validates the item.
   *
   * @throws DomainValidationException if a field is malformed
   */
  public ItemWeight {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(basis, "basis");
    requireNonNull(cap, "cap");
    String subject = "ItemWeight[" + Excerpts.of(key) + "]";
    if (!KEY.matcher(key).matches()) {
      throw new DomainValidationException(new Violation(subject, "key", "key-form",
          "a key is [A-Z][A-Z0-9_]{0,63}, was '" + Excerpts.of(key) + "'")
              .with("value", key).with("pattern", KEY.pattern()));
    }
    if (name.isBlank() || name.length() > 100) {
      throw new DomainValidationException(new Violation(subject, "name", "name-length", "a name is 1-100 characters")
          .with("max", 100).with("length", name.length()));
    }
    if (centiPerUnit == 0 || Math.abs(centiPerUnit) > 1_000_000 || perUnits < 1 || perUnits > 1_000_000) {
      throw new DomainValidationException(new Violation(subject, "centiPerUnit", "weight-range",
          "the weight is a non-zero number of hundredths up to 1000000 per 1-1000000 units, was " + centiPerUnit + "/"
              + perUnits).with("max", 1_000_000).with("value", centiPerUnit + "/" + perUnits));
    }
    if (cap.isPresent() && cap.getAsLong() <= 0) {
      throw new DomainValidationException(subject, "cap", "cap-positive", "a cap is positive, was " + cap.getAsLong());
    }
    if (basis == Basis.COUNT ? minimumRatings != 0 : minimumRatings < 1) {
      throw new DomainValidationException(subject, "minimumRatings", "minimum-fits-basis",
          "a count takes 0, an average at least 1, was " + minimumRatings);
    }
  }

  /** Returns a count item worth {@code centiPerUnit} per {@code perUnits}, held within the cap. */
  public static ItemWeight count(String key, String name, long centiPerUnit, long perUnits, long cap) {
    return new ItemWeight(key, name, Basis.COUNT, centiPerUnit, perUnits, OptionalLong.of(cap), 0);
  }

  /** Returns an average-of-ratings item worth {@code centiPerUnit} per rating point. */
  public static ItemWeight average(String key, String name, long centiPerUnit, int minimumRatings) {
    return new ItemWeight(key, name, Basis.AVERAGE, centiPerUnit, 1, OptionalLong.empty(), minimumRatings);
  }
}
