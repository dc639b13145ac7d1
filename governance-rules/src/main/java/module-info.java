/**
 * The pure, deterministic rules of grassroots governance over the model's immutable values.
 *
 * <p>Exports the API packages only; the {@code *.internal} packages stay encapsulated.
 *
 * <h2>Start here 从这里开始</h2>
 *
 * <p>One package per feature. The table points to the entry point of each feature, the type a
 * newcomer calls first; the values the rules take and return are in the module {@code
 * io.github.jiceng.governance.model}.
 *
 * <table>
 *   <caption>Entry points per feature</caption>
 *   <tr><th>feature</th><th>术语</th><th>start with</th></tr>
 *   <tr><td>one shape for every stateful rule: decide, evolve, refusals in Chinese and
 *       English</td><td>决策与演进、驳回代码</td>
 *       <td>{@link io.github.jiceng.governance.rules.decider.Decider},
 *       {@link io.github.jiceng.governance.rules.decider.InMemoryStream},
 *       {@link io.github.jiceng.governance.rules.decider.RefusalMessages}</td></tr>
 *   <tr><td>partitioning a grid hierarchy into subtrees</td><td>按网格分区</td>
 *       <td>{@link io.github.jiceng.governance.rules.partition.GridPartitioning}</td></tr>
 *   <tr><td>who acts on an A/B post</td><td>执行书记AB岗</td>
 *       <td>{@link io.github.jiceng.governance.rules.post.ActingHolders},
 *       {@link io.github.jiceng.governance.rules.post.PostRules}</td></tr>
 *   <tr><td>the dual-hierarchy audit</td><td>双重层级核查</td>
 *       <td>{@link io.github.jiceng.governance.rules.audit.DualHierarchyAudit}</td></tr>
 *   <tr><td>scoped authority and the platform's six sections</td><td>属地权限、平台六版块</td>
 *       <td>{@link io.github.jiceng.governance.rules.authority.ScopedAuthority},
 *       {@link io.github.jiceng.governance.rules.authority.PlatformViews}</td></tr>
 *   <tr><td>the demand lifecycle and the five-lists report</td><td>需求流转、五项清单</td>
 *       <td>{@link io.github.jiceng.governance.rules.service.DemandRules},
 *       {@link io.github.jiceng.governance.rules.service.DemandLifecycle},
 *       {@link io.github.jiceng.governance.rules.service.FiveListsReport}</td></tr>
 *   <tr><td>projects claimed, bought or undertaken as one project</td><td>项目认领、购买、承接</td>
 *       <td>{@link io.github.jiceng.governance.rules.project.ProjectRules},
 *       {@link io.github.jiceng.governance.rules.project.SingleDemandPool}</td></tr>
 *   <tr><td>matching demands to claimants, channel by channel</td><td>社区下单、共建单位接单</td>
 *       <td>{@link io.github.jiceng.governance.rules.matching.Matcher},
 *       {@link io.github.jiceng.governance.rules.matching.Eligibility},
 *       {@link io.github.jiceng.governance.rules.matching.BipartiteMatching}</td></tr>
 *   <tr><td>the red-star points ledger</td><td>闪闪红星积分</td>
 *       <td>{@link io.github.jiceng.governance.rules.points.PointsLedger},
 *       {@link io.github.jiceng.governance.rules.points.PointsRules},
 *       {@link io.github.jiceng.governance.rules.points.PointsCalculator},
 *       {@link io.github.jiceng.governance.rules.points.Recomputation},
 *       {@link io.github.jiceng.governance.rules.points.CompactReplay}</td></tr>
 *   <tr><td>volunteer service records</td><td>志愿服务记录</td>
 *       <td>{@link io.github.jiceng.governance.rules.volunteer.VolunteerRules},
 *       {@link io.github.jiceng.governance.rules.volunteer.VolunteerRecording},
 *       {@link io.github.jiceng.governance.rules.volunteer.VolunteerPoints},
 *       {@link io.github.jiceng.governance.rules.volunteer.VolunteerExport}</td></tr>
 *   <tr><td>the audit of contact check-ins</td><td>打卡核查</td>
 *       <td>{@link io.github.jiceng.governance.rules.checkin.CheckInAudit},
 *       {@link io.github.jiceng.governance.rules.checkin.CheckInRules}</td></tr>
 *   <tr><td>quantitative assessment and ranking</td><td>量化考核</td>
 *       <td>{@link io.github.jiceng.governance.rules.assessment.Assessment},
 *       {@link io.github.jiceng.governance.rules.assessment.Ranking}</td></tr>
 *   <tr><td>co-building agreements, 双报到 and 一统领四融合 coverage</td><td>共建协议、双报到、融合覆盖</td>
 *       <td>{@link io.github.jiceng.governance.rules.cobuilding.CoBuildingRules},
 *       {@link io.github.jiceng.governance.rules.cobuilding.Fulfilment},
 *       {@link io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage}</td></tr>
 *   <tr><td>the five pillars driven by records: scorecard, patrol coverage, deputies' work</td><td>五共计分卡、巡逻覆盖、代表履职</td>
 *       <td>{@link io.github.jiceng.governance.rules.pillar.PillarScorecard},
 *       {@link io.github.jiceng.governance.rules.pillar.PatrolCoverage},
 *       {@link io.github.jiceng.governance.rules.pillar.DeputyWork}</td></tr>
 *   <tr><td>the co-building fund with maker-checker</td><td>共建实践金、公示</td>
 *       <td>{@link io.github.jiceng.governance.rules.fund.FundRules},
 *       {@link io.github.jiceng.governance.rules.fund.FundBook},
 *       {@link io.github.jiceng.governance.rules.fund.Ledger},
 *       {@link io.github.jiceng.governance.rules.fund.TransparencyReports},
 *       {@link io.github.jiceng.governance.rules.fund.NoticeBoard}</td></tr>
 *   <tr><td>issue clues carried to projects</td><td>问题线索</td>
 *       <td>{@link io.github.jiceng.governance.rules.clue.ClueRules},
 *       {@link io.github.jiceng.governance.rules.clue.ClueRegister},
 *       {@link io.github.jiceng.governance.rules.clue.ClueScreening}</td></tr>
 *   <tr><td>proposal handling and escalation</td><td>提案办理、逐级上报</td>
 *       <td>{@link io.github.jiceng.governance.rules.proposal.ProposalRules},
 *       {@link io.github.jiceng.governance.rules.proposal.ProposalDesk}</td></tr>
 *   <tr><td>deliberation and joint meetings</td><td>大事共议、共建联席会议</td>
 *       <td>{@link io.github.jiceng.governance.rules.deliberation.DeliberationRules},
 *       {@link io.github.jiceng.governance.rules.deliberation.MajorAffairs},
 *       {@link io.github.jiceng.governance.rules.deliberation.JointMeetings}</td></tr>
 *   <tr><td>room bookings of a venue and space for service</td><td>阵地预约、以空间换服务</td>
 *       <td>{@link io.github.jiceng.governance.rules.venue.VenueRules},
 *       {@link io.github.jiceng.governance.rules.venue.SpaceForServiceRules}</td></tr>
 * </table>
 *
 * <p>Every rule is a pure function of immutable inputs and an explicit instant; nothing reads a
 * clock. An expected business refusal is a value, not an exception: every stateful rule is a
 * {@link io.github.jiceng.governance.rules.decider.Decider} whose commands answer one {@link
 * io.github.jiceng.governance.rules.decider.Decision} (applied, unchanged as a duplicate, refused
 * with a coded {@link io.github.jiceng.governance.rules.decider.Refusal}) and leave their input
 * unchanged. The
 * README's sample programs show one complete use of each area.
 */
