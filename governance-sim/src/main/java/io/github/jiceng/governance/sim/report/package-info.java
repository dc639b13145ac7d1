/**
 * Plain-text reports a person reads: what the command-line runner prints.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Grid report 网格层级报告
 *   <dd>The tree of a hierarchy with its codes, per-level counts and partitions.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.sim.report;

import org.jspecify.annotations.NullMarked;
