package io.github.jiceng.governance.sim.model;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Collection;
import java.util.regex.Pattern;

/** The shared checks of the simulation parameters. */
final class Checks {

  /** The most a rate may be: a million thousandths, a thousand occurrences a day per node or person. */
  static final int MAX_MILLI_PER_DAY = 1_000_000;

  private static final Pattern LEVEL = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** The form of a free key (a category, a capability): the form of an identifier, as in the model. */
  private static final Pattern KEY = Pattern.compile(IdForm.REGEX);

  private Checks() {}

  static void rate(String subject, String field, int milliPerDay) {
    if (milliPerDay < 0 || milliPerDay > MAX_MILLI_PER_DAY) {
      throw new DomainValidationException(new Violation(subject, field, "rate-range",
          "a rate is 0-" + MAX_MILLI_PER_DAY + " thousandths per day, was " + milliPerDay)
                  .with("min", 0).with("max", MAX_MILLI_PER_DAY).with("value", milliPerDay));
    }
  }

  static void perMille(String subject, String field, int perMille) {
    if (perMille < 0 || perMille > 1000) {
      throw new DomainValidationException(new Violation(subject, field, "per-mille-range",
          "a chance is 0-1000 per mille, was " + perMille).with("min", 0).with("max", 1000).with("value", perMille));
    }
  }

  static void level(String subject, String field, String level) {
    if (!LEVEL.matcher(level).matches()) {
      String shown = Excerpts.of(level);
      throw new DomainValidationException(new Violation(subject, field, "level-form",
          "a level key is 1-40 characters of [A-Z0-9_] starting with a letter, was '" + shown + "'")
                  .with("value", level).with("pattern", LEVEL.pattern()));
    }
  }

  /** Checks a free key has the form of an identifier; the rule and message of the model's keys. */
  static void key(String subject, String field, String key) {
    java.util.Objects.requireNonNull(key, field);
    if (!KEY.matcher(key).matches()) {
      String shown = Excerpts.of(key);
      throw new DomainValidationException(new Violation(subject, field, "key-form",
          "a key is 1-64 characters of [A-Za-z0-9._:-] starting with a letter or digit, was '" + shown + "'")
                  .with("value", key).with("pattern", KEY.pattern()));
    }
  }

  /** Checks every key of a collection, failing at the first not of the form. */
  static void keys(String subject, String field, Collection<String> keys) {
    java.util.Objects.requireNonNull(keys, field);
    for (String key : keys) {
      key(subject, field, key);
    }
  }

  static void weights(String subject, String field, Collection<Integer> weights) {
    long sum = 0;
    for (int w : weights) {
      if (w < 0 || w > 1_000_000) {
        throw new DomainValidationException(new Violation(subject, field, "weight-range",
            "a weight is 0-1000000, was " + w)
                .with("min", 0).with("max", 1_000_000).with("value", w));
      }
      sum += w;
    }
    if (sum == 0) {
      throw new DomainValidationException(subject, field, "weights-positive", "at least one weight is positive");
    }
  }
}
