package io.github.jiceng.governance.spring.boot;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import java.util.Map;

/**
 * The starter's own texts (problem titles, its configuration errors) in both languages, from
 * {@code texts_zh.properties} and {@code texts_en.properties} beside this class, through the SDK's
 * one text mechanism.
 */
final class StarterTexts {

  private StarterTexts() {}

  /** Returns the texts of one language, by key. */
  static Map<String, String> of(Language language) {
    requireNonNull(language, "language");
    Map<String, String> texts = TextTemplates.load(StarterTexts.class, "texts_" + language.tag() + ".properties");
    if (texts.isEmpty()) {
      throw new IllegalStateException("missing resource texts_" + language.tag() + ".properties");
    }
    return texts;
  }

  /**
   * Returns one text, its placeholders filled.
   *
   * @throws IllegalStateException if the key has no text
   */
  static String text(Language language, String key, Map<String, String> values) {
    String template = of(language).get(key);
    if (template == null) {
      throw new IllegalStateException("no " + language.tag() + " text for " + key);
    }
    return TextTemplates.fill(template, values::get);
  }

  /** Returns one text without placeholders. */
  static String text(Language language, String key) {
    return text(language, key, Map.of());
  }
}
