/**
 * The service chain (服务链): the five linked lists of demands, resources, projects, services and
 * outcomes, and the demand lifecycle's states, transitions and events.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Five lists 五项清单
 *   <dd>The demand list (需求清单), resource list (资源清单), project list (项目清单), service list
 *       (服务清单) and outcome list (成效清单), linked by ids from need to result.
 *   <dt>Demand 需求
 *   <dd>What a resident (居民), resident unit (驻地单位) or co-building unit (共建单位) asks for:
 *       群众点单, "the masses place an order".
 *   <dt>Resource 资源
 *   <dd>What a claimant offers through one channel: capabilities, coverage, capacity, price.
 *   <dt>Claimant 接单方
 *   <dd>The organization that takes a demand (接单): a co-building unit, a social organization
 *       (社会组织) or the community itself.
 *   <dt>Channel 渠道
 *   <dd>Claim by a co-building unit at its own cost (认领), purchase from a social organization
 *       (购买), or undertaking by the community (承接).
 *   <dt>Project 项目
 *   <dd>Demands the community grouped and dispatched together (社区下单).
 *   <dt>Service 服务
 *   <dd>A delivery: who served, when, for how long, for how many.
 *   <dt>Outcome 成效
 *   <dd>Residents' rating of a delivery, with evidence and the people reached.
 *   <dt>Space for service 以空间换服务
 *   <dd>A social organization gets space in the service centre and serves residents in return.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
