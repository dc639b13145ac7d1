package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders validation errors for people (校验提示), in Simplified Chinese or English, from texts
 * keyed by each {@link Violation}'s rule. The language is the caller's choice, never the JVM
 * default: {@code ValidationMessages.of(Locale.SIMPLIFIED_CHINESE).render(violation)}.
 *
 * <p>Each module keeps the texts of the rules its code throws in two UTF-8 property files, {@code
 * validation_zh.properties} and {@code validation_en.properties}, one template per rule key,
 * beside a class of the module; the model's sit in this package and are always known. A template
 * names its values in braces: {@code {subject}} and {@code {field}}, which every violation has, and
 * the violation's {@link Violation#arguments() arguments} ({@code {min}}, {@code {max}}, {@code
 * {value}} of a range check). A template uses only the arguments that every violation of its rule
 * carries. The SDK's tests fail when a rule its code throws lacks a text in either language, when a
 * file holds a key no code throws, or when a template names an argument some violation of its rule
 * lacks. The texts of another module are added with {@link #including(Class)}; a module of its own
 * opens the package of that class to this module so that its texts can be read.
 *
 * <p>A rule without a text (one a host throws without files) renders as {@link Violation#toString()}.
 * Instances are immutable and thread-safe; texts are read once per package and language.
 */
public final class ValidationMessages {

  /** How many violations {@link #render(List)} lists before it says how many more there are. */
  public static final int LISTED = 20;

  private static final String FILE = "validation_%s.properties";
  private static final ValidationMessages CHINESE = new ValidationMessages(Language.ZH, texts(ValidationMessages.class, Language.ZH));
  private static final ValidationMessages ENGLISH = new ValidationMessages(Language.EN, texts(ValidationMessages.class, Language.EN));

  private final Language language;
  private final Map<String, String> templates;

  private ValidationMessages(Language language, Map<String, String> templates) {
    this.language = language;
    this.templates = templates;
  }

  /**
   * Returns the renderer for a language, knowing the model's texts.
   *
   * @param language the language
   * @return the renderer
   */
  public static ValidationMessages of(Language language) {
    return requireNonNull(language, "language") == Language.ZH ? CHINESE : ENGLISH;
  }

  /**
   * Returns the renderer for a locale's language, knowing the model's texts.
   *
   * @param locale the caller's locale
   * @return the renderer
   * @throws DomainValidationException (an {@link IllegalArgumentException}) for a language other
   *     than Chinese and English, naming the two, as {@link Language#of(Locale)} does
   */
  public static ValidationMessages of(Locale locale) {
    return of(Language.of(locale));
  }

  /**
   * Returns a renderer that also knows the texts kept beside {@code home}, in the files {@code
   * validation_zh.properties} and {@code validation_en.properties} of its package.
   *
   * @param home a class of the package holding another module's texts
   * @return the renderer with those texts added
   * @throws IllegalArgumentException if a rule of those texts already has another template
   */
  public ValidationMessages including(Class<?> home) {
    requireNonNull(home, "home");
    Map<String, String> more = texts(home, language);
    Map<String, String> merged = new LinkedHashMap<>(templates);
    more.forEach((rule, template) -> {
      String earlier = merged.putIfAbsent(rule, template);
      if (earlier != null && !earlier.equals(template)) {
        throw new IllegalArgumentException("rule " + rule + " has two " + language.tag() + " texts, one in "
            + home.getPackageName());
      }
    });
    return merged.size() == templates.size() ? this : new ValidationMessages(language, ImmutableMap.copyOf(merged));
  }

  /** Returns the renderer's language. */
  public Language language() {
    return language;
  }

  /**
   * Returns the template of a rule in this language.
   *
   * @param rule the rule's key
   * @return the template, or empty if no text this renderer knows has one
   */
  public Optional<String> template(String rule) {
    return Optional.ofNullable(templates.get(requireNonNull(rule, "rule")));
  }

  /**
   * Renders a violation: the template of its rule with {@code {subject}}, {@code {field}} and each
   * {@code {name}} of its arguments put in. A placeholder the violation has no value for stays as
   * written; a rule without a template renders as {@link Violation#toString()}.
   *
   * @param violation the violation
   * @return the text for a person
   */
  public String render(Violation violation) {
    requireNonNull(violation, "violation");
    String template = templates.get(violation.rule());
    if (template == null) {
      return violation.toString();
    }
    return TextTemplates.fill(template, name -> name.equals("subject") ? violation.subject()
        : name.equals("field") ? violation.field() : violation.arguments().get(name));
  }

  /**
   * Renders violations as one line: a single violation as {@link #render(Violation)} does, several
   * after their count ({@code 共 3 处违规：…；…}), at most {@value #LISTED} of them followed by how
   * many more there are.
   *
   * @param violations the violations, as a {@link DomainValidationException} lists them; not empty
   * @return the line for a person
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public String render(List<Violation> violations) {
    DomainChecks.noNullElements(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("there is nothing to render without a violation");
    }
    if (violations.size() == 1) {
      return render(violations.get(0));
    }
    boolean zh = language == Language.ZH;
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, zh ? "共 %d 处违规：" : "%d violations: ",
        violations.size()));
    for (int i = 0; i < violations.size() && i < LISTED; i++) {
      out.append(i == 0 ? "" : zh ? "；" : "; ").append(render(violations.get(i)));
    }
    if (violations.size() > LISTED) {
      out.append(String.format(Locale.ROOT, zh ? "；另有 %d 处" : "; and %d more", violations.size() - LISTED));
    }
    return out.toString();
  }

  /**
   * Renders every violation of an exception as one line, as {@link #render(List)} does.
   *
   * @param exception the exception
   * @return the line for a person
   */
  public String render(DomainValidationException exception) {
    return render(requireNonNull(exception, "exception").violations());
  }

  /**
   * Returns the texts kept beside a class in one language, by rule, as its file gives them.
   *
   * @param home a class of the package holding the texts
   * @param language the language
   * @return the templates by rule, sorted by rule; empty if the package has no file
   */
  public static Map<String, String> texts(Class<?> home, Language language) {
    requireNonNull(home, "home");
    requireNonNull(language, "language");
    return TextTemplates.load(home, String.format(Locale.ROOT, FILE, language.tag()));
  }

  /** Returns {@code ValidationMessages[zh]} or {@code ValidationMessages[en]} and how many texts it knows. */
  @Override
  public String toString() {
    return "ValidationMessages[" + language.tag() + ", " + templates.size() + " texts]";
  }
}
