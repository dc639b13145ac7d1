package io.github.jiceng.governance.sim.report;

import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.OutflowGroup;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fund's transparency report (资金公示) as the rows of a table, in a language: what came in by
 * channel and donor, what went out by group and category, the balances, the directed projects
 * and the requests awaiting payment. The text report prints the rows as aligned columns, the HTML
 * page as a real table. The period gives its last day, inclusive. A figure that the JSON report
 * also holds carries its JSON Pointer.
 */
final class FundNotice {

  /**
   * One cell holding a figure.
   *
   * @param shown the figure as shown, or empty
   * @param pointer the JSON Pointer of the same figure in the JSON report, or empty
   */
  record Cell(String shown, String pointer) {
    static final Cell EMPTY = new Cell("", "");

    static Cell of(Object shown) {
      return new Cell(String.valueOf(shown), "");
    }
  }

  /**
   * One row of the notice.
   *
   * @param depth 0 for a heading, 1 and 2 for the lines below it
   * @param item what the row is
   * @param count how many payments or donations, or empty
   * @param amount the amount, or empty
   * @param people how many people benefited, or empty
   */
  record Row(int depth, String item, Cell count, Cell amount, Cell people) {}

  /**
   * The notice.
   *
   * @param title the fund's name and the notice's title
   * @param period the period, last day inclusive
   * @param rows the rows, in reading order
   * @param check the balance check: opening + income − spending = closing
   */
  record Notice(String title, String period, List<Row> rows, String check) {}

  private FundNotice() {}

