/**
 * Co-building agreements and reporting to the community (共建协议、双报到): a co-building unit's
 * party organization and in-service party members report to the community they serve with what
 * they commit over a period — resources, service hours, posts they claim — and which of the
 * community's integrations of 一统领四融合 the commitment serves ({@link
 * io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement}). The rules that take reports,
 * measure fulfilment from service records, have the joint meeting review it and send feedback to
 * the reporter's own organization are in {@code io.github.jiceng.governance.rules.cobuilding}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Report 报到
 *   <dd>A unit's party organization (单位报到) or an in-service party member (党员报到) registers
 *       with the community; both together are 双报到.
 *   <dt>Co-building agreement 共建协议
 *   <dd>What a report commits over its period: resources, service hours, claimed posts.
 *   <dt>Claimed post 认领岗位
 *   <dd>A post of the community's roster the reporter undertakes to hold.
 *   <dt>Integration 融合
 *   <dd>One of the community's configured integrations of 一统领四融合 (by default 共驻、共建、共融、共享).
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.cobuilding;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
