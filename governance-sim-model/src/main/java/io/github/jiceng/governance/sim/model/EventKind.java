package io.github.jiceng.governance.sim.model;

import io.github.jiceng.governance.model.authority.Action;
import java.util.Optional;

/** What a {@link SimulationEvent} records, grouped by the feature whose rule took the step. */
public enum EventKind {
  /** The dual-hierarchy audit of the roster at the start (双重层级核查). */
  ROSTER_AUDITED,
  /** A resource offered to the service chain (资源清单), listed at the start. */
  RESOURCE_LISTED,
  /** A holder of an A/B post starts an absence (缺岗). */
  ABSENCE_STARTED,
  /** The acting holder of a post changed, or the post became vacant (交接, 空岗). */
  ACTING_CHANGED,
  /** A demand raised (群众点单). */
  DEMAND_SUBMITTED(Action.RAISE),
  /** A demand accepted at review (受理). */
  DEMAND_ACCEPTED(Action.ADVISE),
  /** A demand rejected at review (不予受理). */
  DEMAND_REJECTED(Action.ADVISE),
  /** Accepted demands grouped into a project (项目清单). */
  PROJECT_FORMED,
  /** A demand grouped into its project. */
  DEMAND_GROUPED(Action.DISPATCH),
  /** One partition's daily matching of demands to claimants (匹配). */
  MATCHING_RUN,
  /** A demand dispatched to a channel (社区下单). */
  DEMAND_DISPATCHED(Action.DISPATCH),
  /** A claimant took a demand (共建单位接单). */
  DEMAND_CLAIMED,
  /** The claimant started serving. */
  SERVICE_STARTED,
  /** The service was delivered and recorded (服务清单). */
  SERVICE_DELIVERED,
  /** The resident rated the service (成效清单). */
  DEMAND_EVALUATED,
  /** The demand closed after a satisfactory rating (办结). */
  DEMAND_CLOSED(Action.ADVISE),
  /** The demand reopened after a poor rating. */
  DEMAND_REOPENED(Action.ADVISE),
  /** The resident withdrew the demand. */
  DEMAND_WITHDRAWN,
  /** The claimant released the demand. */
  DEMAND_RELEASED,
  /** Red-star points awarded (积分奖励). */
  POINTS_AWARDED,
  /** Red-star points redeemed for a service (积分兑换). */
  POINTS_REDEEMED,
  /** Red-star points expired (积分过期). */
  POINTS_EXPIRED,
  /** A volunteer service record entered (志愿服务记录). */
  VOLUNTEER_RECORDED,
  /** A party member's contact check-in (联系群众打卡). */
  CHECKED_IN,
  /** The check-in audit flagged check-ins (异常打卡). */
  CHECK_IN_FLAGGED,
  /** The co-building fund opened for the simulation (共建实践金). */
  FUND_OPENED,
  /** A pledge to the fund recorded (认领): a promise, not money the fund can spend. */
  PLEDGE_MADE,
  /** A donation recorded; one that names a pledge pays it. */
  DONATION_RECEIVED,
  /** A request to pay out of the fund. */
  DISBURSEMENT_REQUESTED(Action.RAISE),
  /** An approval of a request (审批). */
  DISBURSEMENT_APPROVED(Action.APPROVE),
  /** A request declined. */
  DISBURSEMENT_DECLINED(Action.APPROVE),
  /** A request paid out (支出). */
  DISBURSEMENT_PAID,
  /** An issue clue collected (问题线索). */
  CLUE_COLLECTED(Action.RAISE),
  /** A clue accepted at screening (归类筛选). */
  CLUE_SCREENED(Action.ADVISE),
  /** A clue merged into another about the same problem. */
  CLUE_MERGED(Action.ADVISE),
  /** A clue rejected. */
  CLUE_REJECTED(Action.ADVISE),
  /** A clue surveyed and evaluated. */
  CLUE_EVALUATED(Action.ADVISE),
  /** How a clue is solved decided (定向投, 认领, 服务链). */
  CLUE_DECIDED(Action.DISPATCH),
  /** Work on a clue's project started. */
  CLUE_STARTED(Action.DISPATCH),
  /** A clue's project completed. */
  CLUE_COMPLETED(Action.DISPATCH),
  /** A proposal received (提案). */
  PROPOSAL_RECEIVED(Action.RAISE),
  /** A proposal accepted (受理). */
  PROPOSAL_ACCEPTED(Action.ADVISE),
  /** A proposal not accepted (不予受理). */
  PROPOSAL_REJECTED(Action.ADVISE),
  /** A proposal assigned (交办). */
  PROPOSAL_ASSIGNED(Action.DISPATCH),
  /** Work on a proposal started (办理). */
  PROPOSAL_STARTED,
  /** A proposal answered (答复). */
  PROPOSAL_ANSWERED(Action.ADVISE),
  /** The resident rated the answer (评价). */
  PROPOSAL_RATED,
  /** A proposal closed (办结). */
  PROPOSAL_CLOSED,
  /** A proposal escalated one level up (逐级上报). */
  PROPOSAL_ESCALATED,
  /** A handler referred a proposal one level up, with a reason (逐级上报). */
  PROPOSAL_REFERRED(Action.ADVISE),
  /** A room of a venue granted to an organization for service in return (以空间换服务). */
  SPACE_GRANTED,
  /** Service delivered under a space-for-service grant (服务时长). */
  SPACE_SERVICE_DELIVERED,
  /** A review found an organization behind on the service it owes for its space (服务滞后). */
  SPACE_FELL_BEHIND,
  /** A review found a flagged organization caught up on the service it owes. */
  SPACE_CAUGHT_UP,
  /** A unit's party organization or a party member reported to the community with its commitments (报到). */
  AGREEMENT_REPORTED,
  /** A joint meeting reviewed an agreement's measured fulfilment (联席会议评议). */
  AGREEMENT_REVIEWED,
  /** A review went back to the reporter's own organization (报到反馈). */
  AGREEMENT_FED_BACK,
  /** A rule refused a step; the detail names the rule, the reason and the records. */
  REFUSED,
  /** Scoped authority refused an actor a step; the detail gives the denial's reason. */
  AUTHORITY_DENIED;

  private final Action scopedAction;

  EventKind() {
    this.scopedAction = null;
  }

  EventKind(Action scopedAction) {
    this.scopedAction = scopedAction;
  }

  /**
   * Returns the action a step of this kind needs from the scoped-authority rule when an actor
   * takes it during a run (a handler reviewing, dispatching, closing; an approver approving), or
   * empty for steps no grid-scoped grant governs (a resident's rating, a claimant's service, a
   * deadline's escalation, a points award). Steps dated before a run, taken again from a file's
   * history, are records: the simulator's authority check does not decide them again.
   *
   * @return the scoped action, if the kind needs one
   */
  public Optional<Action> scopedAction() {
    return Optional.ofNullable(scopedAction);
  }
}
