/**
 * Issue clues (问题线索) and their way to projects: collected with a category and a grid,
 * screened (accepted, merged into a duplicate, or rejected with a reason), surveyed and evaluated
 * (cost, beneficiaries, priority), decided into a project of one of three implementation modes,
 * and tracked to completion with the number of residents served.
 *
 * <p>A {@link io.github.jiceng.governance.model.clue.ClueCase} holds one clue and every decision
 * on it; the rules in {@code io.github.jiceng.governance.rules.clue} decide which step is allowed.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Issue clue 问题线索
 *   <dd>A problem residents reported: a broken square, no place for children, unsorted waste.
 *   <dt>Screening 归类筛选
 *   <dd>Classifying clues, merging duplicates (群众反映集中的问题) and rejecting what is not the
 *       community's to solve.
 *   <dt>Survey and evaluation 调研评估
 *   <dd>Visiting the site and estimating the cost, the residents who would benefit and the
 *       priority.
 *   <dt>Implementation mode 实施方式
 *   <dd>A directed project of the co-building fund (定向投), a claim by a co-building unit
 *       (共建单位认领), or a project of the service chain (服务项目链).
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.clue;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
