/**
 * The rules of the co-building fund (共建实践金): an append-only, idempotent double-entry ledger,
 * the request → approvals → payout workflow under a disbursement policy, and the transparency
 * report for a period, as a value and as notice-board text.
 *
 * <p>Every operation returns its outcome as a value and leaves its input unchanged: a {@link
 * io.github.jiceng.governance.rules.fund.LedgerOutcome} from the {@link
 * io.github.jiceng.governance.rules.fund.Ledger}, a {@link
 * io.github.jiceng.governance.rules.fund.FundOutcome} from the {@link
 * io.github.jiceng.governance.rules.fund.FundBook}. A refusal is a {@link
 * io.github.jiceng.governance.rules.fund.Rejection} naming its reason; nothing is half-applied.
 * Ledgers and books are immutable and so safe to share between threads. A fund takes in at most
 * {@code Money.MAX_TOTAL}; past it, and for steps dated outside {@code TimeLimits}, the refusal is
 * {@code OUT_OF_RANGE}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Ledger 台账
 *   <dd>The append-only list of a fund's entries, with the balances derived from them.
 *   <dt>Fund book 基金账簿
 *   <dd>A ledger, the fund's policy, its disbursement cases and the audit trail of who did what.
 *   <dt>Conservation 收支平衡
 *   <dd>What came in equals what went out plus what is held, to the fen.
 *   <dt>Notice board 公示栏
 *   <dd>Where a community posts the fund's report for residents to read.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.fund;

import org.jspecify.annotations.NullMarked;
