/**
 * Deliberation (共议): major affairs put to the people they concern (大事共议), with
 * participants, a quorum, options and a recorded decision; and joint meetings of the community
 * and its co-building units (共建联席会议), whose resolutions become projects.
 *
 * <p>A resolution names its project by a {@link io.github.jiceng.governance.model.service.ProjectId}
 * only; the project itself belongs to the service chain or the fund, which this package does not
 * depend on.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Major affair 大事
 *   <dd>A matter of the community that its residents, deputies and units decide together, such
 *       as how to use a rebuilt square.
 *   <dt>Quorum 法定人数
 *   <dd>The fewest ballots (abstentions included) for a decision to stand.
 *   <dt>Joint meeting 共建联席会议
 *   <dd>The regular meeting of the community party organization with its resident and paired
 *       co-building units.
 *   <dt>Resolution 决议
 *   <dd>What a joint meeting agreed; one that names a project and a lead unit commits the unit.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.deliberation;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
