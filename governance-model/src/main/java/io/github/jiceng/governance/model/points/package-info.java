/**
 * Red-star points (闪闪红星积分) as data: the points value, the versioned policy that says how
 * contributions earn points, the ledger entries that record every movement, and the catalogue of
 * services points are redeemed for. The rules that apply a policy live in
 * {@code io.github.jiceng.governance.rules.points}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Red-star points 闪闪红星积分
 *   <dd>Whole points earned by people and units (共建单位) that contribute to grid governance
 *       (服务共享), redeemed for services.
 *   <dt>Points policy 积分规则
 *   <dd>One district's versioned scheme: earning rules (积分项), caps (封顶), deductions (扣分),
 *       rounding, expiry (有效期) and grades (星级).
 *   <dt>Contribution 贡献
 *   <dd>Volunteer service hours (志愿服务时长), an activity organised or attended (组织/参加活动),
 *       a demand fulfilled (需求办结), a donation (捐赠), a proposal adopted (建议被采纳), a
 *       check-in (打卡) or a safety patrol (平安巡逻).
 *   <dt>Ledger entry 积分流水
 *   <dd>An award (奖励), a redemption (兑换), an expiry (过期) or a deduction (扣减), each with an id.
 *   <dt>Service catalogue 服务目录
 *   <dd>The services that points are redeemed for (理疗, 头疗, 艾灸 ...), with stock (库存) and
 *       per-member limits (每人限兑).
 *   <dt>Red-star grade 星级
 *   <dd>A level reached when the points earned in a year pass a threshold.
 *   <dt>Points limits 积分上限
 *   <dd>At most {@code Points.MAX_ENTRY} points per entry, price or deduction rule and
 *       {@code Points.MAX_BALANCE} per member's totals and caps; entries are dated within
 *       {@code TimeLimits}. Values outside are refused.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
