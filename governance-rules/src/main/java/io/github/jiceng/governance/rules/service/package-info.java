/**
 * Rules of the service chain (服务链): the demand lifecycle with its guards, replay and deadlines,
 * and the five-lists report.
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
 *   <dd>Counts, people, hours, money and ratings of one grid subtree and period.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.model.service.Overdue;
import org.jspecify.annotations.NullMarked;
