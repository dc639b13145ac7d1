/**
 * The five pillars of 一核五共 driven by records (五共计分): {@link
 * io.github.jiceng.governance.rules.pillar.PillarScorecard}, per community and period, the figures
 * that prove each pillar works and a flag on a pillar with none; {@link
 * io.github.jiceng.governance.rules.pillar.PatrolCoverage}, how much of a grid squad's area its
 * patrols reached per {@link io.github.jiceng.governance.rules.pillar.IsoWeek}; and {@link
 * io.github.jiceng.governance.rules.pillar.DeputyWork}, a deputy's contacts, grids reached,
 * problems carried and the projects they became.
 *
 * <p>Every rule here is a pure function over values ({@link
 * io.github.jiceng.governance.rules.pillar.PillarRecords} and the roster): the records are facts
 * that happened (a patrol walked, a contact made, a meeting held) and have no lifecycle of their
 * own, so there is no decider; an incident's lifecycle belongs to the grid-event loop that takes it
 * over. Each input list holds at most {@link
 * io.github.jiceng.governance.rules.pillar.PillarRecords#MAX_RECORDS} records (rule {@code
 * records-limit}); sets and maps are sorted, rows in the article's order.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Scorecard 五共计分卡
 *   <dd>Per pillar, the counts of the records that prove it, in one community and period.
 *   <dt>Unrecorded 无记录
 *   <dd>A pillar none of whose record figures (meetings; contacts and affairs decided; patrols;
 *       services; awards and redemptions) is above zero in the period.
 *   <dt>Patrol coverage 巡逻覆盖率
 *   <dd>The grids of a squad's area patrolled at least once in a week, per mille of the area.
 *   <dt>Squad's area 小分队责任区
 *   <dd>The finest grid nodes under the grid a squad serves (in the article's hierarchies, its
 *       buildings).
 *   <dt>Deputy's work 代表履职
 *   <dd>A deputy's contacts (联系群众), the grids reached, the problems carried (带回问题) and the
 *       projects they became (转化为项目).
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.pillar;

import org.jspecify.annotations.NullMarked;
