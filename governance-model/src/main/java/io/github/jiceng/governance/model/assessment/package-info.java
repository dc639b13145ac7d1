/**
 * Quantitative assessment (量化考核) as data: the weighted items a district scores party members
 * and units on, the inputs for one subject and period, and the scorecard with its breakdown. The
 * scoring and the ranking live in {@code io.github.jiceng.governance.rules.assessment}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Assessment scheme 考核细则
 *   <dd>The items scored and their weights, versioned.
 *   <dt>Item 考核项
 *   <dd>One thing counted or rated: check-ins (打卡), service time (服务时长), demands fulfilled
 *       (办结需求), proposals adopted (建议被采纳), residents' ratings (群众评价), deductions (扣分项).
 *   <dt>Scorecard 考核得分表
 *   <dd>One subject's score for one period, item by item, with the arithmetic.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.assessment;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
