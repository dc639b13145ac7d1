package io.github.jiceng.governance.model.grid;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.regex.Pattern;

/**
 * One level of a {@link LevelScheme} (层级), such as street (街道), community (社区) or
 * household (户).
 *
 * @param key the level's stable key in upper snake case, such as {@code "COMMUNITY"}
 * @param displayName the name shown to people, such as {@code "社区"}
 * @param coding how nodes of this level are coded
 */
public record GridLevel(String key, String displayName, LevelCoding coding) {

  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** Validates the key and the display name. */
  public GridLevel {
    requireNonNull(key, "key");
    requireNonNull(displayName, "displayName");
    requireNonNull(coding, "coding");
    if (!KEY.matcher(key).matches()) {
      throw new DomainValidationException(new Violation("GridLevel[" + Excerpts.of(key) + "]", "key", "key-form",
          "a level key is 1-40 characters of [A-Z0-9_] starting with a letter, was '" + Excerpts.of(key) + "'")
                  .with("value", key).with("pattern", KEY.pattern()));
    }
    if (displayName.isBlank()) {
      throw new DomainValidationException("GridLevel[" + key + "]", "displayName", "not-blank",
          "level " + key + " needs a display name");
    }
  }

  /** Returns {@code KEY (display name)}. */
  @Override
  public String toString() {
    return key + " (" + displayName + ")";
  }
}
