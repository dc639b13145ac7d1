package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The default red-star scheme for the article's practice (闪闪红星回馈机制, 服务共享).
 *
 * <p>The article names the mechanism (units and people who contribute to grid governance are
 * rewarded with services) but publishes no numbers. The numbers here are a documented default
 * drawn from local schemes (volunteer time counted in half hours and at most 8 hours per
 * activity, 1 hour = 10 points; per-item caps; grades at 100/300/600/1000/1500; deductions
 * "扣完为止"); a district replaces them with its own version.
 */
public final class RedStarPolicies {

  /** The zone of the article's places (准格尔旗, Inner Mongolia): China Standard Time. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private RedStarPolicies() {}

  /**
   * Returns the default policy, {@code zhungeer-red-star@1}.
   *
   * <table>
   *   <caption>Earning rules</caption>
   *   <tr><th>rule</th><th>earns</th><th>caps per member</th></tr>
   *   <tr><td>volunteer-hours 志愿服务时长</td><td>10 pt/h in whole half hours, 30 min to 8 h</td><td>80/day</td></tr>
   *   <tr><td>activity-organised 组织活动</td><td>20 pt, ×1.5 for a large activity</td><td>100/month</td></tr>
   *   <tr><td>activity-attended 参加活动</td><td>5 pt</td><td>40/month</td></tr>
   *   <tr><td>demand-fulfilled 需求办结</td><td>30 pt × urgency (1, 1.5, 2) × rating (0, 0.5, 1, 1.2, 1.5)</td><td>300/month</td></tr>
   *   <tr><td>donation 捐赠</td><td>1 pt per CNY 100</td><td>2000/year</td></tr>
   *   <tr><td>proposal-adopted 建议被采纳</td><td>20 pt</td><td>200/year</td></tr>
   *   <tr><td>check-in 联系群众打卡 (people)</td><td>1 pt</td><td>5/day</td></tr>
   *   <tr><td>safety-patrol 平安巡逻 (people)</td><td>8 pt/h in whole half hours, from 30 min</td><td>40/day</td></tr>
   * </table>
   *
   * <p>All awards together: at most 500 points per member per month. Deductions: false record
   * (虚报) 50, no-show after signing up (报名未到) 10, serious violation (严重违规) forfeits all.
   * Expiry: end of the following year. Grades by points earned in a calendar year: 一星 100,
   * 二星 300, 三星 600, 四星 1000, 五星 1500. Rounding: half up. Zone: {@link #CHINA}.
   */
  public static PointsPolicy article() {
    return PointsPolicy.builder()
        .name("zhungeer-red-star")
        .version(1)
        .zone(CHINA)
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("volunteer-hours")).name("志愿服务时长").kind(ContributionKind.VOLUNTEER_SERVICE)
            .basePoints(10).durationStep(Duration.ofMinutes(30)).minimumDuration(Duration.ofMinutes(30))
            .maximumDuration(Duration.ofHours(8)).addCap(Cap.of(CapPeriod.DAY, 80)).build())
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("activity-organised")).name("组织活动").kind(ContributionKind.ACTIVITY_ORGANISED)
            .basePoints(20).putAllDifficultyMultipliers(Map.of("ORDINARY", 1000, "LARGE", 1500))
            .addCap(Cap.of(CapPeriod.MONTH, 100)).build())
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("activity-attended")).name("参加活动").kind(ContributionKind.ACTIVITY_ATTENDED)
            .basePoints(5).addCap(Cap.of(CapPeriod.MONTH, 40)).build())
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("demand-fulfilled")).name("需求办结").kind(ContributionKind.DEMAND_FULFILLED)
            .basePoints(30).putAllUrgencyMultipliers(Map.of("NORMAL", 1000, "URGENT", 1500, "EMERGENCY", 2000))
            .putAllRatingMultipliers(Map.of(1, 0, 2, 500, 3, 1000, 4, 1200, 5, 1500))
            .addCap(Cap.of(CapPeriod.MONTH, 300)).build())
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("donation")).name("捐赠").kind(ContributionKind.DONATION)
            .basePoints(1).amountUnit(Money.ofYuan("100")).addCap(Cap.of(CapPeriod.YEAR, 2000)).build())
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("proposal-adopted")).name("建议被采纳").kind(ContributionKind.PROPOSAL_ADOPTED)
            .basePoints(20).addCap(Cap.of(CapPeriod.YEAR, 200)).build())
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("check-in")).name("联系群众打卡").kind(ContributionKind.CHECK_IN)
            .addEarner(EarnerType.PERSON).basePoints(1).addCap(Cap.of(CapPeriod.DAY, 5)).build())
        .addEarningRule(EarningRule.builder()
            .id(RuleId.of("safety-patrol")).name("平安巡逻").kind(ContributionKind.SAFETY_PATROL)
            .addEarner(EarnerType.PERSON).basePoints(8).durationStep(Duration.ofMinutes(30))
            .minimumDuration(Duration.ofMinutes(30)).addCap(Cap.of(CapPeriod.DAY, 40)).build())
        .addDeductionRule(DeductionRule.of("false-record", "虚报服务记录", 50))
        .addDeductionRule(DeductionRule.of("no-show", "报名未到", 10))
        .addDeductionRule(DeductionRule.forfeitAll("serious-violation", "严重违规"))
        .addMemberCap(Cap.of(CapPeriod.MONTH, 500))
        .expiry(ExpiryPolicy.endOfFollowingYear())
        .addGrade(StarGrade.of("star-1", "一星", 100))
        .addGrade(StarGrade.of("star-2", "二星", 300))
        .addGrade(StarGrade.of("star-3", "三星", 600))
        .addGrade(StarGrade.of("star-4", "四星", 1000))
        .addGrade(StarGrade.of("star-5", "五星", 1500))
        .build();
  }

  /**
   * Returns a small catalogue of the services the article's community centre offers (理疗室,
   * 以空间换服务): physiotherapy, head therapy, moxibustion and an essential-oil massage, provided
   * by the social organization given.
   *
   * @param provider the social organization that provides the services
   * @return the catalogue
   */
  public static ServiceCatalogue articleServices(OrganizationId provider) {
    return ServiceCatalogue.of(
        ServiceOffer.builder().id(OfferId.of("physiotherapy")).name("理疗").provider(provider)
            .price(Points.of(50)).stock(500).perMemberLimit(12).build(),
        ServiceOffer.builder().id(OfferId.of("head-therapy")).name("头疗").provider(provider)
            .price(Points.of(40)).stock(300).perMemberLimit(6).build(),
        ServiceOffer.builder().id(OfferId.of("moxibustion")).name("艾灸").provider(provider)
            .price(Points.of(60)).stock(200).perMemberLimit(4).build(),
        ServiceOffer.builder().id(OfferId.of("oil-massage")).name("精油按摩").provider(provider)
            .price(Points.of(80)).stock(100).perMemberLimit(2).limitPeriod(CapPeriod.MONTH).build());
  }
}
