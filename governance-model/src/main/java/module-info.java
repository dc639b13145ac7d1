/**
 * The immutable domain types of grassroots governance (基层治理) and the grid hierarchy; free of Jackson and logging.
 *
 * <p>Exports the API packages only; the {@code *.internal} packages stay encapsulated. The
 * simulation parameters and event log
 * live in {@code io.github.jiceng.governance.sim.model} (ADR 0036).
 *
 * <h2>Start here 从这里开始</h2>
 *
 * <p>One package per feature. The table points to the entry points of each feature, the types a
 * newcomer builds or reads first; the rules that act on these values are in the module {@code
 * io.github.jiceng.governance.rules}, the JSON files in {@code io.github.jiceng.governance.json}.
 *
 * <table>
 *   <caption>Entry points per feature</caption>
 *   <tr><th>feature</th><th>术语</th><th>start with</th></tr>
 *   <tr><td>grid hierarchies of any local scheme</td><td>网格层级</td>
 *       <td>{@link io.github.jiceng.governance.model.grid.GridHierarchy},
 *       {@link io.github.jiceng.governance.model.grid.GridNode},
 *       {@link io.github.jiceng.governance.model.grid.LevelScheme},
 *       {@link io.github.jiceng.governance.model.grid.LevelSchemes}</td></tr>
 *   <tr><td>standard codes and identifiers</td><td>区划代码、网格编码、统一社会信用代码、公民身份号码</td>
 *       <td>{@link io.github.jiceng.governance.model.code.DivisionCode},
 *       {@link io.github.jiceng.governance.model.code.GridCode},
 *       {@link io.github.jiceng.governance.model.code.GridCodeLayout},
 *       {@link io.github.jiceng.governance.model.code.CreditCode},
 *       {@link io.github.jiceng.governance.model.code.IdentityNumber}</td></tr>
 *   <tr><td>people, households, organizations, grid squads</td><td>人员、住户、单位、网格队伍</td>
 *       <td>{@link io.github.jiceng.governance.model.actor.Person},
 *       {@link io.github.jiceng.governance.model.actor.Household},
 *       {@link io.github.jiceng.governance.model.actor.Organization},
 *       {@link io.github.jiceng.governance.model.actor.GridSquad}</td></tr>
 *   <tr><td>the governance model's taxonomies</td><td>一核五共、一统领四融合</td>
 *       <td>{@link io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo},
 *       {@link io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations},
 *       {@link io.github.jiceng.governance.model.taxonomy.Pillar}</td></tr>
 *   <tr><td>A/B posts, absences, staffing</td><td>执行书记AB岗</td>
 *       <td>{@link io.github.jiceng.governance.model.post.Post},
 *       {@link io.github.jiceng.governance.model.post.Roster},
 *       {@link io.github.jiceng.governance.model.post.StaffingPolicy}</td></tr>
 *   <tr><td>scoped authority</td><td>属地权限</td>
 *       <td>{@link io.github.jiceng.governance.model.authority.AuthorityPolicy},
 *       {@link io.github.jiceng.governance.model.authority.Action}</td></tr>
 *   <tr><td>the service chain and the demand lifecycle</td><td>五项清单、需求流转</td>
 *       <td>{@link io.github.jiceng.governance.model.service.Demand},
 *       {@link io.github.jiceng.governance.model.service.Resource},
 *       {@link io.github.jiceng.governance.model.service.Project},
 *       {@link io.github.jiceng.governance.model.service.DemandEvent},
 *       {@link io.github.jiceng.governance.model.service.DemandStatus},
 *       {@link io.github.jiceng.governance.model.service.FiveLists},
 *       {@link io.github.jiceng.governance.model.service.DeadlinePolicy}</td></tr>
 *   <tr><td>matching demands to claimants</td><td>社区下单、共建单位接单</td>
 *       <td>{@link io.github.jiceng.governance.model.matching.MatchingProblem},
 *       {@link io.github.jiceng.governance.model.matching.ChannelPolicy},
 *       {@link io.github.jiceng.governance.model.matching.MatchingResult}</td></tr>
 *   <tr><td>red-star points</td><td>闪闪红星积分</td>
 *       <td>{@link io.github.jiceng.governance.model.points.PointsPolicy},
 *       {@link io.github.jiceng.governance.model.points.RedStarPolicies},
 *       {@link io.github.jiceng.governance.model.points.Contribution},
 *       {@link io.github.jiceng.governance.model.points.ServiceCatalogue}</td></tr>
 *   <tr><td>volunteer service records</td><td>志愿服务记录</td>
 *       <td>{@link io.github.jiceng.governance.model.volunteer.VolunteerRecord},
 *       {@link io.github.jiceng.governance.model.volunteer.WorkingCalendar}</td></tr>
 *   <tr><td>contact check-ins</td><td>党员联系群众打卡</td>
 *       <td>{@link io.github.jiceng.governance.model.checkin.CheckIn},
 *       {@link io.github.jiceng.governance.model.checkin.CheckInPolicy}</td></tr>
 *   <tr><td>quantitative assessment</td><td>量化考核</td>
 *       <td>{@link io.github.jiceng.governance.model.assessment.AssessmentScheme},
 *       {@link io.github.jiceng.governance.model.assessment.AssessmentSchemes},
 *       {@link io.github.jiceng.governance.model.assessment.AssessmentInput},
 *       {@link io.github.jiceng.governance.model.assessment.Scorecard}</td></tr>
 *   <tr><td>the co-building fund</td><td>共建实践金</td>
 *       <td>{@link io.github.jiceng.governance.model.fund.Fund},
 *       {@link io.github.jiceng.governance.model.fund.Donation},
 *       {@link io.github.jiceng.governance.model.fund.DisbursementRequest},
 *       {@link io.github.jiceng.governance.model.fund.DisbursementPolicy},
 *       {@link io.github.jiceng.governance.model.fund.FundPolicies},
 *       {@link io.github.jiceng.governance.model.fund.TransparencyReport}</td></tr>
 *   <tr><td>issue clues</td><td>问题线索</td>
 *       <td>{@link io.github.jiceng.governance.model.clue.IssueClue},
 *       {@link io.github.jiceng.governance.model.clue.ClueCase}</td></tr>
 *   <tr><td>proposals and their handling</td><td>提案、逐级上报</td>
 *       <td>{@link io.github.jiceng.governance.model.proposal.Proposal},
 *       {@link io.github.jiceng.governance.model.proposal.ProposalRecord},
 *       {@link io.github.jiceng.governance.model.proposal.HandlingPolicy}</td></tr>
 *   <tr><td>deliberation and joint meetings</td><td>大事共议、共建联席会议</td>
 *       <td>{@link io.github.jiceng.governance.model.deliberation.MajorAffair},
 *       {@link io.github.jiceng.governance.model.deliberation.JointMeeting}</td></tr>
 *   <tr><td>the five pillars' records: patrols, incidents, deputies' contacts</td><td>平安共管巡逻、代表联系群众</td>
 *       <td>{@link io.github.jiceng.governance.model.pillar.Patrol},
 *       {@link io.github.jiceng.governance.model.pillar.Incident},
 *       {@link io.github.jiceng.governance.model.pillar.DeputyContact}</td></tr>
 *   <tr><td>co-building agreements and reports</td><td>共建协议、双报到</td>
 *       <td>{@link io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement}</td></tr>
 *   <tr><td>venues, room bookings and space for service</td><td>阵地、功能室、以空间换服务</td>
 *       <td>{@link io.github.jiceng.governance.model.venue.Venue},
 *       {@link io.github.jiceng.governance.model.venue.SpaceGrant},
 *       {@link io.github.jiceng.governance.model.venue.ArticleVenues}</td></tr>
 *   <tr><td>money and time spans</td><td>资金（分）、时段</td>
 *       <td>{@link io.github.jiceng.governance.model.money.Money},
 *       {@link io.github.jiceng.governance.model.time.Interval}</td></tr>
 *   <tr><td>validation errors and masking</td><td>校验、脱敏</td>
 *       <td>{@link io.github.jiceng.governance.model.shared.DomainValidationException},
 *       {@link io.github.jiceng.governance.model.shared.Masking}</td></tr>
 * </table>
 *
 * <p>Every type is immutable and built with a builder ({@code Demand.builder()}) or a factory
 * ({@code GridId.of("baiyun")}); an invalid value is refused with a {@link
 * io.github.jiceng.governance.model.shared.DomainValidationException} that lists every violation.
 * Local policy (level schemes, points policies, the fund's disbursement policy, handling
 * deadlines) is data, with the source article's practice shipped as defaults. The README's
 * sample programs show one complete use of each area.
 */
module io.github.jiceng.governance.model {
  requires com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.jiceng.governance.model.actor;
  exports io.github.jiceng.governance.model.assessment;
  exports io.github.jiceng.governance.model.authority;
  exports io.github.jiceng.governance.model.checkin;
  exports io.github.jiceng.governance.model.clue;
  exports io.github.jiceng.governance.model.cobuilding;
  exports io.github.jiceng.governance.model.code;
  exports io.github.jiceng.governance.model.deliberation;
  exports io.github.jiceng.governance.model.fund;
  exports io.github.jiceng.governance.model.grid;
  exports io.github.jiceng.governance.model.matching;
  exports io.github.jiceng.governance.model.money;
  exports io.github.jiceng.governance.model.pillar;
  exports io.github.jiceng.governance.model.points;
  exports io.github.jiceng.governance.model.post;
  exports io.github.jiceng.governance.model.proposal;
  exports io.github.jiceng.governance.model.service;
  exports io.github.jiceng.governance.model.shared;
  exports io.github.jiceng.governance.model.taxonomy;
  exports io.github.jiceng.governance.model.time;
  exports io.github.jiceng.governance.model.venue;
  exports io.github.jiceng.governance.model.volunteer;
}
