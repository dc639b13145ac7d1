package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import java.util.List;

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

  // Points, volunteers, check-ins, assessment, the fund, clues, proposals and deliberation: each
  // optional, since a scenario plays only the features it needs.

  /** The red-star points policy (积分规则) awards are computed under; optional. */
  public static final ScenarioSection<PointsPolicy> POINTS_POLICY =
      new ScenarioSection<>("pointsPolicy", PointsPolicy.class, false);

  /** The services red-star points are redeemed for (服务目录); optional. */
  public static final ScenarioSection<ServiceCatalogue> SERVICE_CATALOGUE =
      new ScenarioSection<>("serviceCatalogue", ServiceCatalogue.class, false);

  /** The working-day calendar (工作日历) volunteer records are entered in; optional. */
  public static final ScenarioSection<WorkingCalendar> WORKING_CALENDAR =
      new ScenarioSection<>("workingCalendar", WorkingCalendar.class, false);

  /** The thresholds of the check-in audit; optional. */
  public static final ScenarioSection<CheckInPolicy> CHECK_IN_POLICY =
      new ScenarioSection<>("checkInPolicy", CheckInPolicy.class, false);

  /** The assessment schemes (考核细则), such as one for party members and one for units; optional. */
  public static final ScenarioSection<List<AssessmentScheme>> ASSESSMENT_SCHEMES =
      new ScenarioSection<>("assessmentSchemes", listOf(AssessmentScheme.class), false);

  /** The co-building fund (共建实践金) and its disbursement policy; optional. */
  public static final ScenarioSection<FundSetup> FUND = new ScenarioSection<>("fund", FundSetup.class, false);

  /** The fund's initial ledger entries (donations and disbursements), in booking order; optional. */
  public static final ScenarioSection<List<LedgerEntry>> FUND_ENTRIES =
      new ScenarioSection<>("fundEntries", listOf(LedgerEntry.class), false);

  /** The issue clues (问题线索) and every decision on them; optional. */
  public static final ScenarioSection<List<ClueCase>> CLUES =
      new ScenarioSection<>("clues", listOf(ClueCase.class), false);

  /** The proposal handling policy (办理时限); optional. */
  public static final ScenarioSection<HandlingPolicy> HANDLING_POLICY =
      new ScenarioSection<>("handlingPolicy", HandlingPolicy.class, false);

  /** Residents' proposals (提案) and their handling records; optional. */
  public static final ScenarioSection<List<ProposalRecord>> PROPOSALS =
      new ScenarioSection<>("proposals", listOf(ProposalRecord.class), false);

  /** Major affairs put to deliberation (大事共议); optional. */
  public static final ScenarioSection<List<MajorAffair>> MAJOR_AFFAIRS =
      new ScenarioSection<>("majorAffairs", listOf(MajorAffair.class), false);

  /** Joint meetings with co-building units (共建联席会议) and their resolutions; optional. */
  public static final ScenarioSection<List<JointMeeting>> JOINT_MEETINGS =
      new ScenarioSection<>("jointMeetings", listOf(JointMeeting.class), false);

  private static final List<ScenarioSection<?>> ALL = List.of(
      HIERARCHY,
      POINTS_POLICY, SERVICE_CATALOGUE, WORKING_CALENDAR, CHECK_IN_POLICY, ASSESSMENT_SCHEMES, FUND, FUND_ENTRIES,
      CLUES, HANDLING_POLICY, PROPOSALS, MAJOR_AFFAIRS, JOINT_MEETINGS);

  private final String name;
  private final Class<T> type;
  private final boolean required;

  private ScenarioSection(String name, Class<T> type, boolean required) {
    this.name = requireNonNull(name, "name");
    this.type = requireNonNull(type, "type");
    this.required = required;
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

  /** Returns the section's name. */
  @Override
  public String toString() {
    return name;
  }
}
