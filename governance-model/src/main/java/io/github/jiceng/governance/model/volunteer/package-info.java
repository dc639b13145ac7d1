/**
 * Volunteer service records (志愿服务记录) with the fields the national rules require (民政部令第67号
 * 《志愿服务记录与证明出具办法（试行）》, article 7), and the working-day calendar that the recording
 * window counts in. The checks and the export live in
 * {@code io.github.jiceng.governance.rules.volunteer}.
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
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.volunteer;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
