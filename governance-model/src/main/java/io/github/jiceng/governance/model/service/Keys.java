package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.Collection;
import java.util.regex.Pattern;

/** Checks of the short keys that name categories and capabilities. */
final class Keys {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private Keys() {}

  static void check(String subject, String field, String key) {
    if (!FORM.matcher(key).matches()) {
      String shown = key.length() > 64 ? key.substring(0, 64) + "..." : key;
      throw new DomainValidationException(subject, field, "key-form",
          "a key is 1-64 characters of [A-Za-z0-9._:-] starting with a letter or digit, was '" + shown + "'");
    }
  }

  static void checkAll(String subject, String field, Collection<String> keys) {
    for (String key : keys) {
      check(subject, field, key);
    }
  }
}
