package io.github.jiceng.governance.model.assessment;

/**
 * The default assessment schemes for the article's practice (党员联系群众量化考核). The article says
 * the platform makes party members' contacts measurable and assessable but publishes no weights;
 * these defaults sum to 100 points and a district replaces them with its own version.
 */
public final class AssessmentSchemes {

  /** The key of clean check-ins (打卡, unflagged by the audit). */
  public static final String CHECK_INS = "CHECK_INS";
  /** The key of flagged check-ins (异常打卡), a deduction. */
  public static final String FLAGGED_CHECK_INS = "FLAGGED_CHECK_INS";
  /** The key of volunteer service time in minutes (服务时长). */
  public static final String SERVICE_MINUTES = "SERVICE_MINUTES";
  /** The key of demands fulfilled (办结需求). */
  public static final String DEMANDS_FULFILLED = "DEMANDS_FULFILLED";
  /** The key of proposals adopted (建议被采纳). */
  public static final String PROPOSALS_ADOPTED = "PROPOSALS_ADOPTED";
  /** The key of residents' ratings (群众评价), 1-5. */
  public static final String RATING = "RATING";
  /** The key of demands or projects a unit claimed (认领项目). */
  public static final String CLAIMS = "CLAIMS";

  private AssessmentSchemes() {}

  /**
   * The party-member scheme, {@code zhungeer-member-assessment@1}: 2 per clean check-in (at most
   * 30), 1 per hour of service (at most 20), 3 per demand fulfilled (at most 24), 5 per proposal
   * adopted (at most 10), 3.2 per point of the residents' average rating (at least 3 ratings;
   * 16 for a 5), and 2 off per flagged check-in (at most 20 off).
   */
  public static AssessmentScheme partyMembers() {
    return AssessmentScheme.builder().name("zhungeer-member-assessment").version(1)
        .addItem(ItemWeight.count(CHECK_INS, "联系群众打卡", 200, 1, 3000))
        .addItem(ItemWeight.count(SERVICE_MINUTES, "志愿服务时长", 100, 60, 2000))
        .addItem(ItemWeight.count(DEMANDS_FULFILLED, "办结群众需求", 300, 1, 2400))
        .addItem(ItemWeight.count(PROPOSALS_ADOPTED, "建议被采纳", 500, 1, 1000))
        .addItem(ItemWeight.average(RATING, "群众评价", 320, 3))
        .addItem(ItemWeight.count(FLAGGED_CHECK_INS, "异常打卡", -200, 1, 2000))
        .build();
  }

  /**
   * The unit scheme, {@code zhungeer-unit-assessment@1}: 4 per project claimed (at most 40), 1
   * per hour of its volunteers' service (at most 20), 2 per demand fulfilled (at most 20), 4 per
   * point of the average rating (at least 3 ratings; 20 for a 5).
   */
  public static AssessmentScheme units() {
    return AssessmentScheme.builder().name("zhungeer-unit-assessment").version(1)
        .addItem(ItemWeight.count(CLAIMS, "认领项目", 400, 1, 4000))
        .addItem(ItemWeight.count(SERVICE_MINUTES, "志愿服务时长", 100, 60, 2000))
        .addItem(ItemWeight.count(DEMANDS_FULFILLED, "办结群众需求", 200, 1, 2000))
        .addItem(ItemWeight.average(RATING, "群众评价", 400, 3))
        .build();
  }
}