module io.github.jiceng.governance.rules {
  requires transitive io.github.jiceng.governance.model;
  requires com.google.common;
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.github.jiceng.governance.rules.assessment;
  exports io.github.jiceng.governance.rules.audit;
  exports io.github.jiceng.governance.rules.authority;
  exports io.github.jiceng.governance.rules.checkin;
  exports io.github.jiceng.governance.rules.clue;
  exports io.github.jiceng.governance.rules.cobuilding;
  exports io.github.jiceng.governance.rules.decider;
  exports io.github.jiceng.governance.rules.deliberation;
  exports io.github.jiceng.governance.rules.fund;
  exports io.github.jiceng.governance.rules.matching;
  exports io.github.jiceng.governance.rules.partition;
  exports io.github.jiceng.governance.rules.pillar;
  exports io.github.jiceng.governance.rules.points;
  exports io.github.jiceng.governance.rules.post;
  exports io.github.jiceng.governance.rules.project;
  exports io.github.jiceng.governance.rules.proposal;
  exports io.github.jiceng.governance.rules.service;
  exports io.github.jiceng.governance.rules.venue;
  exports io.github.jiceng.governance.rules.volunteer;
  // Its validation texts, read by the model's ValidationMessages.
  opens io.github.jiceng.governance.rules.audit to io.github.jiceng.governance.model;
}
