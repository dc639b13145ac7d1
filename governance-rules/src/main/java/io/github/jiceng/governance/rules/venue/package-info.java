/**
 * Venues' rooms booked by activities, and space for service (阵地预约、以空间换服务), as two
 * stateful rules of the one shape.
 *
 * <p>{@link io.github.jiceng.governance.rules.venue.VenueRules} keeps one venue per stream: it is
 * opened with its rooms and hours ({@link io.github.jiceng.governance.rules.venue.VenueCommand}),
 * rooms are booked and cancelled, no time slot of a room is booked twice, and the state ({@link
 * io.github.jiceng.governance.rules.venue.VenueState}) answers each room's {@link
 * io.github.jiceng.governance.rules.venue.Utilisation} over a period. A refused command names a
 * {@link io.github.jiceng.governance.rules.venue.VenueRefusalCode} (feature {@code venue}).
 *
 * <p>{@link io.github.jiceng.governance.rules.venue.SpaceForServiceRules} keeps one grant per
 * stream: the community grants a room for hours a week, the organization owes service per week,
 * deliveries are recorded, reviews raise and lower the flag of being behind, and a grant is not
 * renewed while it is behind ({@link io.github.jiceng.governance.rules.venue.SpaceLedger}, {@link
 * io.github.jiceng.governance.rules.venue.ServiceStanding}). A refused command names a {@link
 * io.github.jiceng.governance.rules.venue.SpaceRefusalCode} (feature {@code space}). {@code
 * refusals_en.properties} and {@code refusals_zh.properties} beside this package give a template
 * per key of both features.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Booking 预约
 *   <dd>A room held for an activity over a span inside one day's opening hours.
 *   <dt>Double booking 重复预约
 *   <dd>Two bookings in force of one room that share an instant; refused.
 *   <dt>Utilisation 使用率
 *   <dd>A room's booked time over the venue's open time in a period, in per mille.
 *   <dt>Owed service 应提供服务时长
 *   <dd>The service per week of a grant times the whole weeks of its period elapsed.
 *   <dt>Behind 服务滞后
 *   <dd>Owed minus delivered service exceeds the grant's grace (weeks of service per week).
 *   <dt>Review 履约检查
 *   <dd>A dated look at the ledger that raises or lowers the flag of being behind.
 *   <dt>Renewal 续签
 *   <dd>A later end of the grant's period; refused while the organization is behind.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.venue;

import org.jspecify.annotations.NullMarked;
