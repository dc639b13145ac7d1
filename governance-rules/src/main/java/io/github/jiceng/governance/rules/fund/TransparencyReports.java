package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the transparency report (资金公示) of a fund for a period, from its book.
 *
 * <p>Entries count in the period when they are booked inside it ({@code [start, end)}). The
 * opening balance holds every entry before the start, the closing balance every entry before the
 * end, so the reports of consecutive periods chain: one's closing balance is the next one's
 * opening balance.
 *
 * <p>Pledges are reported as they stand at the end of the period, one line per donor and donor
 * kind: every pledge made before the end, and what donations naming it paid before the end. They
 * are listed beside the money, never in it: inflows count the donations that paid them.
 */
public final class TransparencyReports {

  private TransparencyReports() {}

  /**
   * Returns the report of the book's fund for the period.
   *
   * @param book the fund's book
   * @param period the period reported
   * @return the report; its arithmetic checked
   */
  public static TransparencyReport of(FundBook book, Interval period) {
    requireNonNull(book, "book");
    requireNonNull(period, "period");
    Ledger ledger = book.ledger();
    Map<DonationChannel, long[]> channels = new EnumMap<>(DonationChannel.class);
    Map<DonorKind, long[]> donors = new EnumMap<>(DonorKind.class);
    Map<OutflowCategory, long[]> categories = new EnumMap<>(OutflowCategory.class);
    Map<ProjectId, ProjectTally> projects = new TreeMap<>();
    Map<PledgeId, Long> paidOnPledges = new HashMap<>();
    for (LedgerEntry e : ledger.entries()) {
      if (!e.at().isBefore(period.end())) {
        break;
      }
      if (e instanceof Donation d && d.pledge().isPresent()) {
        paidOnPledges.merge(d.pledge().get(), d.amount().fen(), Math::addExact);
      }
      boolean inside = !e.at().isBefore(period.start());
      if (e instanceof Donation d && inside) {
        add(channels.computeIfAbsent(d.channel(), k -> new long[2]), d.amount(), 0);
        add(donors.computeIfAbsent(d.donorKind(), k -> new long[2]), d.amount(), 0);
      } else if (e instanceof Disbursement d) {
        if (d.request().project().isPresent()) {
          ProjectTally t = projects.computeIfAbsent(d.request().project().get(), p -> new ProjectTally(d.request().purpose()));
          t.toDate = t.toDate.plus(d.amount());
          if (inside) {
            t.inPeriod = t.inPeriod.plus(d.amount());
            t.paidInPeriod = true;
            t.beneficiariesInPeriod = Math.max(t.beneficiariesInPeriod, d.request().beneficiaries());
          }
          t.beneficiaries = Math.max(t.beneficiaries, d.request().beneficiaries());
        }
        if (inside) {
          boolean counted = d.request().project().isPresent();
          add(categories.computeIfAbsent(d.category(), k -> new long[3]), d.amount(), counted ? 0 : d.request().beneficiaries());
        }
      }
    }
    projects.values().removeIf(t -> !t.paidInPeriod);
    long[] directed = categories.get(OutflowCategory.DIRECTED_PROJECT);
    if (directed != null) {
      directed[2] = projects.values().stream().mapToLong(t -> t.beneficiariesInPeriod).sum();
    }

    TransparencyReport.Builder b = TransparencyReport.builder()
        .fund(book.fund().id())
        .fundName(book.fund().name())
        .period(period)
        .openingBalance(holdingsSum(ledger.balancesBefore(period.start())));
    for (DonationChannel c : DonationChannel.values()) {
      long[] t = channels.getOrDefault(c, new long[2]);
      b.addInflow(new TransparencyReport.ChannelLine(c, (int) t[0], Money.ofFen(t[1])));
    }
    for (DonorKind k : DonorKind.values()) {
      long[] t = donors.getOrDefault(k, new long[2]);
      b.addDonor(new TransparencyReport.DonorKindLine(k, (int) t[0], Money.ofFen(t[1])));
    }
    for (OutflowCategory c : OutflowCategory.values()) {
      long[] t = categories.getOrDefault(c, new long[3]);
      b.addOutflow(new TransparencyReport.CategoryLine(c, (int) t[0], Money.ofFen(t[1]), t[2]));
    }
    SortedMap<Account, Long> close = ledger.balancesBefore(period.end());
    b.closingBalance(holdingsSum(close));
    b.addHolding(new TransparencyReport.HoldingLine(Account.Holding.UNRESTRICTED.earmark(),
        Money.ofFen(close.getOrDefault(Account.Holding.UNRESTRICTED, 0L))));
    close.forEach((a, fen) -> {
      if (a instanceof Account.Holding h && h.earmark().isPresent()) {
        b.addHolding(new TransparencyReport.HoldingLine(h.earmark(), Money.ofFen(fen)));
      }
    });
    projects.forEach((p, t) -> b.addProject(
        new TransparencyReport.ProjectLine(p, t.title, t.inPeriod, t.toDate, t.beneficiaries)));
    int open = 0;
    Money openAmount = Money.ZERO;
    for (DisbursementCase c : book.cases()) {
      if (openAt(c, period.end())) {
        open++;
        openAmount = openAmount.plus(c.request().amount());
      }
    }
    pledgeLines(book, period.end(), paidOnPledges).forEach(b::addPledge);
    return b.openRequests(open).openAmount(openAmount).build();
  }

