package io.github.jiceng.governance.sim.engine;

/** The properties checked after every step of a simulation (不变式). */
public enum Invariant {
  /**
   * No demand is lost: every demand raised is filed in exactly one state, the state of its status,
   * and replaying its events through the lifecycle gives that status.
   */
  DEMANDS_CONSERVED,
  /**
   * No resource holds more demands than its capacity, and the demands resources hold are exactly
   * those claimed or in service.
   */
  CAPACITY_RESPECTED,
  /** Purchases committed in a month cost no more than the month's purchase budget. */
  BUDGET_RESPECTED,
  /**
   * Every points account conserves (earned less redeemed, expired and deducted is the balance),
   * no balance is negative, and the balances together hold what the logged awards, redemptions
   * and expiries account for.
   */
  POINTS_CONSERVED,
  /**
   * The fund conserves to the fen (in = out + balance), agrees with what the log records as
   * donated and paid, every entry's debits equal its credits, and no holding is negative.
   */
  FUND_CONSERVED,
  /**
   * Each post has exactly one entry in the acting register, a holder of the post or a vacancy with
   * its reason, and it is who the acting-holder rule says acts.
   */
  ONE_ACTING_HOLDER,
  /**
   * Every step of a kind that needs scoped authority ({@code EventKind.scopedAction()}) was taken
   * under that action, and the scoped-authority rule allows its actor that action at its grid.
   */
  AUTHORITY_RESPECTED,
  /**
   * No pledge is spent (认领不计入可用资金): pledges are kept beside the ledger, which holds money
   * only, so the balance never counts an outstanding pledge; every pledge the books hold counts as
   * paid exactly the ledger's donations that name it, and every pledge a donation names is held.
   */
  PLEDGES_NOT_SPENT,
  /**
   * No owed hours are lost (以空间换服务): for every space-for-service grant, the service owed is the
   * grant's for the whole weeks elapsed, owed = delivered + outstanding − ahead, the delivered
   * service is the ledger's deliveries added up, and the ledger holds every minute the simulator
   * delivered against the grant.
   */
  OWED_HOURS_KEPT
}
