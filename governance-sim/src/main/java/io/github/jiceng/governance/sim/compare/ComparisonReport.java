package io.github.jiceng.governance.sim.compare;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.sim.report.ReportTexts;
import java.util.Map;

/**
 * The plain-text rendering of a {@link PolicyComparison}: one line per figure, both runs and the
 * change; in Chinese unless another {@link Language} is asked for. Columns are padded by
 * display width, so Chinese names line up.
 */
public final class ComparisonReport {

  /** The text-table key of each figure {@link PolicyComparison} compares, by its metric name. */
  private static final Map<String, String> METRICS = Map.ofEntries(
      Map.entry("service rate (closed per thousand raised)", "compare.metric.serviceRate"),
      Map.entry("demands closed", "compare.metric.closed"),
      Map.entry("demands open at the end", "compare.metric.open"),
      Map.entry("mean wait from raising to claim", "compare.metric.wait"),
      Map.entry("points issued (inflation)", "compare.metric.pointsIssued"),
      Map.entry("points issued per earner", "compare.metric.pointsPerEarner"),
      Map.entry("points outstanding at the end", "compare.metric.pointsOutstanding"),
      Map.entry("fund paid out (burn)", "compare.metric.fundPaid"),
      Map.entry("fund paid out per 30 days", "compare.metric.fundPaidPer30Days"),
      Map.entry("fund paid per thousand donated", "compare.metric.fundBurn"),
      Map.entry("fund balance at the end", "compare.metric.fundBalance"));

  private ComparisonReport() {}

  /**
   * Renders the comparison in Chinese.
   *
   * @param c the comparison
   * @return the text, lines separated by {@code \n}
   */
  public static String render(PolicyComparison c) {
    return render(c, Language.ZH);
  }

  /**
   * Renders the comparison in a language.
   *
   * @param c the comparison
   * @param language the language, chosen by the caller
   * @return the text, lines separated by {@code \n}
   */
  public static String render(PolicyComparison c, Language language) {
    requireNonNull(c, "c");
    ReportTexts lang = ReportTexts.of(language);
    StringBuilder b = new StringBuilder();
    b.append(lang.text("compare.title", c.first().options().scenarioName(), c.seed(), c.days())).append('\n');
    b.append("  ").append(lang.text("compare.variant", "A", c.first().name(), lang.label(c.first().options().matching())))
        .append('\n');
    b.append("  ").append(lang.text("compare.variant", "B", c.second().name(),
        lang.label(c.second().options().matching()))).append("\n\n");
    int width = 44;
    for (PolicyComparison.Difference d : c.differences()) {
      width = Math.max(width, displayWidth(metric(d, lang)) + 2);
    }
    b.append(pad(lang.text("compare.figure"), width)).append(left("A", 16)).append(left("B", 16)).append(left("B - A", 16))
        .append(left(lang.text("compare.change"), 10)).append('\n');
    for (PolicyComparison.Difference d : c.differences()) {
      b.append(pad(metric(d, lang), width)).append(left(value(d.first(), d.unit(), lang), 16))
          .append(left(value(d.second(), d.unit(), lang), 16)).append(left(value(d.change(), d.unit(), lang), 16))
          .append(left(permille(d.changePerMille()), 10)).append('\n');
    }
    return b.toString();
  }

  private static String metric(PolicyComparison.Difference d, ReportTexts lang) {
    String key = METRICS.get(d.metric());
    return key == null ? d.metric() : lang.text(key);
  }

  private static String value(long v, String unit, ReportTexts lang) {
    return switch (unit) {
      case "fen" -> lang.money(Money.ofFen(v));
      case "min" -> v + " " + lang.text("compare.unit.minutes");
      case "pt" -> v + " " + lang.text("compare.unit.points");
      case "" -> String.valueOf(v);
      default -> v + " " + unit;
    };
  }

  private static String permille(long pm) {
    long abs = Math.abs(pm);
    return (pm < 0 ? "-" : "+") + (abs / 10) + "." + (abs % 10) + "%";
  }

  private static String pad(String s, int w) {
    StringBuilder b = new StringBuilder(s);
    for (int i = displayWidth(s); i < w; i++) {
      b.append(' ');
    }
    return b.toString();
  }

  private static String left(String s, int w) {
    StringBuilder b = new StringBuilder();
    for (int i = displayWidth(s); i < w; i++) {
      b.append(' ');
    }
    return b.append(s).toString();
  }

  /** Two columns for a Chinese character, one for the rest: enough for the texts of this report. */
  private static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xF900 && cp <= 0xFAFF) ? 2 : 1;
    }
    return w;
  }
}
