/**
 * Rules of the service chain (服务链): {@link io.github.jiceng.governance.rules.service.DemandRules},
 * the decider of one demand's lifecycle with its guards; {@link
 * io.github.jiceng.governance.rules.service.DemandLifecycle}, replay and deadlines on the same
 * rules; and the five-lists report.
 *
 * <p>Commands are {@link io.github.jiceng.governance.rules.service.DemandCommand}s, events the
 * model's {@code DemandEvent}s, the state a {@link
 * io.github.jiceng.governance.rules.service.DemandCase}; a refused transition carries a {@link
 * io.github.jiceng.governance.rules.service.DemandRefusalCode} (keys {@code demand.*}) with its
 * values as named arguments, and {@code refusals_en.properties} and {@code refusals_zh.properties}
 * beside this package give each key a message in English and Chinese.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Lifecycle 需求流转
 *   <dd>点单 submit, 受理 accept or 驳回 reject, 立项 group into a project, 下单 dispatch, 接单
 *       claim, 服务 serve, 交付 deliver, 评价 evaluate, 办结 close; 撤回 withdraw, 退单 release,
 *       改派 reassign, 重办 reopen.
 *   <dt>Replay 回放
 *   <dd>Rebuilding a demand's status from its events.
 *   <dt>Overdue 超期
 *   <dd>A demand that stayed in a state longer than the deadline policy (办理时限) allows.
 *   <dt>Five-lists report 五项清单报表
 *   <dd>Counts, people, hours, money and ratings of one grid subtree and period, with the
 *       projects taken as projects per channel and each project's line to its demands, services
 *       and outcomes.
 *   <dt>Project line 项目链条
 *   <dd>One project with the demands it groups, its channel and claimant, and the services and
 *       outcomes that answered its demands.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.service;

import org.jspecify.annotations.NullMarked;
