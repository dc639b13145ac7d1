package io.github.jiceng.governance.json;

import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.ArticleVenues;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One fixed scenario in the article's practice, built from the model's shipped defaults (the
 * red-star policy and catalogue, the assessment schemes, the street's fund policy and handling
 * policy) and a few records of 蓝天街道: the fund and its first directed project, clues, a
 * proposal, a major affair and a joint meeting. Tests damage it at known pointers. Personal values
 * are synthetic.
 */
final class PracticeScenario {

  /** The synthetic mobile number of the first clue's reporter. */
  static final String CLUE_MOBILE = "13912345678";

  /** The synthetic mobile number of the proposal's resident. */
  static final String PROPOSAL_MOBILE = "18647731234";

  /** A synthetic full name in the first clue's summary. */
  static final String CLUE_NAME = "欧阳建华";

  /** A synthetic full name in the proposal's content. */
  static final String PROPOSAL_NAME = "张卫东";

  static final FundId LANTIAN = FundId.of("lantian-fund");
  static final ProjectId SQUARE = ProjectId.of("xuemeili-square");

  private PracticeScenario() {}

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  static Fund fund() {
    return Fund.builder().id(LANTIAN).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
        .launchedOn(LocalDate.of(2021, 6, 9)).build();
  }

  static Donation donation() {
    return Donation.builder().id(EntryId.of("don-2021-0001")).fund(LANTIAN).at(at("2021-06-09T02:00:00Z"))
        .channel(DonationChannel.DIRECTED).donorKind(DonorKind.CO_BUILDING_UNIT)
        .donor(OrganizationId.of("unit-power-supply")).amount(Money.ofYuan("500000"))
        .earmark(Earmark.forProject(SQUARE)).receipt("R-2021-001").build();
  }

  static Disbursement disbursement() {
    DisbursementRequest request = DisbursementRequest.builder().id(RequestId.of("req-2021-0001")).fund(LANTIAN)
        .category(OutflowCategory.DIRECTED_PROJECT).project(SQUARE).recipient(OrganizationId.of("org-builder"))
        .beneficiaries(3000).amount(Money.ofYuan("320000")).requestedBy(PersonId.of("p-clerk"))
        .requestedAt(at("2021-07-01T01:00:00Z")).purpose("雪梅里广场改造").build();
    return Disbursement.builder().id(EntryId.of("dis-2021-0001")).at(at("2021-07-20T01:00:00Z")).request(request)
        .addApproval(new Approval(PersonId.of("p-secretary"), at("2021-07-02T01:00:00Z")))
        .addApproval(new Approval(PersonId.of("p-deputy"), at("2021-07-03T01:00:00Z")))
        .addApproval(new Approval(PersonId.of("p-treasurer"), at("2021-07-04T01:00:00Z")))
        .paidBy(PersonId.of("p-cashier"))
        .addDraw(new Draw(Optional.of(Earmark.forProject(SQUARE)), Money.ofYuan("320000"))).build();
  }

  static ClueCase completedClue() {
    IssueClue clue = IssueClue.builder().id(ClueId.of("clue-001")).category(ClueCategory.FITNESS)
        .grid(GridId.of("xuemeili")).reportedAt(at("2021-06-20T02:00:00Z")).source(ClueSource.RESIDENT)
        .reporter(PersonId.of("p-0193")).contactMobile(CLUE_MOBILE)
        .summary("居民" + CLUE_NAME + "反映：废弃广场无人管理，希望改成健身场地").topic("xuemeili-square").build();
    return ClueCase.collected(clue).screened(at("2021-06-21T02:00:00Z"))
        .withDuplicate(ClueId.of("clue-002"))
        .evaluated(new Evaluation(at("2021-06-25T02:00:00Z"), Money.ofYuan("320000"), 3000, Priority.HIGH))
        .decided(Implementation.fundDirected(SQUARE, at("2021-06-28T02:00:00Z")))
        .started(at("2021-07-20T02:00:00Z"))
        .completed(new Completion(at("2021-10-01T02:00:00Z"), 3200));
  }

  static ClueCase mergedClue() {
    IssueClue clue = IssueClue.builder().id(ClueId.of("clue-002")).category(ClueCategory.FITNESS)
        .grid(GridId.of("xuemeili")).reportedAt(at("2021-06-20T05:00:00Z")).source(ClueSource.GRID_WORKER)
        .summary("广场荒废").topic("xuemeili-square").build();
    return ClueCase.collected(clue).merged(ClueId.of("clue-001"), at("2021-06-21T02:00:00Z"));
  }

  static ProposalRecord proposal() {
    Proposal p = Proposal.builder().id(ProposalId.of("ta-2023-0012")).title("小区东门路灯不亮")
        .content("居民" + PROPOSAL_NAME + "反映东门路灯坏了一个月").grid(GridId.of("xuemeili"))
        .submittedAt(at("2023-03-01T01:00:00Z"))
        .submission(new Submission.ViaDeputy(PersonId.of("p-deputy-07"), DeputyKind.PEOPLES_CONGRESS_DEPUTY,
            Optional.of(PersonId.of("p-0457"))))
        .contactMobile(PROPOSAL_MOBILE).build();
    return ProposalRecord.submitted(p).accepted(PersonId.of("p-clerk"), at("2023-03-01T05:00:00Z"))
        .assigned(OrganizationId.of("unit-power-supply"), PersonId.of("p-clerk"), at("2023-03-02T01:00:00Z"))
        .started(OrganizationId.of("unit-power-supply"), at("2023-03-03T01:00:00Z"))
        .answered(new Answer("已更换路灯", PersonId.of("p-clerk"), at("2023-03-06T01:00:00Z")));
  }

