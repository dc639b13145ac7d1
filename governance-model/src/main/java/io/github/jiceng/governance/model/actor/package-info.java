/**
 * The people and organizations of grassroots governance, the ids by which everything else refers
 * to them, and the grid squads they form.
 *
 * <p>Personal data (names, identity numbers, mobiles) is held in types that mask themselves
 * ({@code PersonName}, {@code IdentityNumber}, {@code MobileNumber}), so no {@code toString} or
 * validation message of this package shows it.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Actor 行为主体
 *   <dd>A person or an organization that acts, earns points or gives money.
 *   <dt>Person 人员
 *   <dd>A resident (居民), party member (党员), volunteer (志愿者), social worker (社工),
 *       community police officer (社区民警), building head (楼栋长), safety volunteer (平安志愿者)
 *       or deputy (两代表一委员: 党代表, 人大代表, 政协委员); these are their roles (角色).
 *   <dt>Household 户
 *   <dd>The residents of one dwelling; the unit a party-member liaison (党员联络员) serves.
 *   <dt>Organization 组织
 *   <dd>A party organization (党组织: 党委, 党支部, 党小组), co-building unit (共建单位: resident
 *       unit 驻地单位 or paired unit 结对共建单位), social organization (社会组织), social work
 *       station (社会工作服务站), volunteer team (志愿服务团队) or resident merchant (驻地商铺).
 *   <dt>Grid squad 网格小分队
 *   <dd>The safety team of one grid, the mechanism of 平安共管.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.actor;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
