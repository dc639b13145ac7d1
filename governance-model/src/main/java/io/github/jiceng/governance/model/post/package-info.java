/**
 * Posts with an A and a B holder, absences and handovers, the roster of one area, and the
 * staffing policy its dual hierarchy (territory and party chain) is audited against.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Post 岗位
 *   <dd>A position of one organization with authority over one grid subtree: 执行书记 executive
 *       secretary, 网格长 grid head, 小区联络员 compound liaison, 党小组长 party group leader,
 *       社长 head of a villagers' group.
 *   <dt>A/B post 执行书记AB岗
 *   <dd>Every post has a primary (A岗) and a backup (B岗) holder; B acts while A is away.
 *   <dt>Absence 缺岗
 *   <dd>A period in which a person acts on none of their posts (请假 leave, 公出 official duty).
 *   <dt>Handover 交接
 *   <dd>A record of who acted for whom on a post, from when to when.
 *   <dt>Roster 名册
 *   <dd>A snapshot of persons, households, organizations, squads, posts and absences.
 *   <dt>Dual hierarchy 双重层级
 *   <dd>The territorial grid hierarchy and the party chain bound to it (三级核心网格: 党支部 →
 *       小区党小组 → 党员联络员).
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.post;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
