/**
 * The solvers behind matching, on primitive arrays: the exact successive-shortest-path engine and
 * the greedy. Not API.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Augmenting path 增广路
 *   <dd>A chain of reassignments that places one more unit at the least loss of score.
 *   <dt>Potential 势
 *   <dd>The dual value of a node (a claimant's price, a demand's profit) that keeps reduced costs
 *       non-negative and proves optimality.
 * </dl>
 *
 * <p>Scores reach the engine at most {@code ShortestPathSolver.MAX_SCORE} (2<sup>60</sup>); within
 * that no potential or path length it computes can overflow (ADR 0016). The public entry points
 * check their own, narrower limits before they call in.
 */
@NullMarked
package io.github.jiceng.governance.rules.matching.internal;

import org.jspecify.annotations.NullMarked;
