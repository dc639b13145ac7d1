package io.github.jiceng.governance.model.internal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The form of the free keys of the model (categories and capabilities of the service chain and
 * of simulation streams): the form of an identifier, {@link IdForm#REGEX}.
 */
public final class Keys {

  private static final Pattern FORM = Pattern.compile(IdForm.REGEX);

  private Keys() {}

  /**
   * Checks one key.
   *
   * @param subject the object checked, for the error
   * @param field the field holding the key
   * @param key the key
   * @throws DomainValidationException if the key is not of the form
   */
  public static void check(String subject, String field, String key) {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    requireNonNull(key, field);
    if (!FORM.matcher(key).matches()) {
      String shown = Excerpts.of(key);
      throw new DomainValidationException(new Violation(subject, field, "key-form",
          "a key is 1-64 characters of [A-Za-z0-9._:-] starting with a letter or digit, was '" + shown + "'")
                  .with("value", key).with("pattern", FORM.pattern()));
    }
  }

  /**
   * Checks every key of a collection.
   *
   * @param subject the object checked, for the error
   * @param field the field holding the keys
   * @param keys the keys
   * @throws DomainValidationException at the first key not of the form
   */
  public static void checkAll(String subject, String field, Collection<String> keys) {
    requireNonNull(keys, field);
    for (String key : keys) {
      check(subject, field, key);
    }
  }
}