  static MajorAffair affair() {
    return MajorAffair.builder().id(AffairId.of("affair-2021-03")).title("雪梅里广场改造方案").grid(GridId.of("xuemeili"))
        .addParticipants(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3")).quorum(2)
        .addOptions("健身广场", "儿童乐园").openedAt(at("2021-06-26T01:00:00Z")).build();
  }

  static JointMeeting meeting() {
    return JointMeeting.builder().id(MeetingId.of("jm-2021-q3")).grid(GridId.of("baiyun"))
        .heldAt(at("2021-07-05T06:00:00Z")).convener(OrganizationId.of("org-baiyun-party"))
        .addAttendees(OrganizationId.of("unit-power-supply"), OrganizationId.of("unit-school"))
        .addResolution(Resolution.project(ResolutionId.of("jm-2021-q3-r1"), "供电公司认领雪梅里广场照明",
            ProjectId.of("xuemeili-lights"), OrganizationId.of("unit-power-supply"), Money.ofYuan("20000")))
        .addResolution(Resolution.agreed(ResolutionId.of("jm-2021-q3-r2"), "每季度召开一次联席会议")).build();
  }

  /** A party member's visit to a household of 雪梅里, with a note. */
  static CheckIn checkIn() {
    return CheckIn.builder().id(CheckInId.of("ci-2024-0001")).member(PersonId.of("p-liaison-1"))
        .household(HouseholdId.of("xuemeili-1-0101")).at(at("2024-05-06T02:30:00Z"))
        .place(GeoPoint.of(39.865, 111.236)).kind(ContactKind.HOME_VISIT).note("了解独居老人用电情况").build();
  }

  /** The power-supply unit's pledge at the fund's launch, due by the end of the year. */
  static Pledge pledge() {
    return Pledge.builder().id(PledgeId.of("pledge-2021-0001")).fund(LANTIAN).at(at("2021-06-09T01:00:00Z"))
        .channel(DonationChannel.DIRECTED).donorKind(DonorKind.CO_BUILDING_UNIT)
        .donor(OrganizationId.of("unit-power-supply")).amount(Money.ofYuan("600000"))
        .dueOn(LocalDate.of(2021, 12, 31)).build();
  }

  /** The power-supply unit's report to 蓝天社区 for 2022: a resource, 120 hours and a claimed post. */
  static CoBuildingAgreement agreement() {
    return CoBuildingAgreement.builder().id(AgreementId.of("lantian-power-supply-2022"))
        .community(GridId.of("lantian")).reporter(OrganizationId.of("unit-power-supply"))
        .reportedAt(at("2021-12-20T02:00:00Z"))
        .period(Interval.of(at("2021-12-31T16:00:00Z"), at("2022-12-31T16:00:00Z")))
        .addResources(ResourceId.of("res-power-repair")).serviceHours(Duration.ofHours(120))
        .addPosts(io.github.jiceng.governance.model.post.PostId.of("post-lantian-volunteer-lead"))
        .addIntegrations(Integration.CO_BUILDING, Integration.CO_SHARING).build();
  }

  /** The scenario, every section present. */
  static Scenario scenario() {
    return Scenario.builder()
        .section(ScenarioSection.HIERARCHY, SampleFiles.sample())
        .section(ScenarioSection.POINTS_POLICY, RedStarPolicies.article())
        .section(ScenarioSection.SERVICE_CATALOGUE, RedStarPolicies.articleServices(OrganizationId.of("org-kangyang")))
        .section(ScenarioSection.WORKING_CALENDAR, WorkingCalendar.weekendsOnly()
            .withHolidays(Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 3)))
            .withWorkingDays(Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12))))
        .section(ScenarioSection.CHECK_IN_POLICY, CheckInPolicy.defaults())
        .section(ScenarioSection.CHECK_INS, List.of(checkIn()))
        .section(ScenarioSection.ASSESSMENT_SCHEMES, List.of(AssessmentSchemes.partyMembers(), AssessmentSchemes.units()))
        .section(ScenarioSection.FUND, new FundSetup(fund(), FundPolicies.streetDefault("lantian-fund@2021",
            List.of(PersonId.of("p-secretary"), PersonId.of("p-deputy"), PersonId.of("p-treasurer")))))
        .section(ScenarioSection.FUND_PLEDGES, List.of(pledge()))
        .section(ScenarioSection.FUND_ENTRIES, List.of(donation(), disbursement()))
        .section(ScenarioSection.CLUES, List.of(completedClue(), mergedClue()))
        .section(ScenarioSection.HANDLING_POLICY, HandlingPolicy.streetDefault())
        .section(ScenarioSection.PROPOSALS, List.of(proposal()))
        .section(ScenarioSection.MAJOR_AFFAIRS, List.of(affair()))
        .section(ScenarioSection.JOINT_MEETINGS, List.of(meeting()))
        .section(ScenarioSection.VENUES, List.of(ArticleVenues.zhanbeiCentre()))
        .section(ScenarioSection.SPACE_GRANTS, List.of(ArticleVenues.therapyRoomGrant()))
        .section(ScenarioSection.CO_BUILDING_AGREEMENTS, List.of(agreement()))
        .build();
  }
}
