/**
 * Money (资金) as exact fen, for the co-building fund and for budgets.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Money 金额
 *   <dd>An amount of yuan (元) held as a whole number of fen (分, 1/100 yuan).
 *   <dt>Allocation 分摊
 *   <dd>Splitting an amount by weights so that the parts add up to it to the fen.
 *   <dt>Amount limits 金额上限
 *   <dd>{@code Money.MAX_ENTRY} per entry and {@code Money.MAX_TOTAL} per fund, chosen so that
 *       no sum a ledger computes overflows.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.money;

import org.jspecify.annotations.NullMarked;
