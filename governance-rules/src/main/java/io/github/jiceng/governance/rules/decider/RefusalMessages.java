package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders refusals for people (驳回提示), in Simplified Chinese or English, from the texts each
 * feature keeps beside its codes. The language is the caller's choice, never the JVM default:
 * {@code RefusalMessages.of(Locale.SIMPLIFIED_CHINESE).render(refusal)}.
 *
 * <p>Each package holding a {@link RefusalCode} enum keeps two UTF-8 property files beside it,
 * {@code refusals_zh.properties} and {@code refusals_en.properties}, one template per key. A
 * template names the refusal's arguments in braces: {@code 可用余额 {available} 不足以支付
 * {amount}}. The SDK's tests fail when a code lacks a text in either language, when a file holds
 * a key no code has, or when a template's placeholders differ from the arguments the refusal
 * carries. A code without a text (one a host defined without files) renders as {@link
 * Refusal#toString()}. A module of its own that defines codes opens their package to this module
 * so that its texts can be read.
 *
 * <p>Instances are immutable and thread-safe; texts are read once per package and language.
 */
public final class RefusalMessages {

  /** The languages the SDK ships texts in. */
  public enum Language {
    /** Simplified Chinese (简体中文), the default of the SDK's reports. */
    ZH("zh"),
    /** English. */
    EN("en");

    private final String tag;

    Language(String tag) {
      this.tag = tag;
    }

    /** Returns the language's tag, {@code zh} or {@code en}. */
    public String tag() {
      return tag;
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]{0,31})}");
  private static final Map<String, Map<String, String>> TEXTS = new ConcurrentHashMap<>();
  private static final RefusalMessages CHINESE = new RefusalMessages(Language.ZH);
  private static final RefusalMessages ENGLISH = new RefusalMessages(Language.EN);

  private final Language language;

  private RefusalMessages(Language language) {
    this.language = language;
  }

  /**
   * Returns the renderer for a language.
   *
   * @param language the language
   * @return the renderer
   */
  public static RefusalMessages of(Language language) {
    return requireNonNull(language, "language") == Language.ZH ? CHINESE : ENGLISH;
  }

  /**
   * Returns the renderer for a locale's language: Chinese for any {@code zh} locale, English for
   * any {@code en} locale.
   *
   * @param locale the caller's locale
   * @return the renderer
   * @throws IllegalArgumentException for any other language, naming the two supported
   */
  public static RefusalMessages of(Locale locale) {
    requireNonNull(locale, "locale");
    for (Language language : Language.values()) {
      if (language.tag().equals(locale.getLanguage())) {
        return of(language);
      }
    }
    throw new IllegalArgumentException(
        "Refusal messages exist in zh and en; locale " + locale.toLanguageTag() + " is neither");
  }

  /** Returns the renderer's language. */
  public Language language() {
    return language;
  }

  /**
   * Returns the template for a code in this language, as the feature's file gives it.
   *
   * @param code the code
   * @return the template, or empty if the feature has no text for the code
   */
  public Optional<String> template(RefusalCode code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(texts(home(code)).get(code.key()));
  }

  /**
   * Renders a refusal: the template of its code with each {@code {name}} replaced by the
   * argument of that name. A placeholder without an argument stays as written; a code without a
   * template renders as {@link Refusal#toString()}.
   *
   * @param refusal the refusal
   * @return the text for a person
   */
  public String render(Refusal refusal) {
    requireNonNull(refusal, "refusal");
    Optional<String> template = template(refusal.code());
    if (template.isEmpty()) {
      return refusal.toString();
    }
    Matcher m = PLACEHOLDER.matcher(template.get());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = refusal.arguments().get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Returns the placeholders of a template, in order of first use.
   *
   * @param template a template
   * @return the names inside braces
   */
  public static Set<String> placeholders(String template) {
    requireNonNull(template, "template");
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * Returns every text of the package holding a code's class, in this language, by key.
   *
   * @param home a class of the package, such as the code's enum
   * @return the texts; empty if the package has none
   */
  public Map<String, String> texts(Class<?> home) {
    requireNonNull(home, "home");
    String resource = "refusals_" + language.tag() + ".properties";
    return TEXTS.computeIfAbsent(home.getPackageName() + "/" + resource, k -> load(home, resource));
  }

  private static Class<?> home(RefusalCode code) {
    return code instanceof Enum<?> constant ? constant.getDeclaringClass() : code.getClass();
  }

  private static Map<String, String> load(Class<?> home, String resource) {
    try (InputStream in = home.getResourceAsStream(resource)) {
      if (in == null) {
        return ImmutableMap.of();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
      properties.stringPropertyNames().stream().sorted().forEach(k -> texts.put(k, properties.getProperty(k)));
      return texts.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource + " of " + home.getPackageName(), e);
    }
  }

  /** Returns {@code RefusalMessages[zh]} or {@code RefusalMessages[en]}. */
  @Override
  public String toString() {
    return "RefusalMessages[" + language.tag() + "]";
  }
}
