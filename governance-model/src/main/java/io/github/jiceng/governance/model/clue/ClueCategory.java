package io.github.jiceng.governance.model.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key of a clue's category (线索类别). The article's four are constants here; a community
 * adds its own keys. A key is 1 to 64 characters of upper-case ASCII letters, digits and {@code
 * _}, starting with a letter.
 *
 * @param key the category's key, such as {@code "FITNESS"}
 */
public record ClueCategory(String key) implements Comparable<ClueCategory> {

  // before the constants: they are validated as the class initialises
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** 生活: daily life (a missing playground, a leaking roof). */
  public static final ClueCategory DAILY_LIFE = new ClueCategory("DAILY_LIFE");

  /** 出行: travel (broken paths, parking, lighting). */
  public static final ClueCategory TRAVEL = new ClueCategory("TRAVEL");

  /** 健身: fitness (squares, sports equipment). */
  public static final ClueCategory FITNESS = new ClueCategory("FITNESS");

  /** 垃圾处理: waste (bins, sorting, collection). */
  public static final ClueCategory WASTE = new ClueCategory("WASTE");

  /** The article's four categories, in its order. */
  public static final List<ClueCategory> ARTICLE_FOUR = List.of(DAILY_LIFE, TRAVEL, FITNESS, WASTE);

  /**
   * Validates the key.
   *
   * @throws DomainValidationException if the key is not of the documented form
   */
  public ClueCategory {
    requireNonNull(key, "key");
    if (!FORM.matcher(key).matches()) {
      throw new DomainValidationException(new Violation("ClueCategory[" + Excerpts.of(key) + "]", "key", "key-form",
          "a category key is 1-64 characters of [A-Z0-9_] starting with a letter, was '" + Excerpts.of(key) + "'")
                  .with("value", key).with("pattern", FORM.pattern()));
    }
  }

  /** Returns the category with the given key; same as the constructor. */
  public static ClueCategory of(String key) {
    return new ClueCategory(key);
  }

  @Override
  public int compareTo(ClueCategory o) {
    return key.compareTo(o.key);
  }

  /** Returns the key itself. */
  @Override
  public String toString() {
    return key;
  }
}
