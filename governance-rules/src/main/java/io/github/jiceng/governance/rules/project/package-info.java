/**
 * Projects claimed as projects (项目认领): {@link io.github.jiceng.governance.rules.project.ProjectRules},
 * the decider of a community's project register; {@link
 * io.github.jiceng.governance.rules.project.SingleDemandPool}, which leaves the demands projects hold
 * out of the single-demand matching. The article's 共建单位认领一部分, 购买, 承接: a project of
 * grouped demands is taken as one piece of work through one channel, with its own budget,
 * services and outcome.
 *
 * <p>Commands are {@link io.github.jiceng.governance.rules.project.ProjectCommand}s, events {@link
 * io.github.jiceng.governance.rules.project.ProjectEvent}s, the state a {@link
 * io.github.jiceng.governance.rules.project.ProjectRegister} of {@link
 * io.github.jiceng.governance.rules.project.ProjectCase}s; a refused command carries a {@link
 * io.github.jiceng.governance.rules.project.ProjectRefusalCode} (keys {@code project.*}) with its
 * values as named arguments, and {@code refusals_en.properties} and {@code refusals_zh.properties}
 * beside this package give each key a message in English and Chinese.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Project register 项目台账
 *   <dd>Every project of one community, and which project holds each demand.
 *   <dt>Propose 立项
 *   <dd>The community groups accepted demands into a project with a budget.
 *   <dt>Put to the units 发布认领
 *   <dd>The project is offered to the co-building units to claim.
 *   <dt>Take 认领、购买、承接
 *   <dd>The whole project goes through one channel: claimed by a unit at its own cost, bought from
 *       a social organization, or undertaken by the community.
 *   <dt>Project stage 项目阶段
 *   <dd>Proposed, put to the units, taken, closed or withdrawn: a {@link
 *       io.github.jiceng.governance.rules.project.ProjectStage}.
 *   <dt>Project claim 项目承接
 *   <dd>The channel decision of a whole project: which claimant took it, through which channel
 *       and resource, at what price to the community ({@link
 *       io.github.jiceng.governance.rules.project.ProjectClaim}).
 *   <dt>Close 结项
 *   <dd>The project ends with the services delivered under it and their outcomes.
 *   <dt>Dispatched alone 单独派单
 *   <dd>A demand dispatched on its own through the demand lifecycle and matching, never also in a
 *       project.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.project;

import org.jspecify.annotations.NullMarked;
