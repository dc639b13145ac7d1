/**
 * Venues (阵地) and space for service (以空间换服务): a community's service centre with its
 * declared floor area, its rooms and its opening hours ({@link
 * io.github.jiceng.governance.model.venue.Venue}, {@link io.github.jiceng.governance.model.venue.Room},
 * {@link io.github.jiceng.governance.model.venue.OpeningHours}); bookings of its rooms by
 * activities ({@link io.github.jiceng.governance.model.venue.Booking}); and the grant of a room to
 * an organization that owes service hours in return ({@link
 * io.github.jiceng.governance.model.venue.SpaceGrant}, {@link
 * io.github.jiceng.governance.model.venue.ServiceDelivery}). The source article's centre and grant
 * ship as {@link io.github.jiceng.governance.model.venue.ArticleVenues}. The rules that book rooms
 * and keep the ledger of owed hours are in {@code io.github.jiceng.governance.rules.venue}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Venue 阵地
 *   <dd>A place the community serves residents from, such as its party-masses service centre
 *       (党群服务中心).
 *   <dt>Floor area 建筑面积
 *   <dd>The venue's declared area in square metres; its rooms take part of it.
 *   <dt>Function room 功能室
 *   <dd>A room of a venue with one purpose (cinema, physiotherapy room, elderly-service station),
 *       booked by activities.
 *   <dt>Booking 预约
 *   <dd>A room held for an activity over a span inside one day's opening hours.
 *   <dt>Utilisation 使用率
 *   <dd>A room's booked time over its open time in a period.
 *   <dt>Space for service 以空间换服务
 *   <dd>A room granted to an organization for hours a week; the organization owes service hours
 *       to residents in return, counted per whole week of the grant's period.
 *   <dt>Behind 服务滞后
 *   <dd>Delivered hours fall short of owed hours by more than the grant's grace.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.venue;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
