package io.github.jiceng.governance.model.points;

/**
 * What a contribution was (贡献类型), and so how it is measured: in hours of actual time, in
 * occurrences, or in an amount of money.
 */
public enum ContributionKind {
  /** 志愿服务时长: volunteer service, measured in hours of actual time. */
  VOLUNTEER_SERVICE(Measure.HOURS),
  /** 组织活动: an activity organised. */
  ACTIVITY_ORGANISED(Measure.OCCURRENCES),
  /** 参加活动: an activity attended. */
  ACTIVITY_ATTENDED(Measure.OCCURRENCES),
  /** 需求办结: a resident's demand fulfilled, usually with the resident's rating. */
  DEMAND_FULFILLED(Measure.OCCURRENCES),
  /** 捐赠: a donation of money, measured by its amount. */
  DONATION(Measure.AMOUNT),
  /** 建议被采纳: a proposal adopted. */
  PROPOSAL_ADOPTED(Measure.OCCURRENCES),
  /** 联系群众打卡: a contact check-in. */
  CHECK_IN(Measure.OCCURRENCES),
  /** 平安巡逻: a safety patrol, measured in hours of actual time. */
  SAFETY_PATROL(Measure.HOURS);

  private final Measure measure;

  ContributionKind(Measure measure) {
    this.measure = measure;
  }

  /** Returns how contributions of this kind are measured. */
  public Measure measure() {
    return measure;
  }

  /** How a contribution's size is measured, and so what an earning rule's base points are per. */
  public enum Measure {
    /** Hours of actual time: base points are per hour, computed exactly from the minutes. */
    HOURS,
    /** Occurrences: base points are per occurrence ({@code Contribution#count}). */
    OCCURRENCES,
    /** An amount of money: base points are per the rule's amount unit. */
    AMOUNT
  }
}
