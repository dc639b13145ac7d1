/**
 * Chinese standard codes the SDK reads and checks.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Division code 统计用区划代码
 *   <dd>The 12-digit statistical division code (2+2+2+3+3) of a province, prefecture, county,
 *       township or village-level unit, from a yearly code table.
 *   <dt>Grid code 网格编码
 *   <dd>A division code followed by sequence segments (顺序码) for grids, compounds, buildings and
 *       households; printed in the layouts of CJ/T 213, DB11/T 2157 and CJ/T 349.
 *   <dt>Table year 代码年度
 *   <dd>The year of the division code table a code was taken from; part of the code's identity.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.code;

import org.jspecify.annotations.NullMarked;
