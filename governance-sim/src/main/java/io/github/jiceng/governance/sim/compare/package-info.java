/**
 * Policy comparison (政策对比): the same scenario and seed run under two variants of one policy
 * (exact or greedy matching, two points policies, two channel policies), and the differences that
 * matter before a district adopts one: service rate, waiting time, points inflation, fund burn.
 * Every generator draws from its own stream split from the seed, so both runs see the same
 * arrivals, donations and absences, and a difference is the policy's.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Variant 方案
 *   <dd>One of the two policies compared, with a name.
 *   <dt>Difference 差异
 *   <dd>A figure of both runs, the change from the first to the second, and the change per mille.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.sim.compare;

import org.jspecify.annotations.NullMarked;
