/**
 * Co-building agreements and 双报到 with teeth (共建协议、双报到): {@link
 * io.github.jiceng.governance.rules.cobuilding.CoBuildingRules}, the decider of one agreement's
 * stream (report, joint-meeting review, feedback to the reporter's own organization); {@link
 * io.github.jiceng.governance.rules.cobuilding.Fulfilment}, how far an agreement is fulfilled,
 * measured from service records and the roster's posts, with the counts it adds to the
 * reporter's assessment; and {@link io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage},
 * 一统领四融合 computed per community and period from the agreements and their services.
 *
 * <p>Commands are {@link io.github.jiceng.governance.rules.cobuilding.CoBuildingCommand}s, events
 * {@link io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent}s, the state an {@link
 * io.github.jiceng.governance.rules.cobuilding.AgreementCase}; refusals carry a {@link
 * io.github.jiceng.governance.rules.cobuilding.CoBuildingRefusalCode} (keys {@code cobuilding.*})
 * with texts in {@code refusals_en.properties} and {@code refusals_zh.properties}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Fulfilment 履约
 *   <dd>The service delivered against the service owed by an instant (the commitment accrued
 *       evenly over the period), the committed resources used and the claimed posts held.
 *   <dt>Joint meeting review 联席会议评议
 *   <dd>A 共建联席会议 recording the fulfilment it reviewed, once per meeting and agreement.
 *   <dt>Feedback 报到反馈
 *   <dd>The latest review sent back to the reporter's own organization.
 *   <dt>Coverage 融合覆盖
 *   <dd>Per configured integration, the agreements, units, members, services and people reached.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.cobuilding;

import org.jspecify.annotations.NullMarked;
