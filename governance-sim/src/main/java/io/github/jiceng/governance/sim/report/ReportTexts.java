package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The texts a report or the command line shows a person in one {@link Language}: Chinese by
 * default, English on request. Each language's texts are kept in one table, the properties file
 * {@code text_<tag>.properties} beside this class (UTF-8), read once and never through the JVM's
 * default locale; a text names its arguments {@code {0}}, {@code {1}}, ... and they are put in as
 * they are, so a text is the same on every machine. Besides the texts, it writes dates, periods,
 * amounts and durations as a reader of the language expects.
 *
 * <p>Files a program reads (the JSON report, event logs) do not depend on the language: they keep
 * ISO dates and English keys.
 */
public final class ReportTexts {

  private static final ReportTexts CHINESE = new ReportTexts(Language.ZH);
  private static final ReportTexts ENGLISH = new ReportTexts(Language.EN);

  private final Language language;
  private final Properties texts;

  private ReportTexts(Language language) {
    this.language = language;
    this.texts = load("text_" + language.tag() + ".properties");
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = ReportTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the text table " + name + " is missing from the jar");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the text table " + name, e);
    }
    return p;
  }

  /**
   * Returns the texts of a language.
   *
   * @param language the language, chosen by the caller
   * @return its texts
   */
  public static ReportTexts of(Language language) {
    return requireNonNull(language, "language") == Language.ZH ? CHINESE : ENGLISH;
  }

  /**
   * Returns the language of these texts.
   *
   * @return {@link Language#ZH} or {@link Language#EN}
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the language's tag.
   *
   * @return {@code zh} or {@code en}
   */
  public String tag() {
    return language.tag();
  }

  /**
   * Returns a text of this language's table with its arguments put in.
   *
   * @param key the text's key
   * @param args the values of {@code {0}}, {@code {1}}, ..., put in with {@link String#valueOf}
   * @return the text
   * @throws IllegalStateException if the table has no such key (a defect of the table)
   */
  public String text(String key, Object... args) {
    String t = texts.getProperty(key);
    if (t == null) {
      throw new IllegalStateException("no text '" + key + "' in the " + language.tag() + " table");
    }
    if (args.length == 0) {
      return t;
    }
    StringBuilder b = new StringBuilder(t.length() + 16 * args.length);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int end = i + 1;
      int n = 0;
      while (c == '{' && end < t.length() && t.charAt(end) >= '0' && t.charAt(end) <= '9' && end - i <= 2) {
        n = 10 * n + t.charAt(end++) - '0';
      }
      if (end > i + 1 && end < t.length() && t.charAt(end) == '}' && n < args.length) {
        b.append(args[n]);
        i = end;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Returns the label of an enum constant a person reads instead of its Java name, such as
   * {@code 需求提交} for {@code EventKind.DEMAND_SUBMITTED}.
   *
   * @param constant the constant
   * @return its label in this language
   * @throws IllegalStateException if the table has no label for it
   */
  public String label(Enum<?> constant) {
    requireNonNull(constant, "constant");
    return text(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /**
   * Writes a date as a reader of this language expects: {@code 2024年12月29日} in Chinese,
   * {@code 2024-12-29} in English.
   *
   * @param date the date
   * @return the text
   */
  public String date(LocalDate date) {
    requireNonNull(date, "date");
    if (language == Language.ZH) {
      return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
    return date.toString();
  }

  /**
   * Writes a period from its first to its last day, both inclusive: {@code 2026年1月1日至2026年12月31日}.
   *
   * @param first the first day
   * @param last the last day, inclusive
   * @return the text
   */
  public String period(LocalDate first, LocalDate last) {
    return text("period", date(first), date(last));
  }

  /**
   * Writes an amount: {@code 1,234.56元} in Chinese, {@code CNY 1234.56} ({@link Money#toString})
   * in English.
   *
   * @param amount the amount
   * @return the text
   */
  public String money(Money amount) {
    requireNonNull(amount, "amount");
    if (language == Language.ZH) {
      long fen = amount.fen();
      long abs = Math.abs(fen);
      return (fen < 0 ? "-" : "") + Format.count(abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + (abs % 100) + "元";
    }
    return amount.toString();
  }

  /**
   * Writes a duration in minutes as days, hours and minutes: {@code 1天2小时10分钟}, or
   * {@code 1 d 2 h 10 min}.
   *
   * @param minutes the minutes
   * @return the text
   */
  public String minutes(long minutes) {
    long d = minutes / (24 * 60);
    long h = minutes / 60 % 24;
    long m = minutes % 60;
    return (d > 0 ? text("duration.days", d) : "") + (d > 0 || h > 0 ? text("duration.hours", h) : "")
        + text("duration.minutes", m);
  }

  /** Returns {@code ReportTexts[zh]} or {@code ReportTexts[en]}. */
  @Override
  public String toString() {
    return "ReportTexts[" + language.tag() + "]";
  }

  /** The keys of the table, in order, for checking that the languages say the same things. */
  Set<String> keys() {
    return new TreeSet<>(texts.stringPropertyNames());
  }
}
