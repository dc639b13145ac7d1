/**
 * The red-star points ledger (积分账本) and its rules: computing an award from a contribution under
 * a policy, booking awards, redemptions, deductions and expiries as idempotent append-only
 * entries, recomputing a ledger under a new policy version as a diff per member, and a columnar
 * replay engine for millions of entries.
 *
 * <p>The ledger has the SDK's one shape for stateful rules: {@link
 * io.github.jiceng.governance.rules.points.PointsRules} is a {@code Decider} of {@link
 * io.github.jiceng.governance.rules.points.PointsCommand}s over an immutable {@link
 * io.github.jiceng.governance.rules.points.PointsState}, its events the model's {@code
 * LedgerEntry}s; every command answers a {@code Decision}, and a refusal carries a {@link
 * io.github.jiceng.governance.rules.points.PointsRefusal} code with named arguments (messages in
 * English and Chinese in {@code refusals_en.properties} and {@code refusals_zh.properties} beside
 * it). {@link io.github.jiceng.governance.rules.points.PointsLedger} is the single-writer facade
 * over one stream of entries.
 *
 * <p>Entries stay within the declared limits ({@code Points.MAX_ENTRY} per entry, {@code
 * Points.MAX_BALANCE} per member, instants within {@code TimeLimits}); a command past them is
 * refused as {@link io.github.jiceng.governance.rules.points.PointsRefusal#OUT_OF_RANGE}. A
 * refused call changes nothing. A {@link io.github.jiceng.governance.rules.points.PointsLedger}
 * and a {@link io.github.jiceng.governance.rules.points.CompactReplay} engine are single-writer,
 * and overlapping calls on one fail fast; the rules, the calculator and recomputation are
 * stateless.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Ledger 积分账本
 *   <dd>The append-only list of entries; balances are derived from it.
 *   <dt>Lot 积分批次
 *   <dd>Points awarded with the same expiry boundary; spending takes the soonest-expiring first.
 *   <dt>Balance 余额
 *   <dd>Earned less redeemed, expired and deducted (收支平衡); never below zero.
 *   <dt>Recomputation 重算
 *   <dd>Replaying the recorded contributions under another policy version and reporting what
 *       changes per member, rather than changing balances silently.
 *   <dt>Replay 回放
 *   <dd>Rebuilding balances from a stream of entries, skipping ids already seen (去重).
 *   <dt>Single writer 单写者
 *   <dd>One thread at a time owns a ledger; a second one calling at once is refused with an error.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.points;

import org.jspecify.annotations.NullMarked;
