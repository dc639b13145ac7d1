/**
 * The rules of proposal handling (提案办理): {@link
 * io.github.jiceng.governance.rules.proposal.ProposalRules}, the decider of one proposal's stream
 * that moves it between handling states in order and in time, records escalation level by level up
 * the grid hierarchy (逐级上报) for an explicit instant, refers a proposal up by its handler's
 * decision with a reason, and takes the resident's rating with reopening; deadlines per state, the
 * figures a platform shows and the paths proposals took to the level that decided them ({@link
 * io.github.jiceng.governance.rules.proposal.ProposalDesk}, {@link
 * io.github.jiceng.governance.rules.proposal.ProposalPaths}).
 *
 * <p>Commands are {@link io.github.jiceng.governance.rules.proposal.ProposalCommand}s, events
 * {@link io.github.jiceng.governance.rules.proposal.ProposalEvent}s, the state a {@link
 * io.github.jiceng.governance.rules.proposal.ProposalCase}; a refused step carries a {@link
 * io.github.jiceng.governance.rules.proposal.ProposalRefusalCode} (keys {@code proposal.*}) with
 * its values as named arguments, and {@code refusals_en.properties} and {@code
 * refusals_zh.properties} beside this package give each key a message in English and Chinese.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Deadline 办理时限
 *   <dd>The instant by which a proposal must leave its current state: the state's entry (or a
 *       referral since) plus the policy's time for it. At the deadline itself the proposal is
 *       overdue.
 *   <dt>Escalation level 上报层级
 *   <dd>How many levels up the grid hierarchy an overdue proposal has gone: one at the deadline,
 *       one more after each escalation interval, never past the root.
 *   <dt>Referral 主动上报
 *   <dd>A handler's decision to hand an open proposal to the level above, with a reason, before or
 *       without any deadline passing; the level above gets the state's full time.
 *   <dt>Deciding level 决定层级
 *   <dd>The grid level of the node handling a proposal when it is first answered or rejected.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.proposal;

import org.jspecify.annotations.NullMarked;