  /** The notice of a transparency report, its dates in the zone's calendar. */
  static Notice of(TransparencyReport t, ZoneId zone, ReportTexts lang) {
    LocalDate first = LocalDate.ofInstant(t.period().start(), zone);
    LocalDate last = LocalDate.ofInstant(t.period().end().minusNanos(1), zone);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(0, lang.text("notice.opening"), Cell.EMPTY, money(t.openingBalance(), "/fund/openingFen", lang),
        Cell.EMPTY));
    rows.add(new Row(0, lang.text("notice.in"), Cell.EMPTY, money(t.totalIn(), "/fund/totalInFen", lang), Cell.EMPTY));
    for (int i = 0; i < t.inflows().size(); i++) {
      TransparencyReport.ChannelLine l = t.inflows().get(i);
      rows.add(new Row(1, lang.text("notice.channel", lang.label(l.channel()), lang.label(l.channel().donorKind())),
          new Cell(String.valueOf(l.donations()), "/fund/inflows/" + i + "/donations"),
          money(l.amount(), "/fund/inflows/" + i + "/amountFen", lang), Cell.EMPTY));
    }
    rows.add(new Row(1, lang.text("notice.byDonor"), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY));
    for (TransparencyReport.DonorKindLine l : t.donors()) {
      rows.add(new Row(2, lang.label(l.kind()), Cell.of(l.donations()), money(l.amount(), "", lang), Cell.EMPTY));
    }
    rows.add(new Row(0, lang.text("notice.out"), Cell.EMPTY, money(t.totalOut(), "/fund/totalOutFen", lang),
        Cell.EMPTY));
    for (OutflowGroup g : OutflowGroup.values()) {
      rows.add(new Row(1, lang.label(g), Cell.EMPTY, money(t.totalOut(g), "", lang), Cell.EMPTY));
      for (int i = 0; i < t.outflows().size(); i++) {
        TransparencyReport.CategoryLine l = t.outflows().get(i);
        if (l.category().group() == g) {
          String at = "/fund/outflows/" + i;
          rows.add(new Row(2, lang.label(l.category()), new Cell(String.valueOf(l.disbursements()), at + "/disbursements"),
              money(l.amount(), at + "/amountFen", lang), new Cell(String.valueOf(l.beneficiaries()), at + "/beneficiaries")));
        }
      }
    }
    rows.add(new Row(0, lang.text("notice.closing"), Cell.EMPTY, money(t.closingBalance(), "/fund/closingFen", lang),
        Cell.EMPTY));
    for (TransparencyReport.HoldingLine h : t.holdings()) {
      rows.add(new Row(1, holding(h.earmark(), lang), Cell.EMPTY, money(h.balance(), "", lang), Cell.EMPTY));
    }
    rows.add(new Row(0, lang.text("notice.projects"), Cell.of(lang.text("notice.projectCount", t.projects().size())),
        Cell.EMPTY, Cell.EMPTY));
    for (int i = 0; i < t.projects().size(); i++) {
      TransparencyReport.ProjectLine p = t.projects().get(i);
      rows.add(new Row(1, lang.text("notice.projectLine", p.project(), SafeText.line(p.title()),
          lang.money(p.paidToDate())), Cell.EMPTY,
          money(p.paidInPeriod(), "/fund/projects/" + i + "/paidInPeriodFen", lang), Cell.of(p.beneficiaries())));
    }
    rows.add(new Row(0, lang.text("notice.open"), new Cell(lang.text("notice.requestCount", t.openRequests()),
        "/fund/openRequests"), money(t.openAmount(), "/fund/openAmountFen", lang), Cell.EMPTY));
    rows.add(new Row(0, lang.text("notice.beneficiaries"), Cell.EMPTY, Cell.EMPTY, Cell.of(t.beneficiaries())));
    String check = lang.text("notice.check", lang.money(t.openingBalance()), lang.money(t.totalIn()),
        lang.money(t.totalOut()), lang.money(t.closingBalance()));
    return new Notice(lang.text("notice.title", SafeText.line(t.fundName())),
        lang.text("notice.period", lang.period(first, last)), rows, check);
  }

  private static Cell money(Money m, String pointer, ReportTexts lang) {
    return new Cell(lang.money(m), pointer);
  }

  private static String holding(Optional<Earmark> earmark, ReportTexts lang) {
    if (earmark.isEmpty()) {
      return lang.text("notice.unrestricted");
    }
    Earmark e = earmark.get();
    if (e instanceof Earmark.ForCategory c) {
      return lang.text("notice.forCategory", lang.label(c.category()));
    }
    return lang.text("notice.forProject", ((Earmark.ForProject) e).project());
  }

  /** The notice as text columns, each line after the prefix; columns padded by display width. */
  static void text(StringBuilder out, Notice n, String prefix) {
    out.append(prefix).append(n.title()).append('\n');
    out.append(prefix).append(n.period()).append('\n');
    int item = 0;
    int count = 0;
    int amount = 0;
    int people = 0;
    for (Row r : n.rows()) {
      item = Math.max(item, 2 * r.depth() + Format.displayWidth(r.item()));
      count = Math.max(count, Format.displayWidth(r.count().shown()));
      amount = Math.max(amount, Format.displayWidth(r.amount().shown()));
      people = Math.max(people, Format.displayWidth(r.people().shown()));
    }
    for (Row r : n.rows()) {
      StringBuilder line = new StringBuilder();
      line.append("  ".repeat(r.depth())).append(Format.pad(r.item(), item - 2 * r.depth()))
          .append("  ").append(Format.padLeft(r.count().shown(), count))
          .append("  ").append(Format.padLeft(r.amount().shown(), amount));
      line.append("  ").append(Format.padLeft(r.people().shown(), people));
      out.append(prefix).append(line.toString().stripTrailing()).append('\n');
    }
    out.append(prefix).append(n.check()).append('\n');
  }

  /** The notice as an HTML table with its title and period above it and the check below. */
  static void html(StringBuilder b, Notice n, ReportTexts lang) {
    b.append("<table class=\"notice\">\n<caption>").append(Html.escape(n.title())).append("<br>")
        .append(Html.escape(n.period())).append("</caption>\n<tr><th>").append(Html.escape(lang.text("notice.item")))
        .append("</th><th>").append(Html.escape(lang.text("notice.count"))).append("</th><th>")
        .append(Html.escape(lang.text("notice.amount"))).append("</th><th>").append(Html.escape(lang.text("notice.people")))
        .append("</th></tr>\n");
    for (Row r : n.rows()) {
      b.append(r.depth() == 0 ? "<tr class=\"head\">" : "<tr>").append("<td class=\"d").append(r.depth()).append("\">")
          .append(Html.escape(r.item())).append("</td>");
      for (Cell c : List.of(r.count(), r.amount(), r.people())) {
        b.append("<td>").append(HtmlReport.figure(c.pointer(), c.shown())).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n<p>").append(Html.escape(n.check())).append("</p>\n");
  }
}
