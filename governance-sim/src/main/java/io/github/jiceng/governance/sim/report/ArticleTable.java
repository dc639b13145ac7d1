package io.github.jiceng.governance.sim.report;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The article's figures ({@link ArticleCheck}) as a table a person reads (文章数据核对), in a
 * language: a summary, one row per figure (the article's wording, the article's value, the value
 * derived, the check) and the notes on how the figures are counted. The text report prints it as
 * aligned columns, the HTML page as a real table whose figures carry their JSON Pointers.
 */
final class ArticleTable {

  /** The JSON Pointer of the check in the JSON report. */
  static final String POINTER = "/articleFigures";

  private ArticleTable() {}

  /** The article's wording in the language. */
  static String wording(ArticleFigure f, ReportTexts lang) {
    return lang.language() == Language.ZH ? f.chinese() : f.english();
  }

  /** A value as the language writes it in the figure's unit: 12支, 2021年6月9日, 3,600,000.00元. */
  static String value(ArticleFigure f, long v, ReportTexts lang) {
    return switch (f.unit()) {
      case DAY -> lang.date(LocalDate.ofEpochDay(v));
      case FEN -> lang.money(Money.ofFen(v));
      default -> lang.text("article.unit." + f.unit().name(), Format.count(v));
    };
  }

  /** The article's value as the article states it: 超过3,000名, 近20,000人次. */
  static String stated(ArticleFigure f, ReportTexts lang) {
    return lang.text("article.comparison." + f.comparison().name(), value(f, f.stated(), lang));
  }

  /** The value derived, or a dash when the scenario does not hold it. */
  static String derived(ArticleFigure f, ReportTexts lang) {
    return f.derived().isPresent() ? value(f, f.derived().getAsLong(), lang) : lang.text("article.none");
  }

  /** The check's word: 相符, 不符, 情景中没有. */
  static String status(ArticleFigure f, ReportTexts lang) {
    return lang.text("article.status." + f.status().name());
  }

  /** The notes under the table: where the values come from and how people are counted. */
  static List<String> notes(ArticleCheck c, ZoneId zone, ReportTexts lang) {
    return List.of(lang.text("article.note.period", lang.date(LocalDate.ofInstant(c.asOf(), zone)), c.activityYear()),
        lang.text("article.note.personTimes"), lang.text("article.note.beneficiaries"));
  }

  /** Appends the table as text: a summary line, a heading, a line per figure and the notes. */
  static void text(StringBuilder out, ArticleCheck c, ZoneId zone, ReportTexts lang) {
    out.append(lang.text("article.text", lang.text("article.summary", c.figures().size(),
        c.count(ArticleFigure.Status.MATCHES), c.count(ArticleFigure.Status.DIFFERS),
        c.count(ArticleFigure.Status.NOT_IN_SCENARIO)))).append('\n');
    String[] head = {lang.text("article.header.wording"), lang.text("article.header.stated"),
        lang.text("article.header.derived"), lang.text("article.header.status")};
    int[] width = new int[3];
    for (int i = 0; i < 3; i++) {
      width[i] = Format.displayWidth(head[i]);
    }
    for (ArticleFigure f : c.figures()) {
      width[0] = Math.max(width[0], Format.displayWidth(SafeText.line(wording(f, lang))));
      width[1] = Math.max(width[1], Format.displayWidth(stated(f, lang)));
      width[2] = Math.max(width[2], Format.displayWidth(derived(f, lang)));
    }
    row(out, width, head);
    for (ArticleFigure f : c.figures()) {
      row(out, width, new String[] {SafeText.line(wording(f, lang)), stated(f, lang), derived(f, lang), status(f, lang)});
    }
    for (String note : notes(c, zone, lang)) {
      out.append("  ").append(SafeText.line(note)).append('\n');
    }
  }

  private static void row(StringBuilder out, int[] width, String[] cells) {
    out.append("  ");
    for (int i = 0; i < 3; i++) {
      out.append(Format.pad(cells[i], width[i] + 2));
    }
    out.append(cells[3]).append('\n');
  }

  /** Appends the table as HTML: a heading, a summary, the table and the notes. */
  static void html(StringBuilder b, ArticleCheck c, ZoneId zone, ReportTexts lang) {
    b.append("<h2>").append(Html.escape(lang.text("article.title"))).append("</h2>\n<p>");
    String text = lang.text("article.summary", MARK + 0, MARK + 1, MARK + 2, MARK + 3);
    String escaped = Html.escape(text)
        .replace(MARK + 0, HtmlReport.figure(POINTER + "/total", c.figures().size()))
        .replace(MARK + 1, HtmlReport.figure(POINTER + "/matching", c.count(ArticleFigure.Status.MATCHES)))
        .replace(MARK + 2, HtmlReport.figure(POINTER + "/differing", c.count(ArticleFigure.Status.DIFFERS)))
        .replace(MARK + 3, HtmlReport.figure(POINTER + "/notInScenario", c.count(ArticleFigure.Status.NOT_IN_SCENARIO)));
    b.append(escaped).append("</p>\n<table class=\"article\">\n<tr>");
    for (String k : List.of("wording", "stated", "derived", "status")) {
      b.append("<th>").append(Html.escape(lang.text("article.header." + k))).append("</th>");
    }
    b.append("</tr>\n");
    for (int i = 0; i < c.figures().size(); i++) {
      ArticleFigure f = c.figures().get(i);
      String at = POINTER + "/figures/" + i;
      // a day is an ISO date in the JSON report, not a number: it is shown without a pointer
      boolean number = f.unit() != ArticleFigure.Unit.DAY;
      b.append("<tr class=\"").append(f.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append("\"><td>").append(Html.escape(wording(f, lang))).append("</td><td>")
          .append(HtmlReport.figure(number ? at + "/stated" : "", stated(f, lang))).append("</td><td>")
          .append(HtmlReport.figure(number && f.derived().isPresent() ? at + "/derived" : "", derived(f, lang)))
          .append("</td><td>").append(Html.escape(status(f, lang))).append("</td></tr>\n");
    }
    b.append("</table>\n");
    for (String note : notes(c, zone, lang)) {
      b.append("<p class=\"muted\">").append(Html.escape(note)).append("</p>\n");
    }
  }

  /** A place in a sentence where markup goes, as in {@link HtmlReport}. */
  private static final String MARK = "\uE000";
}
