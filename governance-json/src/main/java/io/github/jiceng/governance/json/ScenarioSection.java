package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One section of a {@link Scenario}: its property name in the file and the type of its value.
 * A feature adds its section here and binds it in the scenario's section registry; the file
 * format, its reader, writer and schema follow without other changes.
 *
 * @param <T> the section's value type
 */
public final class ScenarioSection<T> {

  /** The grid hierarchy the scenario plays on (网格层级); required. */
  public static final ScenarioSection<GridHierarchy> HIERARCHY =
      new ScenarioSection<>("hierarchy", GridHierarchy.class, true);

  /**
   * The two taxonomies (一核五共, 一统领四融合); optional. A scenario without this section works with
   * the article's ({@link Taxonomies#ARTICLE}), the shipped default of the model.
   */
  public static final ScenarioSection<Taxonomies> TAXONOMY =
      new ScenarioSection<>("taxonomy", Taxonomies.class, false, Taxonomies.ARTICLE);

  /**
   * Who is where (名册): persons, households, organizations, squads, posts, absences; optional, no
   * default: a scenario that studies only grids or matching has no roster, and an empty one would
   * say something else (an area with nobody in it).
   */
  public static final ScenarioSection<Roster> ROSTER = new ScenarioSection<>("roster", Roster.class, false);

  /** What a complete dual hierarchy must have; optional, default {@link StaffingPolicy#ARTICLE}. */
  public static final ScenarioSection<StaffingPolicy> STAFFING_POLICY =
      new ScenarioSection<>("staffingPolicy", StaffingPolicy.class, false, StaffingPolicy.ARTICLE);

  /** Which actions posts, roles and organizations grant; optional, default {@link AuthorityPolicy#DEFAULT}. */
  public static final ScenarioSection<AuthorityPolicy> AUTHORITY_POLICY =
      new ScenarioSection<>("authorityPolicy", AuthorityPolicy.class, false, AuthorityPolicy.DEFAULT);

  /**
   * The resource list (资源清单): what claimants offer; optional, no default (resources are data of
   * the area, not policy). It is also the resource list of the {@link #SERVICE_CHAIN}.
   */
  public static final ScenarioSection<List<Resource>> RESOURCES =
      new ScenarioSection<>("resources", listOf(Resource.class), false);

  /** The channels in order and their shares; optional, default {@link ChannelPolicy#standard()}. */
  public static final ScenarioSection<ChannelPolicy> CHANNEL_POLICY =
      new ScenarioSection<>("channelPolicy", ChannelPolicy.class, false, ChannelPolicy.standard());

  /** The weights of the matching score; optional, default {@link ScoreWeights#standard()}. */
  public static final ScenarioSection<ScoreWeights> SCORE_WEIGHTS =
      new ScenarioSection<>("scoreWeights", ScoreWeights.class, false, ScoreWeights.standard());

  /** How long a demand may stay in each state; optional, default {@link DeadlinePolicy#standard()}. */
  public static final ScenarioSection<DeadlinePolicy> DEADLINE_POLICY =
      new ScenarioSection<>("deadlinePolicy", DeadlinePolicy.class, false, DeadlinePolicy.standard());

  /**
   * The initial five lists (五项清单); optional, no default (a scenario may start before any demand).
   * The file holds its demands, projects, services and outcomes; its resource list is the
   * {@link #RESOURCES} section, so a scenario with a service chain has exactly the resources of that
   * section (see {@link Scenario.Builder#build()}).
   */
  public static final ScenarioSection<FiveLists> SERVICE_CHAIN =
      new ScenarioSection<>("serviceChain", FiveLists.class, false);

  /**
   * The venues (阵地) of the area: service centres with their declared floor area, rooms and opening
   * hours; optional, no default (venues are data of the area).
   */
  public static final ScenarioSection<List<Venue>> VENUES =
      new ScenarioSection<>("venues", listOf(Venue.class), false);

  /**
   * Space-for-service grants (以空间换服务): a room of a venue of the {@link #VENUES} section granted to
   * an organization, which owes service hours each week in return; optional, no default. What the
   * organization delivers is read from the services its resources provide.
   */
  public static final ScenarioSection<List<SpaceGrant>> SPACE_GRANTS =
      new ScenarioSection<>("spaceGrants", listOf(SpaceGrant.class), false);

