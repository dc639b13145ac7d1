/**
 * Partitioning a grid hierarchy into independent subtrees (按网格分区), so that a regional
 * platform can run every rule on one street, community or grid at a time, on whatever
 * distributed engine it already has.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Partition 分区
 *   <dd>The subtree of one node of the chosen level: the unit of independent work.
 *   <dt>Partition root 分区根
 *   <dd>The node of the chosen level at the top of a partition.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.partition;

import org.jspecify.annotations.NullMarked;
