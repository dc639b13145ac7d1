package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language a report or the command line speaks to a person: Chinese by default, English on
 * request. Each language's text is kept in one table, the properties file
 * {@code text_<tag>.properties} beside this class (UTF-8), read once and never through the JVM's
 * default locale; a text names its arguments {@code {0}}, {@code {1}}, ... and they are put in as
 * they are, so a text is the same on every machine.
 *
 * <p>Files a program reads (the JSON report, event logs) do not depend on the language: they keep
 * ISO dates and English keys.
 */
public enum ReportLanguage {
  /** 中文: the default. Dates as {@code 2024年12月29日}, amounts as {@code 1,234.56元}. */
  CHINESE("zh"),
  /** English: dates in ISO-8601 ({@code 2024-12-29}), amounts as {@code CNY 1234.56}. */
  ENGLISH("en");

  private final String tag;
  private final Properties texts;

  ReportLanguage(String tag) {
    this.tag = tag;
    this.texts = load("text_" + tag + ".properties");
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = ReportLanguage.class.getResourceAsStream(name)) {
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
   * The language of a tag as the command line takes it ({@code --lang zh}, {@code --lang en}),
   * case-insensitive.
   *
   * @param tag {@code zh} or {@code en}
   * @return the language
   * @throws IllegalArgumentException for any other tag
   */
  public static ReportLanguage ofTag(String tag) {
    requireNonNull(tag, "tag");
    for (ReportLanguage l : values()) {
      if (l.tag.equals(tag.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("the language is zh or en, not '" + tag + "'");
  }

  /**
   * Returns the language's tag.
   *
   * @return {@code zh} or {@code en}
   */
  public String tag() {
    return tag;
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
      throw new IllegalStateException("no text '" + key + "' in the " + tag + " table");
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
    if (this == CHINESE) {
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
    if (this == CHINESE) {
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

  /** The keys of the table, in order, for checking that the languages say the same things. */
  Set<String> keys() {
    return new TreeSet<>(texts.stringPropertyNames());
  }
}
