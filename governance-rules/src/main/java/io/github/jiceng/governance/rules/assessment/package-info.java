/**
 * Quantitative assessment (量化考核): scoring a party member or unit for a period under a scheme,
 * item by item with the arithmetic, and ranking scorecards within a grid subtree with
 * deterministic ties.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Scorecard 考核得分表
 *   <dd>A subject's items and total for a period.
 *   <dt>Ranking 排名
 *   <dd>Scorecards of one subtree (辖区) by total, equal totals sharing a rank (1, 2, 2, 4) and
 *       listed in id order.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.assessment;

import org.jspecify.annotations.NullMarked;
