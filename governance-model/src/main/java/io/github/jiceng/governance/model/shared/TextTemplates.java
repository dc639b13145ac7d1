package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mechanism behind the SDK's texts for people (文本模板): UTF-8 property files kept beside
 * a class, one template per key, each naming its values in braces ({@code 可用余额 {available}
 * 不足}). Validation errors ({@link ValidationMessages}), the rules' refusals and the JSON
 * module's format errors all read and fill their texts through it.
 *
 * <p>A placeholder is a brace, a lower-case letter, up to 31 letters and digits, and a brace;
 * anything else in braces is text. Files are read once per package and file name.
 */
public final class TextTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]{0,31})}");
  private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

  private TextTemplates() {}

  /**
   * Returns the templates of a file kept beside a class, by key, sorted by key.
   *
   * @param home a class of the package holding the file
   * @param file the file's name, such as {@code validation_zh.properties}
   * @return the templates; empty if the package has no such file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Map<String, String> load(Class<?> home, String file) {
    requireNonNull(home, "home");
    requireNonNull(file, "file");
    return LOADED.computeIfAbsent(home.getPackageName() + "/" + file, k -> read(home, file));
  }

  private static Map<String, String> read(Class<?> home, String file) {
    try (InputStream in = home.getResourceAsStream(file)) {
      if (in == null) {
        return ImmutableMap.of();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
      properties.stringPropertyNames().stream().sorted().forEach(k -> texts.put(k, properties.getProperty(k)));
      return texts.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " of " + home.getPackageName(), e);
    }
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
   * Fills a template: each placeholder replaced by its value; a placeholder without a value (the
   * function answers null) stays as written.
   *
   * @param template the template
   * @param values the value of each placeholder name, or null
   * @return the text
   */
  public static String fill(String template, Function<String, String> values) {
    requireNonNull(template, "template");
    requireNonNull(values, "values");
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.apply(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
