/**
 * The taxonomies of the article's governance model, as data a district can configure.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>One core, five co- 一核五共
 *   <dd>The party organization at the core (核心引领) and five pillars: 党群共建 party-mass
 *       co-building, 大事共议 co-deliberation of major affairs, 平安共管 safety co-management,
 *       文明共创 civility co-creation, 服务共享 service sharing.
 *   <dt>Pillar 共
 *   <dd>One of the five; every domain object that belongs to one names it.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.taxonomy;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
