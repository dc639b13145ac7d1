/**
 * The rules of the co-building fund (共建实践金): an append-only, idempotent double-entry ledger,
 * pledges (认领) paid by the donations that name them, the request → approvals → payout workflow
 * under a disbursement policy, and the transparency report for a period, as a value and as
 * notice-board text.
 *
 * <p>The fund is a stateful rule in the SDK's one shape ({@link
 * io.github.jiceng.governance.rules.decider.Decider}): {@link
 * io.github.jiceng.governance.rules.fund.FundRules} decides a {@link
 * io.github.jiceng.governance.rules.fund.FundCommand} against a {@link
 * io.github.jiceng.governance.rules.fund.FundBook} into {@link
 * io.github.jiceng.governance.rules.fund.FundEvent}s (the ledger's entries, and the requests,
 * approvals and declines that move no money) or a {@link
 * io.github.jiceng.governance.rules.decider.Refusal} coded by {@link
 * io.github.jiceng.governance.rules.fund.FundRefusal}; the book is the fold of the events. The
 * book's step methods ({@code donate}, {@code request}, {@code approve}, ...) are conveniences
 * over the same rules, answering the decision and the book after it; the {@link
 * io.github.jiceng.governance.rules.fund.Ledger}'s appends answer a decision and the ledger after
 * it. Nothing is half-applied, and books and ledgers are immutable values, safe to share between
 * threads. A fund takes in at most {@code Money.MAX_TOTAL}; past it, and for steps dated outside
 * {@code TimeLimits}, the refusal is {@code fund.out-of-range}. Each refusal code has a message
 * template in English and Chinese in {@code refusals_en.properties} and {@code
 * refusals_zh.properties} beside these classes.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Ledger 台账
 *   <dd>The append-only list of a fund's entries, with the balances derived from them.
 *   <dt>Fund book 基金账簿
 *   <dd>A ledger, the fund's policy, its disbursement cases and the audit trail of who did what.
 *   <dt>Fund rules 共建实践金规则
 *   <dd>The decider of one fund: commands in, events or a refusal out.
 *   <dt>Refusal 驳回
 *   <dd>Why a command was refused: a stable code such as {@code fund.over-case-cap} with the
 *       values involved.
 *   <dt>Pledge standing 认领缴付情况
 *   <dd>A pledge and what the donations naming it have paid; a donation never pays more than is
 *       outstanding, and a pledge is never money the fund can spend.
 *   <dt>Maker-checker 经办与审核分离
 *   <dd>The requester never approves, declines or pays their own request; approvers are distinct.
 *   <dt>Conservation 收支平衡
 *   <dd>What came in equals what went out plus what is held, to the fen.
 *   <dt>Notice board 公示栏
 *   <dd>Where a community posts the fund's report for residents to read.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.fund;

import org.jspecify.annotations.NullMarked;
