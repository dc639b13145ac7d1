package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.Fund;

/**
 * The co-building fund of a scenario (共建实践金): the fund, its disbursement policy and the person
 * who pays approved requests out (出纳).
 *
 * @param fund the fund
 * @param policy its disbursement policy
 * @param payer who pays approved requests; never the requester of one
 */
public record FundSetup(Fund fund, DisbursementPolicy policy, PersonId payer) {

  /** Checks that nothing is null. */
  public FundSetup {
    requireNonNull(fund, "fund");
    requireNonNull(policy, "policy");
    requireNonNull(payer, "payer");
  }
}
