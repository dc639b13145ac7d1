package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.OutflowGroup;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a transparency report as the text a community posts on its notice board (公示栏), in
 * Chinese, with amounts in yuan to the fen and every channel and category listed, zeros included.
 * A fund that took pledges gets a sixth section: per donor, what was pledged, paid and is
 * outstanding (认领、已缴、未缴), marked as not part of the balance; a fund without pledges has none.
 *
 * <pre>
 * 蓝天街道共建实践金收支公示
 * 公示期间：2021-06-09 至 2024-12-31
 * 期初余额：0.00元
 * 一、收入：3,036,000.00元
 *   定向捐    12笔    3,000,000.00元
 *   ...
 * </pre>
 */
public final class NoticeBoard {

  private NoticeBoard() {}

  /**
   * Renders the report.
   *
   * @param report the report
   * @param zone the zone whose calendar dates the period
   * @return the notice text, lines separated by {@code \n}, ending with a line break
   */
  public static String render(TransparencyReport report, ZoneId zone) {
    requireNonNull(report, "report");
    requireNonNull(zone, "zone");
    StringBuilder out = new StringBuilder();
    LocalDate first = LocalDate.ofInstant(report.period().start(), zone);
    LocalDate last = LocalDate.ofInstant(report.period().end().minusNanos(1), zone);
    line(out, report.fundName() + "收支公示");
    line(out, "公示期间：" + first + " 至 " + last);
    line(out, "期初余额：" + yuan(report.openingBalance()));
    line(out, "一、收入：" + yuan(report.totalIn()));
    for (TransparencyReport.ChannelLine l : report.inflows()) {
      line(out, String.format(Locale.ROOT, "  %s（%s）  %d笔  %s", l.channel().chinese(), l.channel().donorKind().chinese(),
          l.donations(), yuan(l.amount())));
    }
    StringBuilder byDonor = new StringBuilder("  按捐赠人：");
    String sep = "";
    for (TransparencyReport.DonorKindLine l : report.donors()) {
      byDonor.append(sep).append(l.kind().chinese()).append(' ').append(yuan(l.amount()));
      sep = "；";
    }
    line(out, byDonor.toString());
    line(out, "二、支出：" + yuan(report.totalOut()));
    for (OutflowGroup g : OutflowGroup.values()) {
      line(out, "  " + g.chinese() + "：" + yuan(report.totalOut(g)));
      for (TransparencyReport.CategoryLine l : report.outflows()) {
        if (l.category().group() == g) {
          line(out, String.format(Locale.ROOT, "    %s  %d笔  %s  受益%d人", l.category().chinese(), l.disbursements(),
              yuan(l.amount()), l.beneficiaries()));
        }
      }
    }
    line(out, "三、期末余额：" + yuan(report.closingBalance()));
    for (TransparencyReport.HoldingLine h : report.holdings()) {
      line(out, "  " + holding(h.earmark()) + "：" + yuan(h.balance()));
    }
    line(out, "四、定向投项目：" + report.projects().size() + "个");
    for (TransparencyReport.ProjectLine p : report.projects()) {
      line(out, String.format(Locale.ROOT, "  %s %s  本期拨付%s  累计拨付%s  受益%d人", p.project(), p.title(),
          yuan(p.paidInPeriod()), yuan(p.paidToDate()), p.beneficiaries()));
    }
    line(out, "五、待拨付申请：" + report.openRequests() + "件 " + yuan(report.openAmount()));
    if (!report.pledges().isEmpty()) {
      Money pledged = report.pledges().stream().map(TransparencyReport.PledgeLine::pledged).reduce(Money.ZERO, Money::plus);
      Money paid = report.pledges().stream().map(TransparencyReport.PledgeLine::paid).reduce(Money.ZERO, Money::plus);
      line(out, "六、认领（截至期末，不计入余额）：认领" + yuan(pledged) + "  已缴" + yuan(paid) + "  未缴"
          + yuan(report.outstandingPledges()));
      for (TransparencyReport.PledgeLine l : report.pledges()) {
        line(out, String.format(Locale.ROOT, "  %s（%s）  %d笔  认领%s  已缴%s  未缴%s", l.donor().value(),
            l.kind().chinese(), l.pledges(), yuan(l.pledged()), yuan(l.paid()), yuan(l.outstanding())));
      }
    }
    line(out, "受益合计：" + report.beneficiaries() + "人次");
    line(out, "核对：期初余额 + 收入 − 支出 = 期末余额，" + yuan(report.openingBalance()) + " + " + yuan(report.totalIn())
        + " − " + yuan(report.totalOut()) + " = " + yuan(report.closingBalance()));
    return out.toString();
  }

  private static String holding(Optional<Earmark> earmark) {
    if (earmark.isEmpty()) {
      return "非定向资金";
    }
    Earmark e = earmark.get();
    if (e instanceof Earmark.ForCategory c) {
      return "限定用于" + c.category().chinese() + "的资金";
    }
    return "限定用于项目" + ((Earmark.ForProject) e).project() + "的资金";
  }

  /** Returns the amount in yuan with thousands separators, such as {@code 3,036,000.00元}. */
  static String yuan(Money m) {
    long fen = m.fen();
    String sign = fen < 0 ? "-" : "";
    long abs = Math.abs(fen);
    return sign + String.format(Locale.ROOT, "%,d.%02d元", abs / 100, abs % 100);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