  /**
   * The red-star points policy (积分规则) awards are computed under; optional, default
   * {@link RedStarPolicies#article()}.
   */
  public static final ScenarioSection<PointsPolicy> POINTS_POLICY =
      new ScenarioSection<>("pointsPolicy", PointsPolicy.class, false, RedStarPolicies.article());

  /** The services red-star points are redeemed for (服务目录); optional, no default (offers are data of the area). */
  public static final ScenarioSection<ServiceCatalogue> SERVICE_CATALOGUE =
      new ScenarioSection<>("serviceCatalogue", ServiceCatalogue.class, false);

  /**
   * The working-day calendar (工作日历) volunteer records are entered in; optional, no default
   * here: a calendar without the year's holidays would count them as working days. The simulator
   * takes mainland China's official calendar ({@code WorkingCalendars.mainlandChina()}) when a
   * file has none; a calendar written with {@code years} refuses days outside them unless its
   * {@code outsideYears} is {@code WEEKENDS_ONLY}.
   */
  public static final ScenarioSection<WorkingCalendar> WORKING_CALENDAR =
      new ScenarioSection<>("workingCalendar", WorkingCalendar.class, false);

  /** The thresholds of the check-in audit; optional, default {@link CheckInPolicy#defaults()}. */
  public static final ScenarioSection<CheckInPolicy> CHECK_IN_POLICY =
      new ScenarioSection<>("checkInPolicy", CheckInPolicy.class, false, CheckInPolicy.defaults());

  /** Party members' contact check-ins (党员联系群众打卡) recorded so far; optional, no default. */
  public static final ScenarioSection<List<CheckIn>> CHECK_INS =
      new ScenarioSection<>("checkIns", listOf(CheckIn.class), false);

  /**
   * The assessment schemes (考核细则), one for party members and one for units; optional, default
   * {@link AssessmentSchemes#partyMembers()} and {@link AssessmentSchemes#units()}.
   */
  public static final ScenarioSection<List<AssessmentScheme>> ASSESSMENT_SCHEMES =
      new ScenarioSection<>("assessmentSchemes", listOf(AssessmentScheme.class), false,
          List.of(AssessmentSchemes.partyMembers(), AssessmentSchemes.units()));

  /** The co-building fund (共建实践金) and its disbursement policy; optional, no default (data of a street). */
  public static final ScenarioSection<FundSetup> FUND = new ScenarioSection<>("fund", FundSetup.class, false);

  /**
   * Pledges to the fund (认领) made so far, in time order; optional, no default. A pledge is a promise,
   * not money: donations of the {@link #FUND_ENTRIES} section pay it by naming it, so the section
   * comes before them.
   */
  public static final ScenarioSection<List<Pledge>> FUND_PLEDGES =
      new ScenarioSection<>("fundPledges", listOf(Pledge.class), false);

  /** The fund's initial ledger entries (donations and disbursements), in booking order; optional, no default. */
  public static final ScenarioSection<List<LedgerEntry>> FUND_ENTRIES =
      new ScenarioSection<>("fundEntries", listOf(LedgerEntry.class), false);

  /** The issue clues (问题线索) and every decision on them; optional, no default. */
  public static final ScenarioSection<List<ClueCase>> CLUES =
      new ScenarioSection<>("clues", listOf(ClueCase.class), false);

  /** The proposal handling policy (办理时限); optional, default {@link HandlingPolicy#streetDefault()}. */
  public static final ScenarioSection<HandlingPolicy> HANDLING_POLICY =
      new ScenarioSection<>("handlingPolicy", HandlingPolicy.class, false, HandlingPolicy.streetDefault());

  /** Residents' proposals (提案) and their handling records; optional, no default. */
  public static final ScenarioSection<List<ProposalRecord>> PROPOSALS =
      new ScenarioSection<>("proposals", listOf(ProposalRecord.class), false);

  /** Major affairs put to deliberation (大事共议); optional, no default. */
  public static final ScenarioSection<List<MajorAffair>> MAJOR_AFFAIRS =
      new ScenarioSection<>("majorAffairs", listOf(MajorAffair.class), false);

