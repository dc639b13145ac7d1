/**
 * The rules of proposal handling (提案办理): moves between handling states in order and in time,
 * deadlines per state, escalation level by level up the grid hierarchy (逐级上报) computed for an
 * explicit instant, the resident's rating with reopening, and the figures a platform shows.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Deadline 办理时限
 *   <dd>The instant by which a proposal must leave its current state: the state's entry plus the
 *       policy's time for it. At the deadline itself the proposal is overdue.
 *   <dt>Escalation level 上报层级
 *   <dd>How many levels up the grid hierarchy an overdue proposal has gone: one at the deadline,
 *       one more after each escalation interval, never past the root.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.proposal;

import org.jspecify.annotations.NullMarked;
