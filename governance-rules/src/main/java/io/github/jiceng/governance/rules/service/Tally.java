package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import java.time.Duration;

/**
 * The figures of one slice of the five lists: how many demands and for how many people, how many
 * services with their hours, people and cost, how many outcomes with their ratings and the people
 * they reached.
 *
 * @param demands demands counted
 * @param demandBeneficiaries people those demands are for
 * @param services deliveries counted
 * @param serviceBeneficiaries people those deliveries served
 * @param effort service hours given
 * @param cost what the deliveries cost the community
 * @param outcomes outcomes counted
 * @param ratingSum the sum of their ratings
 * @param beneficiariesReached people the outcomes report as reached
 */
public record Tally(int demands, long demandBeneficiaries, int services, long serviceBeneficiaries, Duration effort,
    Money cost, int outcomes, long ratingSum, long beneficiariesReached) {

  /** Nothing counted. */
  public static final Tally EMPTY = new Tally(0, 0, 0, 0, Duration.ZERO, Money.ZERO, 0, 0, 0);

  /** Checks that nothing is null. */
  public Tally {
    requireNonNull(effort, "effort");
    requireNonNull(cost, "cost");
  }

  /** Returns the mean rating in hundredths (a mean of 4.25 is 425), rounded half up; 0 without outcomes. */
  public long averageRatingHundredths() {
    return outcomes == 0 ? 0 : (ratingSum * 200 + outcomes) / (2L * outcomes);
  }

  Tally plusDemand(long beneficiaries) {
    return new Tally(demands + 1, demandBeneficiaries + beneficiaries, services, serviceBeneficiaries, effort, cost,
        outcomes, ratingSum, beneficiariesReached);
  }

  Tally plusService(long beneficiaries, Duration hours, Money paid) {
    return new Tally(demands, demandBeneficiaries, services + 1, serviceBeneficiaries + beneficiaries,
        effort.plus(hours), cost.plus(paid), outcomes, ratingSum, beneficiariesReached);
  }

  Tally plusOutcome(int rating, long reached) {
    return new Tally(demands, demandBeneficiaries, services, serviceBeneficiaries, effort, cost, outcomes + 1,
        ratingSum + rating, beneficiariesReached + reached);
  }
}
