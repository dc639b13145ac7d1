/**
 * Residents' proposals (提案) and their handling: submitted by a resident or through a deputy
 * (两代表一委员), moved through handling states each with a deadline, escalated level by level
 * (逐级上报) up the grid hierarchy when a deadline passes, answered and rated by the resident.
 *
 * <p>A {@link io.github.jiceng.governance.model.proposal.ProposalRecord} holds a proposal, its
 * state, the grid node handling it and every event; the handling policy (deadlines, escalation
 * interval, feedback window) is data. The rules in {@code
 * io.github.jiceng.governance.rules.proposal} move records and compute escalations for an
 * explicit instant.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Proposal 提案
 *   <dd>A resident's suggestion or complaint, asking the community to act.
 *   <dt>Two deputies and one member 两代表一委员
 *   <dd>Party congress delegates (党代表), people's congress deputies (人大代表) and CPPCC members
 *       (政协委员) linked to grids, who carry residents' proposals.
 *   <dt>Handling state 办理状态
 *   <dd>Received 已接收, accepted 已受理, assigned 已交办, in progress 办理中, answered 已答复,
 *       closed 已办结, rejected 不予受理.
 *   <dt>Escalation 逐级上报
 *   <dd>Moving an overdue proposal to the next level up the grid hierarchy, one level per
 *       escalation interval.
 *   <dt>Satisfaction 满意度
 *   <dd>The resident's rating of the answer: satisfied 满意, basically satisfied 基本满意,
 *       dissatisfied 不满意.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.proposal;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
