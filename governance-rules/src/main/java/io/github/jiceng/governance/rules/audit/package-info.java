/**
 * The dual-hierarchy audit (双重层级核查): checks that the territory and the party chain bound to it
 * are complete, and reports every violation.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Dual hierarchy 双重层级
 *   <dd>The territorial grids and the party chain (党支部 → 小区党小组 → 党员联络员) bound to them.
 *   <dt>Liaison load 联络户数
 *   <dd>How many households one party-member liaison (党员联络员) serves.
 *   <dt>Grid squad 网格小分队
 *   <dd>The safety team of a grid; the policy says which roles it must have.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.audit;

import org.jspecify.annotations.NullMarked;
