package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.sim.engine.DayFigures;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The figures a policy comparison looks at, of one run: how many demands were served and how
 * long they waited, how many points were issued (inflation), how fast the fund was spent (burn).
 *
 * @param demandsRaised demands raised during the run
 * @param demandsClosed demands closed (办结)
 * @param demandsRejected demands rejected at review
 * @param demandsWithdrawn demands withdrawn by residents
 * @param demandsOpen demands not in a final state at the end
 * @param serviceRatePerMille closed per thousand raised
 * @param demandsClaimed demands claimed at least once
 * @param meanWaitingMinutes the mean time from submission to first claim, in minutes, rounded half up
 * @param pointsIssued red-star points awarded
 * @param pointsRedeemed points redeemed for services
 * @param pointsExpired points expired
 * @param pointsOutstanding points in every balance at the end
 * @param pointsEarners accounts that earned at least one point
 * @param pointsPerEarner points issued per earner, rounded half up
 * @param fundOpening what the fund held at the start, from the entries recorded before it
 * @param fundDonated money donated during the run (entries recorded before the start are history)
 * @param fundPaid money paid out during the run
 * @param fundBalance what the fund holds at the end
 * @param fundPaidPer30Days money paid out per thirty days of the run
 * @param fundBurnPerMille money paid out during the run per thousand of the money donated during it
 */
public record RunMetrics(long demandsRaised, long demandsClosed, long demandsRejected, long demandsWithdrawn,
    long demandsOpen, long serviceRatePerMille, long demandsClaimed, long meanWaitingMinutes, long pointsIssued,
    long pointsRedeemed, long pointsExpired, long pointsOutstanding, long pointsEarners, long pointsPerEarner,
    Money fundOpening, Money fundDonated, Money fundPaid, Money fundBalance, Money fundPaidPer30Days,
    long fundBurnPerMille) {

  /** Checks that nothing is null. */
  public RunMetrics {
    requireNonNull(fundOpening, "fundOpening");
    requireNonNull(fundDonated, "fundDonated");
    requireNonNull(fundPaid, "fundPaid");
    requireNonNull(fundBalance, "fundBalance");
    requireNonNull(fundPaidPer30Days, "fundPaidPer30Days");
  }

  /**
   * Computes the figures of a run.
   *
   * @param r the run
   * @return its figures
   */
  public static RunMetrics of(SimulationResult r) {
    requireNonNull(r, "r");
    long raised = r.demandStatuses().size();
    long closed = 0;
    long rejected = 0;
    long withdrawn = 0;
    long open = 0;
    for (DemandStatus s : r.demandStatuses().values()) {
      if (s.state() == DemandState.CLOSED) {
        closed++;
      } else if (s.state() == DemandState.REJECTED) {
        rejected++;
      } else if (s.state() == DemandState.WITHDRAWN) {
        withdrawn++;
      } else {
        open++;
      }
    }
    long minutes = 0;
    for (Duration d : r.waitingTimes().values()) {
      minutes += d.toMinutes();
    }
    long claimed = r.waitingTimes().size();
    long issued = 0;
    long redeemed = 0;
    long expired = 0;
    long outstanding = 0;
    long earners = 0;
    for (AccountTotals t : r.pointsTotals()) {
      issued += t.earned().value();
      redeemed += t.redeemed().value();
      expired += t.expired().value();
      outstanding += t.balance().value();
      earners += t.earned().isPositive() ? 1 : 0;
    }
    Money in = Money.ZERO;
    Money out = Money.ZERO;
    for (DayFigures d : r.daily()) {
      in = in.plus(d.fundIn());
      out = out.plus(d.fundOut());
    }
    Money balance = r.daily().isEmpty() ? Money.ZERO : r.daily().get(r.daily().size() - 1).fundBalance();
    return new RunMetrics(raised, closed, rejected, withdrawn, open, ratio(closed, raised, 1000), claimed,
        ratio(minutes, claimed, 1), issued, redeemed, expired, outstanding, earners, ratio(issued, earners, 1),
        balance.minus(in).plus(out), in, out,
        balance, out.share(30, Math.max(1, r.days()), RoundingMode.HALF_UP), ratio(out.fen(), in.fen(), 1000));
  }

  /** {@code scale * a / b}, rounded half up; 0 when {@code b} is 0. */
  static long ratio(long a, long b, long scale) {
    return b == 0 ? 0 : (2 * scale * a + b) / (2 * b);
  }
}
