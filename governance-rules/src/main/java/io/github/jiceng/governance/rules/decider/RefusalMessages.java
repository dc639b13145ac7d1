package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders refusals for people (驳回提示), in Simplified Chinese or English, from the texts each
 * feature keeps beside its codes. The language is the caller's choice, never the JVM default:
 * {@code RefusalMessages.of(Locale.SIMPLIFIED_CHINESE).render(refusal)}.
 *
 * <p>Each package holding a {@link RefusalCode} enum keeps two UTF-8 property files beside it,
 * {@code refusals_zh.properties} and {@code refusals_en.properties}, one template per key, read
 * and filled by the model's {@link TextTemplates}. A
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
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException (an {@link
   *     IllegalArgumentException}) for any other language, naming the two supported, as {@link
   *     Language#of(Locale)} does
   */
  public static RefusalMessages of(Locale locale) {
    return of(Language.of(locale));
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
    return TextTemplates.fill(template.get(), refusal.arguments()::get);
  }

  /**
   * Returns every text of the package holding a code's class, in this language, by key.
   *
   * @param home a class of the package, such as the code's enum
   * @return the texts; empty if the package has none
   */
  public Map<String, String> texts(Class<?> home) {
    requireNonNull(home, "home");
    return TextTemplates.load(home, "refusals_" + language.tag() + ".properties");
  }

  private static Class<?> home(RefusalCode code) {
    return code instanceof Enum<?> constant ? constant.getDeclaringClass() : code.getClass();
  }

  /** Returns {@code RefusalMessages[zh]} or {@code RefusalMessages[en]}. */
  @Override
  public String toString() {
    return "RefusalMessages[" + language.tag() + "]";
  }
}
