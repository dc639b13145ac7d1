/**
 * The audit of contact check-ins (打卡核查): flags for check-ins that are impossible or suspicious,
 * each with an explanation a person can check.
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
