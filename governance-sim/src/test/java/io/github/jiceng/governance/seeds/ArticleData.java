package io.github.jiceng.governance.seeds;

import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.Venue;
import java.util.List;

/**
 * The article as data: every value of the seed scenario file, as model values.
 * {@link ArticleScenario} builds it; the scenario file holds it, one section each.
 *
 * @param hierarchy the banner's places, down to buildings and villagers' groups
 * @param roster persons, households, organizations, grid squads, A/B posts and absences
 * @param staffing what a complete dual hierarchy must have
 * @param authority which actions posts, roles and organizations grant
 * @param oneCoreFiveCo the 一核五共 taxonomy of 南苑社区
 * @param oneLeadFourIntegrations the 一统领四融合 taxonomy and service ideas of 站北社区
 * @param fiveLists 站北社区's demands, resources, projects, services and outcomes, and the resources
 *     of the other communities
 * @param channelPolicy the order of the channels: claim, purchase, undertake
 * @param scoreWeights the weights of the matching score
 * @param deadlinePolicy how long a demand may stay in each state
 * @param pointsPolicy the red-star points scheme
 * @param serviceCatalogue what red-star points are redeemed for
 * @param checkInPolicy the thresholds of the check-in audit
 * @param checkIns 黑岱沟村's party-group leaders' contact check-ins with the households they serve
 * @param assessmentSchemes the quantitative assessment of party members and of units
 * @param jointMeetings the joint meetings of the communities and their co-building units
 * @param majorAffairs the major affairs put to deliberation
 * @param fund 蓝天街道's co-building fund
 * @param fundPolicy how the fund pays out
 * @param fundEntries the fund's ledger, in booking order
 * @param clues the issue clues of 蓝天街道 and what became of them
 * @param handlingPolicy how fast proposals are handled
 * @param proposals the villagers' proposals on 薛家湾镇's platform
 * @param venues 站北社区's party-masses service centre
 * @param spaceGrants the centre's physiotherapy room traded for service, for 2023 and 2024
 * @param fundPledges the co-building units' pledges at the fund's launch, which donations pay
 * @param coBuildingAgreements the reports (报到) of the communities' co-building units and an in-service
 *     party member, with what they commit
 * @param pillars the patrols, incidents, deputies' contacts and affair projects ({@link ArticlePillars})
 */
record ArticleData(
    GridHierarchy hierarchy,
    Roster roster,
    StaffingPolicy staffing,
    AuthorityPolicy authority,
    OneCoreFiveCo oneCoreFiveCo,
    OneLeadFourIntegrations oneLeadFourIntegrations,
    FiveLists fiveLists,
    ChannelPolicy channelPolicy,
    ScoreWeights scoreWeights,
    DeadlinePolicy deadlinePolicy,
    PointsPolicy pointsPolicy,
    ServiceCatalogue serviceCatalogue,
    CheckInPolicy checkInPolicy,
    List<CheckIn> checkIns,
    List<AssessmentScheme> assessmentSchemes,
    List<JointMeeting> jointMeetings,
    List<MajorAffair> majorAffairs,
    Fund fund,
    DisbursementPolicy fundPolicy,
    List<LedgerEntry> fundEntries,
    List<ClueCase> clues,
    HandlingPolicy handlingPolicy,
    List<ProposalRecord> proposals,
    List<Venue> venues,
    List<SpaceGrant> spaceGrants,
    List<Pledge> fundPledges,
    List<CoBuildingAgreement> coBuildingAgreements,
    ArticlePillars pillars) {

  ArticleData {
    checkIns = List.copyOf(checkIns);
    assessmentSchemes = List.copyOf(assessmentSchemes);
    jointMeetings = List.copyOf(jointMeetings);
    majorAffairs = List.copyOf(majorAffairs);
    fundEntries = List.copyOf(fundEntries);
    clues = List.copyOf(clues);
    proposals = List.copyOf(proposals);
    venues = List.copyOf(venues);
    spaceGrants = List.copyOf(spaceGrants);
    fundPledges = List.copyOf(fundPledges);
    coBuildingAgreements = List.copyOf(coBuildingAgreements);
  }

  /** The data without pillars' records; {@link ArticlePillars#addTo} adds them. */
  ArticleData(GridHierarchy hierarchy, Roster roster, StaffingPolicy staffing, AuthorityPolicy authority,
      OneCoreFiveCo oneCoreFiveCo, OneLeadFourIntegrations oneLeadFourIntegrations, FiveLists fiveLists,
      ChannelPolicy channelPolicy, ScoreWeights scoreWeights, DeadlinePolicy deadlinePolicy,
      PointsPolicy pointsPolicy, ServiceCatalogue serviceCatalogue, CheckInPolicy checkInPolicy,
      List<CheckIn> checkIns, List<AssessmentScheme> assessmentSchemes, List<JointMeeting> jointMeetings,
      List<MajorAffair> majorAffairs, Fund fund, DisbursementPolicy fundPolicy, List<LedgerEntry> fundEntries,
      List<ClueCase> clues, HandlingPolicy handlingPolicy, List<ProposalRecord> proposals, List<Venue> venues,
      List<SpaceGrant> spaceGrants, List<Pledge> fundPledges, List<CoBuildingAgreement> coBuildingAgreements) {
    this(hierarchy, roster, staffing, authority, oneCoreFiveCo, oneLeadFourIntegrations, fiveLists, channelPolicy,
        scoreWeights, deadlinePolicy, pointsPolicy, serviceCatalogue, checkInPolicy, checkIns, assessmentSchemes,
        jointMeetings, majorAffairs, fund, fundPolicy, fundEntries, clues, handlingPolicy, proposals, venues,
        spaceGrants, fundPledges, coBuildingAgreements, ArticlePillars.NONE);
  }

  /** Returns the same data with other pillars' records. */
  ArticleData withPillars(ArticlePillars records) {
    return new ArticleData(hierarchy, roster, staffing, authority, oneCoreFiveCo, oneLeadFourIntegrations, fiveLists,
        channelPolicy, scoreWeights, deadlinePolicy, pointsPolicy, serviceCatalogue, checkInPolicy, checkIns,
        assessmentSchemes, jointMeetings, majorAffairs, fund, fundPolicy, fundEntries, clues, handlingPolicy,
        proposals, venues, spaceGrants, fundPledges, coBuildingAgreements, records);
  }
}
