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
 *
 * <h2>Limits 上限</h2>
 *
 * <p>Matching declares its ranges so that no score, total, potential or spend it computes can
 * overflow a {@code long}: a problem holds at most {@link MatchingProblem#MAX_DEMANDS} demands and
 * {@link MatchingProblem#MAX_RESOURCES} resources; weights are 0 to {@link ScoreWeights#MAX_WEIGHT},
 * so a pair's score is 1 to {@link ScoreWeights#MAX_SCORE}; capacities and loads are any
 * {@code int} from zero; the purchase budget any amount from zero; a purchase offer, when matched,
 * at most 10<sup>11</sup> fen (the matcher's limit). Values outside are
 * refused with a {@link io.github.jiceng.governance.model.shared.DomainValidationException} that
 * names the field and the rule. The reasons for these numbers are in ADR 0016.
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.matching;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
