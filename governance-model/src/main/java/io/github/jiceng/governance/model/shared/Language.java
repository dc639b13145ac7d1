package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The languages the SDK speaks to people (语言): Simplified Chinese as used in mainland China, the
 * default for everything a person reads, and English. Every text for people (validation errors,
 * refusals, format errors, the store's errors, reports and the command line) is rendered in one of
 * them, chosen by the caller and never taken from the JVM's default locale.
 *
 * <pre>{@code
 * Language language = Language.parse("zh-CN");          // from a setting or a command line
 * ValidationMessages.of(language).render(exception);
 * }</pre>
 */
public enum Language {
  /** Simplified Chinese as used in mainland China (简体中文, {@code zh-CN}): the default for people. */
  ZH("zh", Locale.SIMPLIFIED_CHINESE),
  /** English ({@code en}). */
  EN("en", Locale.ENGLISH);

  /** The tags {@link #parse} accepts, as its error names them. */
  static final String ACCEPTED = "zh, zh-CN, en";

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /**
   * Returns the short tag that names the language's text files, {@code zh} or {@code en}; the
   * files of a text kept beside a class are {@code <name>_zh.properties} and {@code
   * <name>_en.properties}.
   *
   * @return {@code zh} or {@code en}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the language's locale: {@link Locale#SIMPLIFIED_CHINESE} ({@code zh-CN}) or {@link
   * Locale#ENGLISH} ({@code en}), for a host that passes it on (an HTTP {@code Content-Language},
   * a template engine).
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the language a tag names, strictly: {@code zh} and {@code zh-CN} are Chinese, {@code
   * en} is English, written exactly so; nothing is trimmed, guessed or taken from the JVM.
   *
   * @param text the tag, as a setting or a command line gives it
   * @return the language
   * @throws DomainValidationException under rule {@code language} for any other text, naming it
   *     (quoted as {@link Excerpts#of} does) and the accepted tags
   */
  public static Language parse(String text) {
    requireNonNull(text, "text");
    switch (text) {
      case "zh":
      case "zh-CN":
        return ZH;
      case "en":
        return EN;
      default:
        throw refused("tag", text);
    }
  }

  /**
   * Returns the language of a locale: Chinese for any {@code zh} locale, English for any {@code en}
   * locale, whatever their country or script.
   *
   * @param locale the caller's locale
   * @return the language
   * @throws DomainValidationException (an {@link IllegalArgumentException}) under rule {@code
   *     language} for a locale of any other language, naming it and the two supported
   */
  public static Language of(Locale locale) {
    requireNonNull(locale, "locale");
    for (Language language : values()) {
      if (language.tag.equals(locale.getLanguage())) {
        return language;
      }
    }
    throw refused("locale", locale.toLanguageTag());
  }

  private static DomainValidationException refused(String field, String value) {
    return new DomainValidationException(List.of(new Violation("Language", field, "language",
        "texts exist in zh and en (" + ACCEPTED + "), not in " + Excerpts.of(value))
        .with("value", value).with("expected", ACCEPTED)));
  }
}
