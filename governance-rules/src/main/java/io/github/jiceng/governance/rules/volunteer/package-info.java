/**
 * Rules for volunteer service records (志愿服务记录): the ten-working-day recording window of
 * 民政部令第67号 article 11, totals of service time, the export as rows or CSV text (safe to open
 * in a spreadsheet: formulas neutralised, a UTF-8 byte-order mark first), and the contribution a
 * record makes to red-star points. Certificates (志愿服务证明) are out of scope.
 *
 * <p>The register of accepted records has the SDK's one shape for stateful rules: {@link
 * io.github.jiceng.governance.rules.volunteer.VolunteerRules} is a {@code Decider} of {@link
 * io.github.jiceng.governance.rules.volunteer.VolunteerCommand}s over an immutable {@link
 * io.github.jiceng.governance.rules.volunteer.VolunteerRegister}, its events the accepted
 * {@code VolunteerRecord}s; a refusal carries a {@link
 * io.github.jiceng.governance.rules.volunteer.VolunteerRefusal} code with the dates as named
 * arguments (messages in English and Chinese in {@code refusals_en.properties} and {@code
 * refusals_zh.properties} beside it).
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Recording window 记录时限
 *   <dd>A record is entered within ten working days after the activity ends.
 *   <dt>Register 记录簿
 *   <dd>The records accepted so far, each id once, with each volunteer's total service time.
 *   <dt>Export 导出
 *   <dd>Records as rows with the national fields, for the national volunteer information system
 *       or a spreadsheet.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.volunteer;

import org.jspecify.annotations.NullMarked;
