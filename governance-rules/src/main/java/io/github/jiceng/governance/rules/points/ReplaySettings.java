package io.github.jiceng.governance.rules.points;

import io.github.jiceng.governance.model.shared.DomainChecks;

/**
 * The policy of a {@link CompactReplay}, in periods: a cap on the points credited to one member
 * in one period, and the number of periods after which credited points expire.
 *
 * <p>With monthly periods, {@code new ReplaySettings(500, 12)} is a policy with a member cap of
 * 500 points per month and {@code ExpiryPolicy.afterMonths(12)}: points credited in month M are
 * gone at the start of month M + 12.
 *
 * @param periodCap the most points credited to one member in one period; 0 for no cap
 * @param expiryPeriods the periods after which points expire; 0 for never
 */
public record ReplaySettings(int periodCap, int expiryPeriods) {

  /** Validates the settings. */
  public ReplaySettings {
    DomainChecks.notNegative("ReplaySettings", "periodCap", periodCap);
    DomainChecks.inRange("ReplaySettings", "expiryPeriods", expiryPeriods, 0, 1200);
  }
}
