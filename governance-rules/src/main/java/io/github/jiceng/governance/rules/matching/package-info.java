/**
 * Matching dispatched demands to claimants (社区下单、共建单位接单): eligibility, scoring, and the
 * exact and greedy solvers. The problem and result types are data, in {@code model.matching}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Claim 认领
 *   <dd>A co-building unit (共建单位) takes a demand at its own cost.
 *   <dt>Purchase 购买
 *   <dd>The community buys the service from a social organization (社会组织), within its budget.
 *   <dt>Undertake 承接
 *   <dd>The community serves the demand itself: the fallback.
 *   <dt>Channel policy 渠道策略
 *   <dd>The order in which channels are tried and the share each may take.
 *   <dt>Eligibility 资格
 *   <dd>Capabilities cover the need, coverage contains the grid, the window fits, the channel is
 *       allowed and capacity is left.
 *   <dt>Score 匹配得分
 *   <dd>Weighted, named components: capability fit, grid distance, past ratings, load balance,
 *       urgency.
 *   <dt>Committed capacity 承诺接单能力
 *   <dd>A co-building unit's claim capacity taken from its agreements in force and the service
 *       they still owe ({@code rules.cobuilding.CommittedCapacity}); it rewrites a problem's claim
 *       capacities before matching, so both solvers run unchanged on it:
 *       {@code Matcher.optimal(committed.applyTo(problem))}. Problems built directly keep the
 *       capacities they were given.
 * </dl>
 *
 * <h2>Limits 上限</h2>
 *
 * <p>Every entry point declares its ranges, chosen so that no score, total, spend, potential or
 * path length the solvers compute can overflow a {@code long}, and refuses input outside them with
 * a {@link io.github.jiceng.governance.model.shared.DomainValidationException} naming the field and
 * the rule. On plain arrays ({@link BipartiteMatching}): at most
 * {@link BipartiteMatching#MAX_DEMANDS} demands, {@link BipartiteMatching#MAX_CLAIMANTS} claimants
 * and {@link BipartiteMatching#MAX_ARCS} arcs, capacities 0 to {@code Integer.MAX_VALUE}, scores
 * {@code -MAX_SCORE} to {@link BipartiteMatching#MAX_SCORE} (2<sup>42</sup>), so a total is at most
 * 2<sup>62</sup>. On domain problems ({@link Matcher}): the limits of
 * {@link io.github.jiceng.governance.model.matching.MatchingProblem} and at most
 * {@link BipartiteMatching#MAX_ARCS} eligible pairs. ADR 0016 gives the reasons for the numbers.
 */
@NullMarked
package io.github.jiceng.governance.rules.matching;

import org.jspecify.annotations.NullMarked;
