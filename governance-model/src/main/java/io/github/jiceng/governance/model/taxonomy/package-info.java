/**
 * The taxonomies of the article's governance model, as data a district can configure.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>One core, five co- 一核五共
 *   <dd>The party organization at the core (核心引领) and five pillars: 党群共建 party-mass
 *       co-building, 大事共议 co-deliberation of major affairs, 平安共管 safety co-management,
 *       文明共创 civility co-creation, 服务共享 service sharing ({@code OneCoreFiveCo}).
 *   <dt>Pillar 共
 *   <dd>One of the five; every domain object that belongs to one names it ({@code PillarBound}).
 *   <dt>Mechanism 工作机制
 *   <dd>How a pillar is carried out: 共建联席会议 joint meeting, 两代表一委员 deliberation,
 *       网格小分队 grid squad, 志愿服务 volunteer service, 闪闪红星 red-star feedback.
 *   <dt>One lead, four integrations 一统领四融合
 *   <dd>The community party organization leads; units integrate with the community by 共驻
 *       co-residence, 共建 co-building, 共融 co-integration and 共享 co-sharing (the default
 *       reading; the article does not list them) ({@code OneLeadFourIntegrations}).
 *   <dt>Service idea 党建服务理念
 *   <dd>A community's service concept, such as 核心引领 or 亲邻睦里; a tag, not a type.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.taxonomy;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
