/**
 * Contact check-ins (打卡核查): the audit that flags check-ins that are impossible or suspicious,
 * each with an explanation a person can check, and the rule that records check-ins as they arrive.
 *
 * <p>{@link io.github.jiceng.governance.rules.checkin.CheckInAudit} reads a heap of check-ins after
 * the fact. {@link io.github.jiceng.governance.rules.checkin.CheckInRules} is the same judgement as
 * a stateful rule ({@link io.github.jiceng.governance.rules.decider.Decider}): a check-in the audit
 * would flag as a duplicate, outside the assignment or part of a burst is refused as it arrives
 * ({@link io.github.jiceng.governance.rules.checkin.CheckInRefusalCode}, feature {@code checkin}),
 * and impossible travel stays a warning in the {@link
 * io.github.jiceng.governance.rules.checkin.CheckInLog}. {@code refusals_en.properties} and {@code
 * refusals_zh.properties} beside this package give a template per key.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Impossible travel 轨迹异常
 *   <dd>Two check-ins of one member too far apart for the time between them.
 *   <dt>Burst 集中打卡
 *   <dd>More check-ins of one member within a short window than contacts can take.
 *   <dt>Duplicate 重复打卡
 *   <dd>The same member and household again within a short time.
 *   <dt>Outside assignment 非联系户
 *   <dd>A household that is not among those the member is assigned to (联系户).
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.checkin;

import org.jspecify.annotations.NullMarked;
