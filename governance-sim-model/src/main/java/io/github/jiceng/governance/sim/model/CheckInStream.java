package io.github.jiceng.governance.sim.model;

/**
 * How party-member liaisons check in (打卡发生率): each liaison makes this many contacts per day
 * on average (in thousandths) with the households they serve, between 13:00 and 17:00; a share of
 * check-ins is anomalous (a household not assigned, an impossible place, a repeat), for the audit
 * to find.
 *
 * @param milliPerDay expected check-ins per liaison per day, in thousandths
 * @param anomalyPerMille the chance a check-in is anomalous, per mille
 */
public record CheckInStream(int milliPerDay, int anomalyPerMille) {

  /**
   * Validates the stream.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the rate or the chance is out of range
   */
  public CheckInStream {
    Checks.rate("CheckInStream", "milliPerDay", milliPerDay);
    Checks.perMille("CheckInStream", "anomalyPerMille", anomalyPerMille);
  }
}
