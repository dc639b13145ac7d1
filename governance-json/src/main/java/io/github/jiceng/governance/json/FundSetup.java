package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.Fund;

/**
 * A co-building fund as a scenario sets it up (共建实践金): the fund and the policy it pays out
 * under. The scenario's {@code fund} section; the fund's ledger entries are the {@code fundEntries}
 * section.
 *
 * <p>In a scenario file the fund's own properties come first and the policy follows them:
 * {@code {"id": ..., "name": ..., "grid": ..., "launchedOn": ..., "zone": ..., "policy": {...}}}.
 *
 * @param fund the fund
 * @param policy its disbursement policy
 */
public record FundSetup(Fund fund, DisbursementPolicy policy) {

  /** Checks the parts are present. */
  public FundSetup {
    requireNonNull(fund, "fund");
    requireNonNull(policy, "policy");
  }
}
