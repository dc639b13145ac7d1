/**
 * Matching benchmarks (匹配基准): the SDK's exact and greedy matching against OR-Tools and JGraphT
 * on the fixed-seed instances of the performance anchors, and a street's domain problem matched
 * with the claim capacity co-building agreements commit against the capacities as built.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Instance 算例
 *   <dd>Demands, claimants with capacities, and scored eligible pairs, generated from a seed.
 *   <dt>Optimum 最优值
 *   <dd>The maximum total score, on which every exact solver must agree.
 *   <dt>Committed capacity 承诺接单能力
 *   <dd>A claim resource's capacity derived from the agreements in force and the service they
 *       still owe.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.bench.matching;

import org.jspecify.annotations.NullMarked;