  /** One line per donor and kind: the pledges made before the end and what was paid on them before it. */
  private static List<TransparencyReport.PledgeLine> pledgeLines(FundBook book, Instant end,
      Map<PledgeId, Long> paidOnPledges) {
    SortedMap<ActorId, Map<DonorKind, long[]>> byDonor = new TreeMap<>();
    for (PledgeStanding standing : book.pledges()) {
      Pledge p = standing.pledge();
      if (!p.at().isBefore(end)) {
        continue;
      }
      long[] t = byDonor.computeIfAbsent(p.donor(), k -> new EnumMap<>(DonorKind.class))
          .computeIfAbsent(p.donorKind(), k -> new long[3]);
      t[0]++;
      t[1] = Math.addExact(t[1], p.amount().fen());
      t[2] = Math.addExact(t[2], paidOnPledges.getOrDefault(p.id(), 0L));
    }
    List<TransparencyReport.PledgeLine> lines = new ArrayList<>();
    byDonor.forEach((donor, kinds) -> kinds.forEach((kind, t) -> lines.add(
        new TransparencyReport.PledgeLine(donor, kind, (int) t[0], Money.ofFen(t[1]), Money.ofFen(t[2])))));
    return lines;
  }

  /** Whether the case was requested before the instant and neither paid nor declined before it. */
  private static boolean openAt(DisbursementCase c, Instant end) {
    if (!c.request().requestedAt().isBefore(end)) {
      return false;
    }
    boolean paid = c.payment().isPresent() && c.payment().get().at().isBefore(end);
    boolean declined = c.decline().isPresent() && c.decline().get().at().isBefore(end);
    return !paid && !declined;
  }

  private static void add(long[] tally, Money amount, long beneficiaries) {
    tally[0]++;
    tally[1] = Math.addExact(tally[1], amount.fen());
    if (tally.length > 2) {
      tally[2] = Math.addExact(tally[2], beneficiaries);
    }
  }

  private static Money holdingsSum(SortedMap<Account, Long> balances) {
    long fen = 0;
    for (Map.Entry<Account, Long> e : balances.entrySet()) {
      if (e.getKey() instanceof Account.Holding) {
        fen = Math.addExact(fen, e.getValue());
      }
    }
    return Money.ofFen(fen);
  }

  private static final class ProjectTally {
    final String title;
    Money inPeriod = Money.ZERO;
    Money toDate = Money.ZERO;
    boolean paidInPeriod;
    long beneficiaries;
    long beneficiariesInPeriod;

    ProjectTally(String title) {
      this.title = title;
    }
  }
}
