/**
 * The data of matching dispatched demands to claimants (社区下单、共建单位接单): the problem with its
 * channel policy and score weights, and the result with its assignments, scores and reasons. The
 * solvers are in {@code governance-rules} ({@code rules.matching.Matcher}); these types are here so
 * that problems and results can be stored and exchanged as files.
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
 *   <dt>Score 匹配得分
 *   <dd>Weighted, named components: capability fit, grid distance, past ratings, load balance,
 *       urgency.
 *   <dt>Unmatched 未匹配
 *   <dd>A demand no claimant took, with the reason.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.matching;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
