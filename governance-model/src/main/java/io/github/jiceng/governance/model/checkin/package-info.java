/**
 * Contact check-ins (党员联系群众打卡): a party member records each contact with a household, with
 * the instant, the place, the kind of contact and a note. The audit that flags impossible or
 * suspicious check-ins lives in {@code io.github.jiceng.governance.rules.checkin}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Check-in 打卡
 *   <dd>One recorded contact of a party member with a household.
 *   <dt>Contact kind 联系方式
 *   <dd>Home visit (入户走访), phone call (电话联系), online (线上联系), at an activity (活动中联系),
 *       errand done for the household (帮办代办).
 *   <dt>Place 位置
 *   <dd>Where the member was when checking in, as WGS-84 latitude and longitude.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.checkin;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
