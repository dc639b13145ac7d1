/**
 * The records that prove each pillar of 一核五共 works (五共的工作记录), beside those other packages
 * already hold.
 *
 * <ul>
 *   <li>党群共建: joint meetings and their resolutions, in {@code model.deliberation};
 *   <li>大事共议: {@link io.github.jiceng.governance.model.pillar.DeputyContact} (a deputy of
 *       两代表一委员, linked to grids by their {@code Role.Deputy}, met residents and carried their
 *       problems) and {@link io.github.jiceng.governance.model.pillar.AffairProject} (a major affair's
 *       adopted option became a project), beside the affairs and decisions of {@code
 *       model.deliberation};
 *   <li>平安共管: {@link io.github.jiceng.governance.model.pillar.Patrol} (a grid squad walked a grid
 *       node on a day) and {@link io.github.jiceng.governance.model.pillar.Incident} (what a patrol
 *       found, shaped for the grid-event loop to take over);
 *   <li>文明共创: service records of volunteer teams and social work stations, in {@code
 *       model.service};
 *   <li>服务共享: red-star awards and redemptions, in {@code model.points}.
 * </ul>
 *
 * <p>Every record names people, grids and problems by id only, so none carries personal data.
 * The scorecard that counts them per community and period is in the rules module ({@code
 * rules.pillar}).
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Patrol 巡逻
 *   <dd>A grid squad (网格小分队) walking one grid node on one day.
 *   <dt>Incident 事件
 *   <dd>A matter a patrol found: a hazard, a dispute, damage; handed to the grid-event desk.
 *   <dt>Deputy contact 代表联系群众
 *   <dd>A party congress delegate, people's congress deputy or CPPCC member (两代表一委员) meeting the
 *       residents of a grid and carrying their problems (问题线索、提案) on.
 *   <dt>Affair project 议决项目
 *   <dd>The project a major affair's adopted option became.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.pillar;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
