/**
 * Grid hierarchies (网格层级) of any local scheme, from county down to household, and the party
 * chains bound to them.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Grid 网格
 *   <dd>A unit of territory with people responsible for it; more loosely, any node of the tree.
 *   <dt>Level scheme 层级方案
 *   <dd>Which levels exist (街道 street, 社区 community, 小区 compound, 楼栋 building, 镇 town,
 *       村 village, 社 villagers' group, 户 household, ...), which may sit below which, and how
 *       each is coded. Data, not code: a district defines its own.
 *   <dt>Hierarchy 层级树
 *   <dd>One validated tree of nodes that fits a scheme.
 *   <dt>Roll-up 逐级汇总
 *   <dd>Adding a per-node count to every ancestor.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
