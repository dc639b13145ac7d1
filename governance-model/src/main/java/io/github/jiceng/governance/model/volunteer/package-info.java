/**
 * Volunteer service records (志愿服务记录) with the fields the national rules require (民政部令第67号
 * 《志愿服务记录与证明出具办法（试行）》, article 7), and the working-day calendar that the recording
 * window counts in. The checks and the export live in
 * {@code io.github.jiceng.governance.rules.volunteer}.
 *
 * <p>Mainland China's official working calendar ships as data: the State Council's yearly
 * notices on holiday arrangements, each with its title, document number and date, in the
 * resource {@code mainland-china-working-calendar.txt} beside {@link
 * io.github.jiceng.governance.model.volunteer.WorkingCalendars}, which builds
 * {@code WorkingCalendars.mainlandChina()} from them. A calendar built from notices covers their
 * years only: asked about another day it refuses with an {@code OutsideCalendarYearsException},
 * unless the caller chose to count weekends only there ({@code OutsideYears.WEEKENDS_ONLY}).
 *
 * <p>A record kept here is not a volunteer service certificate (志愿服务证明): certificates are
 * issued from the national volunteer information system, and this SDK does not issue them.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Volunteer service record 志愿服务记录
 *   <dd>One activity of one volunteer: 活动名称 activity, 日期 date, 地点 place, 服务内容 content,
 *       服务时间 service time (the actual time given, in hours), 活动组织单位 organiser and
 *       活动负责人 person in charge.
 *   <dt>Working-day calendar 工作日历
 *   <dd>Which days are working days (工作日): weekdays, less statutory holidays (法定节假日),
 *       plus weekend days made working days by the holiday arrangement (调休上班).
 *   <dt>Holiday notice 节假日安排的通知
 *   <dd>The State Council General Office's notice arranging a year's holidays (国务院办公厅关于
 *       部分节假日安排的通知), document number 国办发明电〔year〕N号: the holiday periods (放假调休)
 *       and the weekend days worked (调休上班); a later notice may amend it, as the 2020 extension
 *       of the Spring Festival (国办发明电〔2020〕1号) did.
 *   <dt>Make-up working day 调休上班日
 *   <dd>A Saturday or Sunday that the notice makes a working day, to join days off into a holiday.
 *   <dt>Covered years 数据覆盖年份
 *   <dd>The years a calendar has holiday data for; other days are refused or, by the caller's
 *       choice, counted by the weekend alone.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.volunteer;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
