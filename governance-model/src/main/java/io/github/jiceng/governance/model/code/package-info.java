/**
 * Chinese standard codes and validated personal identifiers the SDK reads and checks.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Division code 统计用区划代码
 *   <dd>The 12-digit statistical division code (2+2+2+3+3) of a province, prefecture, county,
 *       township or village-level unit, from a yearly code table.
 *   <dt>Grid code 网格编码
 *   <dd>A division code followed by sequence segments (顺序码) for grids, compounds, buildings and
 *       households; printed in the layouts of CJ/T 213, DB11/T 2157 and CJ/T 349.
 *   <dt>Table year 代码年度
 *   <dd>The year of the division code table a code was taken from; part of the code's identity.
 *   <dt>Identity number 公民身份号码
 *   <dd>The 18-character GB 11643 number of a resident: address code (地址码), birth date
 *       (出生日期码), sequence code (顺序码) and an ISO 7064 MOD 11-2 check character (校验码).
 *       Personal data: masked everywhere but its raw accessor.
 *   <dt>Unified social credit code 统一社会信用代码
 *   <dd>The 18-character GB 32100 code of a legal person or other organization, embedding its
 *       GB 11714 organization code (组织机构代码).
 *   <dt>Mobile number 手机号码
 *   <dd>An 11-digit mainland mobile number; personal data, masked 3+4.
 *   <dt>Full-width character 全角字符
 *   <dd>The wide form of a digit or letter ({@code １５０６２２}) that Chinese input methods
 *       type. Every code here reads it, and surrounding spaces, as the half-width (ASCII) text
 *       typed; any other character that is not ASCII is refused with its position.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.code;

import org.jspecify.annotations.NullMarked;
