/**
 * Co-building agreements and 双报到 with teeth (共建协议、双报到): {@link
 * io.github.jiceng.governance.rules.cobuilding.CoBuildingRules}, the decider of one agreement's
 * stream (report, joint-meeting review, feedback to the reporter's own organization); {@link
 * io.github.jiceng.governance.rules.cobuilding.Fulfilment}, how far an agreement is fulfilled,
 * measured from service records and the roster's posts, with the counts it adds to the
 * reporter's assessment; {@link io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage},
 * 一统领四融合 computed per community and period from the agreements and their services; and {@link
 * io.github.jiceng.governance.rules.cobuilding.CommittedCapacity}, the claim capacity the agreements
 * in force bring to a matching problem, bounded by the service they still owe.
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
 *   <dt>In force 协议有效
 *   <dd>Reported by the instant, and the instant inside the agreement's period.
 *   <dt>Committed capacity 承诺接单能力
 *   <dd>The demands a claim resource may take in matching: the services the agreements in force
 *       that commit it still owe (committed hours less those delivered, per service length,
 *       rounded down), shared in the reporter's order of resources, at most its own capacity;
 *       zero when no agreement in force commits it. Purchase and undertake resources are not
 *       commitments and keep their capacity.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.cobuilding;

import org.jspecify.annotations.NullMarked;