  /** Joint meetings with co-building units (共建联席会议) and their resolutions; optional, no default. */
  public static final ScenarioSection<List<JointMeeting>> JOINT_MEETINGS =
      new ScenarioSection<>("jointMeetings", listOf(JointMeeting.class), false);

  /**
   * Co-building agreements (共建协议): the reports of units' party organizations and in-service party
   * members to their communities (双报到) with what they commit, and the integrations they serve;
   * optional, no default.
   */
  public static final ScenarioSection<List<CoBuildingAgreement>> CO_BUILDING_AGREEMENTS =
      new ScenarioSection<>("coBuildingAgreements", listOf(CoBuildingAgreement.class), false);

  /** How the community behaves when the scenario is simulated (模拟参数); optional. */
  public static final ScenarioSection<SimulationParameters> SIMULATION =
      new ScenarioSection<>("simulation", SimulationParameters.class, false);

  /**
   * Squads' patrols (平安共管巡逻记录); optional, default empty: records the reports read (the pillar
   * scorecard), not events the simulator plays.
   */
  public static final ScenarioSection<List<Patrol>> PATROLS =
      new ScenarioSection<>("patrols", listOf(Patrol.class), false, List.of());

  /** The incidents patrols found (巡逻发现事件), each of a patrol of {@link #PATROLS}; optional, default empty. */
  public static final ScenarioSection<List<Incident>> INCIDENTS =
      new ScenarioSection<>("incidents", listOf(Incident.class), false, List.of());

  /** Deputies' contacts with the residents of their grids (代表联系群众); optional, default empty. */
  public static final ScenarioSection<List<DeputyContact>> DEPUTY_CONTACTS =
      new ScenarioSection<>("deputyContacts", listOf(DeputyContact.class), false, List.of());

  /** The projects adopted major affairs became (议决事项转化项目); optional, default empty. */
  public static final ScenarioSection<List<AffairProject>> AFFAIR_PROJECTS =
      new ScenarioSection<>("affairProjects", listOf(AffairProject.class), false, List.of());

  private static final List<ScenarioSection<?>> ALL = List.of(HIERARCHY,
      TAXONOMY, ROSTER, STAFFING_POLICY, AUTHORITY_POLICY, RESOURCES, CHANNEL_POLICY, SCORE_WEIGHTS,
      DEADLINE_POLICY, SERVICE_CHAIN, VENUES, SPACE_GRANTS,
      POINTS_POLICY, SERVICE_CATALOGUE, WORKING_CALENDAR, CHECK_IN_POLICY, CHECK_INS, ASSESSMENT_SCHEMES, FUND,
      FUND_PLEDGES, FUND_ENTRIES,
      CLUES, HANDLING_POLICY, PROPOSALS, MAJOR_AFFAIRS, JOINT_MEETINGS, CO_BUILDING_AGREEMENTS,
      SIMULATION,
      PATROLS, INCIDENTS, DEPUTY_CONTACTS, AFFAIR_PROJECTS);

  private final String name;
  private final Class<T> type;
  private final boolean required;
  private final @Nullable T defaultValue;

  private ScenarioSection(String name, Class<T> type, boolean required) {
    this(name, type, required, null);
  }

  private ScenarioSection(String name, Class<T> type, boolean required, @Nullable T defaultValue) {
    this.name = requireNonNull(name, "name");
    this.type = requireNonNull(type, "type");
    this.required = required;
    this.defaultValue = defaultValue;
  }

  @SuppressWarnings("unchecked")
  private static <E> Class<List<E>> listOf(Class<E> element) {
    return (Class<List<E>>) (Class<?>) List.class;
  }

  /** Returns every section, in the order a scenario file lists them. */
  public static List<ScenarioSection<?>> values() {
    return ALL;
  }

  /** Returns the section's property name in a scenario file, such as {@code "hierarchy"}. */
  public String name() {
    return name;
  }

  /** Returns the type of the section's value. */
  public Class<T> type() {
    return type;
  }

  /** Returns whether every scenario must have this section. */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns what a scenario without this section works with, if the section has a default (a
   * policy's shipped default); see {@link Scenario#sectionOrDefault}. A file never needs to hold a
   * default, and reading a file does not add it.
   */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** Returns the section's name. */
  @Override
  public String toString() {
    return name;
  }
}
