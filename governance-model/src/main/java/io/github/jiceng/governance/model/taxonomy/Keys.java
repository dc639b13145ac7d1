package io.github.jiceng.governance.model.taxonomy;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.regex.Pattern;

/** The one form of the taxonomy's keys: 1 to 64 of {@code [A-Z0-9_]}, starting with a letter. */
final class Keys {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private Keys() {}

  static String check(String type, String key) {
    requireNonNull(key, "key");
    if (!FORM.matcher(key).matches()) {
      throw new DomainValidationException(new Violation(type + "[" + Excerpts.of(key) + "]", "key", "key-form",
          "a key is 1-64 characters of [A-Z0-9_] starting with a letter, was '" + Excerpts.of(key) + "'")
                  .with("value", key).with("pattern", FORM.pattern()));
    }
    return key;
  }

  static String checkName(String subject, String field, String name) {
    requireNonNull(name, field);
    if (name.isBlank() || name.length() > 100) {
      throw new DomainValidationException(new Violation(subject, field, "name-length",
          "a display name is 1-100 characters and not blank, was " + name.length() + " characters").with("max", 100)
              .with("length", name.length()));
    }
    return name;
  }
}
