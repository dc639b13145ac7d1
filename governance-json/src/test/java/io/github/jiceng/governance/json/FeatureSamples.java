package io.github.jiceng.governance.json;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.assessment.AssessmentInput;
import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.ItemScore;
import io.github.jiceng.governance.model.assessment.ItemWeight;
import io.github.jiceng.governance.model.assessment.Scorecard;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.clue.RejectionReason;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.DecisionRule;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.ApprovalTier;
import io.github.jiceng.governance.model.fund.AuditAction;
import io.github.jiceng.governance.model.fund.AuditRecord;
import io.github.jiceng.governance.model.fund.CalendarPeriod;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.CategoryRule;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.LimitScope;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.OutflowGroup;
import io.github.jiceng.governance.model.fund.Payment;
import io.github.jiceng.governance.model.fund.PeriodCap;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.fund.Posting;
import io.github.jiceng.governance.model.fund.RecipientKind;
import io.github.jiceng.governance.model.fund.RecipientLimit;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.ContactId;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.IncidentId;
import io.github.jiceng.governance.model.pillar.IncidentKind;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.pillar.PatrolId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Cap;
import io.github.jiceng.governance.model.points.CapPeriod;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.Deduction;
import io.github.jiceng.governance.model.points.DeductionRule;
import io.github.jiceng.governance.model.points.EarnerType;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.model.points.StarGrade;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.ProposalSummary;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.DeliveryId;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.venue.OpeningHours;
import io.github.jiceng.governance.model.venue.Room;
import io.github.jiceng.governance.model.venue.RoomId;
import io.github.jiceng.governance.model.venue.RoomKind;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.model.venue.VenueId;
import io.github.jiceng.governance.model.volunteer.CalendarYears;
import io.github.jiceng.governance.model.volunteer.HolidayNotice;
import io.github.jiceng.governance.model.volunteer.HolidayPeriod;
import io.github.jiceng.governance.model.volunteer.MakeUpWorkingDay;
import io.github.jiceng.governance.model.volunteer.OutsideYears;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Seeded generators of valid values of the points, volunteer, check-in, assessment, fund, clue,
 * proposal and deliberation model, each built through the model's builders, factories and
 * transitions, so every value the tests write is one the model accepts. Free text mixes Chinese
 * with characters JSON must escape, and residents' free text carries a synthetic full name and
 * mobile numbers are synthetic, so that tests can look for them in error messages.
 *
 * <p>Public only because the tests of the codec tables, in another package, use it too.
 */
public final class FeatureSamples {

  /** The scenario sections of these features, in file order. */
  public static final List<ScenarioSection<?>> SECTIONS = List.of(ScenarioSection.POINTS_POLICY,
      ScenarioSection.SERVICE_CATALOGUE, ScenarioSection.WORKING_CALENDAR, ScenarioSection.CHECK_IN_POLICY,
      ScenarioSection.CHECK_INS, ScenarioSection.ASSESSMENT_SCHEMES, ScenarioSection.FUND,
      ScenarioSection.FUND_PLEDGES, ScenarioSection.FUND_ENTRIES, ScenarioSection.CLUES,
      ScenarioSection.HANDLING_POLICY, ScenarioSection.PROPOSALS, ScenarioSection.MAJOR_AFFAIRS,
      ScenarioSection.JOINT_MEETINGS, ScenarioSection.VENUES, ScenarioSection.SPACE_GRANTS,
      ScenarioSection.CO_BUILDING_AGREEMENTS);

  /** Synthetic full names of residents put into free text; never to appear in an error message. */
  public static final List<String> FULL_NAMES = List.of("欧阳建华", "张卫东", "李秀英", "王淑芬");

  private static final String ID_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_START + "._:-";
  private static final String[] LEVELS = {"NORMAL", "URGENT", "EMERGENCY", "LARGE", "SMALL", "LEVEL_2"};
  private static final String[] ZONES = {"Asia/Shanghai", "UTC", "+08:00", "Europe/Berlin", "Asia/Urumqi"};
  private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

  private FeatureSamples() {}

  /**
   * A generator of one bound type, named for messages.
   *
   * @param type the type the Jackson module binds
   * @param generate builds a valid value from a seeded source
   */
  public record Sample<T>(Class<T> type, Function<Random, ? extends T> generate) {
    @Override
    public String toString() {
      return type.getName().substring(type.getName().lastIndexOf('.') + 1);
    }
  }

  private static <T> Sample<T> sample(Class<T> type, Function<Random, ? extends T> generate) {
    return new Sample<>(type, generate);
  }

  /** Returns a generator of every type of these features the Jackson module binds. */
  public static List<Sample<?>> all() {
    return List.of(
        // points
        sample(Points.class, r -> Points.of(r.nextLong())),
        sample(EntryId.class, r -> pointsEntryId(r)),
        sample(RuleId.class, r -> RuleId.of(id(r, "rule"))),
        sample(OfferId.class, r -> OfferId.of(id(r, "offer"))),
        sample(CapPeriod.class, r -> pick(r, CapPeriod.values())),
        sample(ContributionKind.class, r -> pick(r, ContributionKind.values())),
        sample(ContributionKind.Measure.class, r -> pick(r, ContributionKind.Measure.values())),
        sample(EarnerType.class, r -> pick(r, EarnerType.values())),
        sample(ExpiryPolicy.Unit.class, r -> pick(r, ExpiryPolicy.Unit.values())),
        sample(Cap.class, r -> cap(r, pick(r, CapPeriod.values()))),
        sample(DeductionRule.class, r -> deductionRule(r, id(r, "deduct"))),
        sample(StarGrade.class, r -> StarGrade.of(id(r, "star"), text(r, 40), 1 + r.nextInt(5000))),
        sample(ExpiryPolicy.class, FeatureSamples::expiryPolicy),
        sample(EarningRule.class, r -> earningRule(r, RuleId.of(id(r, "earn")), pick(r, ContributionKind.values()),
            Set.of())),
        sample(PointsPolicy.class, FeatureSamples::pointsPolicy),
        sample(ServiceOffer.class, r -> serviceOffer(r, OfferId.of(id(r, "offer")))),
        sample(ServiceCatalogue.class, FeatureSamples::serviceCatalogue),
        sample(Contribution.class, FeatureSamples::contribution),
        sample(LedgerEntry.class, FeatureSamples::pointsEntry),
        sample(Award.class, FeatureSamples::award),
        sample(Redemption.class, FeatureSamples::redemption),
        sample(Expiry.class, FeatureSamples::expiry),
        sample(Deduction.class, FeatureSamples::deduction),
        // volunteer
        sample(VolunteerRecordId.class, r -> VolunteerRecordId.of(id(r, "vr"))),
        sample(VolunteerRecord.class, FeatureSamples::volunteerRecord),
        sample(WorkingCalendar.class, FeatureSamples::workingCalendar),
        sample(CalendarYears.class, FeatureSamples::calendarYears),
        sample(OutsideYears.class, r -> pick(r, OutsideYears.values())),
        sample(HolidayPeriod.class, FeatureSamples::holidayPeriod),
        sample(MakeUpWorkingDay.class, r -> new MakeUpWorkingDay(date(r), text(r, 40))),
        sample(HolidayNotice.class, FeatureSamples::holidayNotice),
        // check-in
        sample(CheckInId.class, r -> CheckInId.of(id(r, "ci"))),
        sample(ContactKind.class, r -> pick(r, ContactKind.values())),
        sample(GeoPoint.class, FeatureSamples::geoPoint),
        sample(CheckIn.class, FeatureSamples::checkIn),
        sample(CheckInPolicy.class, FeatureSamples::checkInPolicy),
        sample(CheckInFlag.class, FeatureSamples::checkInFlag),
        sample(CheckInFlag.ImpossibleTravel.class, FeatureSamples::impossibleTravel),
        sample(CheckInFlag.Burst.class, FeatureSamples::burst),
        sample(CheckInFlag.Duplicate.class, r -> new CheckInFlag.Duplicate(checkIn(r), checkIn(r), minutes(r))),
        sample(CheckInFlag.OutsideAssignment.class, r -> new CheckInFlag.OutsideAssignment(checkIn(r),
            r.nextInt(100))),
        // assessment
        sample(ItemWeight.Basis.class, r -> pick(r, ItemWeight.Basis.values())),
        sample(ItemWeight.class, r -> itemWeight(r, key(r, "ITEM"))),
        sample(AssessmentScheme.class, FeatureSamples::assessmentScheme),
        sample(AssessmentInput.class, FeatureSamples::assessmentInput),
        sample(ItemScore.class, FeatureSamples::itemScore),
        sample(Scorecard.class, FeatureSamples::scorecard),
        // fund
        sample(FundId.class, r -> FundId.of(id(r, "fund"))),
        sample(io.github.jiceng.governance.model.fund.EntryId.class, r -> fundEntryId(r)),
        sample(RequestId.class, r -> RequestId.of(id(r, "req"))),
        sample(DonationChannel.class, r -> pick(r, DonationChannel.values())),
        sample(DonorKind.class, r -> pick(r, DonorKind.values())),
        sample(OutflowCategory.class, r -> pick(r, OutflowCategory.values())),
        sample(OutflowGroup.class, r -> pick(r, OutflowGroup.values())),
        sample(CaseStatus.class, r -> pick(r, CaseStatus.values())),
        sample(AuditAction.class, r -> pick(r, AuditAction.values())),
        sample(CalendarPeriod.class, r -> pick(r, CalendarPeriod.values())),
        sample(LimitScope.class, r -> pick(r, LimitScope.values())),
        sample(RecipientKind.class, r -> pick(r, RecipientKind.values())),
        sample(Posting.Side.class, r -> pick(r, Posting.Side.values())),
        sample(Earmark.class, FeatureSamples::earmark),
        sample(Earmark.ForCategory.class, r -> new Earmark.ForCategory(pick(r, OutflowCategory.values()))),
        sample(Earmark.ForProject.class, r -> new Earmark.ForProject(project(r))),
        sample(Account.class, FeatureSamples::account),
        sample(Account.Holding.class, r -> new Account.Holding(optional(r, FeatureSamples::earmark))),
        sample(Account.Income.class, r -> new Account.Income(pick(r, DonationChannel.values()))),
        sample(Account.Expense.class, FeatureSamples::expense),
        sample(Posting.class, r -> new Posting(account(r), pick(r, Posting.Side.values()), positiveAmount(r))),
        sample(Fund.class, FeatureSamples::fund),
        sample(Approval.class, r -> new Approval(person(r), instant(r))),
        sample(Decline.class, r -> new Decline(person(r), instant(r), text(r, 200))),
        sample(Payment.class, r -> new Payment(fundEntryId(r), person(r), instant(r))),
        sample(Draw.class, r -> new Draw(optional(r, FeatureSamples::earmark), positiveAmount(r))),
        sample(DisbursementRequest.class, r -> disbursementRequest(r, FundId.of(id(r, "fund")))),
        sample(io.github.jiceng.governance.model.fund.LedgerEntry.class,
            r -> fundEntry(r, FundId.of(id(r, "fund")))),
        sample(Donation.class, r -> donation(r, FundId.of(id(r, "fund")))),
        sample(Disbursement.class, r -> disbursement(r, FundId.of(id(r, "fund")))),
        sample(DisbursementCase.class, FeatureSamples::disbursementCase),
        sample(AuditRecord.class, FeatureSamples::auditRecord),
        sample(ApprovalTier.class, r -> new ApprovalTier(amount(r), 1 + r.nextInt(5))),
        sample(PeriodCap.class, r -> new PeriodCap(positiveAmount(r), pick(r, CalendarPeriod.values()))),
        sample(RecipientLimit.class, FeatureSamples::recipientLimit),
        sample(CategoryRule.class, r -> categoryRule(r, pick(r, OutflowCategory.values()))),
        sample(DisbursementPolicy.class, FeatureSamples::disbursementPolicy),
        sample(TransparencyReport.ChannelLine.class, r -> new TransparencyReport.ChannelLine(
            pick(r, DonationChannel.values()), r.nextInt(100), amount(r))),
        sample(TransparencyReport.DonorKindLine.class, r -> new TransparencyReport.DonorKindLine(
            pick(r, DonorKind.values()), r.nextInt(100), amount(r))),
        sample(TransparencyReport.CategoryLine.class, r -> new TransparencyReport.CategoryLine(
            pick(r, OutflowCategory.values()), r.nextInt(100), amount(r), r.nextInt(1000))),
        sample(TransparencyReport.HoldingLine.class, r -> new TransparencyReport.HoldingLine(
            optional(r, FeatureSamples::earmark), amount(r))),
        sample(TransparencyReport.ProjectLine.class, FeatureSamples::projectLine),
        sample(TransparencyReport.PledgeLine.class, FeatureSamples::pledgeLine),
        sample(TransparencyReport.class, FeatureSamples::transparencyReport),
        sample(PledgeId.class, r -> PledgeId.of(id(r, "pledge"))),
        sample(Pledge.class, r -> pledge(r, FundId.of(id(r, "fund")))),
        sample(FundSetup.class, FeatureSamples::fundSetup),
        // clues
        sample(ClueId.class, r -> ClueId.of(id(r, "clue"))),
        sample(ClueCategory.class, r -> ClueCategory.of(key(r, "CAT"))),
        sample(ClueSource.class, r -> pick(r, ClueSource.values())),
        sample(ClueStatus.class, r -> pick(r, ClueStatus.values())),
        sample(ImplementationMode.class, r -> pick(r, ImplementationMode.values())),
        sample(Priority.class, r -> pick(r, Priority.values())),
        sample(RejectionReason.class, r -> pick(r, RejectionReason.values())),
        sample(IssueClue.class, r -> issueClue(r, ClueId.of(id(r, "clue")))),
        sample(ClueRejection.class, FeatureSamples::clueRejection),
        sample(Evaluation.class, r -> evaluation(r, instant(r))),
        sample(Implementation.class, r -> implementation(r, instant(r))),
        sample(Completion.class, r -> new Completion(instant(r), r.nextInt(5000))),
        sample(ClueCase.class, r -> clueCase(r, ClueId.of(id(r, "clue")))),
        sample(ClueSummary.class, FeatureSamples::clueSummary),
        // proposals
        sample(ProposalId.class, r -> ProposalId.of(id(r, "ta"))),
        sample(ProposalState.class, r -> pick(r, ProposalState.values())),
        sample(ProposalEvent.Kind.class, r -> pick(r, ProposalEvent.Kind.values())),
        sample(ProposalRejectionReason.class, r -> pick(r, ProposalRejectionReason.values())),
        sample(Satisfaction.class, r -> pick(r, Satisfaction.values())),
        sample(Submission.class, FeatureSamples::submission),
        sample(Submission.Direct.class, r -> new Submission.Direct(person(r))),
        sample(Submission.ViaDeputy.class, r -> new Submission.ViaDeputy(person(r), pick(r, DeputyKind.values()),
            optional(r, FeatureSamples::person))),
        sample(Proposal.class, r -> proposal(r, ProposalId.of(id(r, "ta")))),
        sample(Answer.class, r -> new Answer(residentText(r, 2000), person(r), instant(r))),
        sample(ProposalRejection.class, r -> new ProposalRejection(pick(r, ProposalRejectionReason.values()),
            text(r, 500))),
        sample(ProposalEvent.class, r -> {
          ProposalEvent.Kind kind = pick(r, ProposalEvent.Kind.values());
          return new ProposalEvent(instant(r), kind, pick(r, ProposalState.values()), grid(r),
              optional(r, FeatureSamples::actor),
              kind == ProposalEvent.Kind.REFERRED ? Optional.of(text(r, ProposalEvent.MAX_REASON_LENGTH)) : Optional.empty());
        }),
        sample(ProposalRecord.class, r -> proposalRecord(r, ProposalId.of(id(r, "ta")))),
        sample(HandlingPolicy.class, FeatureSamples::handlingPolicy),
        sample(ProposalSummary.class, FeatureSamples::proposalSummary),
        // deliberation
        sample(AffairId.class, r -> AffairId.of(id(r, "affair"))),
        sample(MeetingId.class, r -> MeetingId.of(id(r, "jm"))),
        sample(ResolutionId.class, r -> ResolutionId.of(id(r, "res"))),
        sample(DecisionRule.class, r -> pick(r, DecisionRule.values())),
        sample(AffairDecision.Outcome.class, r -> pick(r, AffairDecision.Outcome.values())),
        sample(AffairDecision.Ignored.Reason.class, r -> pick(r, AffairDecision.Ignored.Reason.values())),
        sample(MajorAffair.class, r -> majorAffair(r, AffairId.of(id(r, "affair")))),
        sample(Ballot.class, FeatureSamples::ballot),
        sample(AffairDecision.Ignored.class, r -> new AffairDecision.Ignored(person(r),
            pick(r, AffairDecision.Ignored.Reason.values()))),
        sample(AffairDecision.class, FeatureSamples::affairDecision),
        sample(Resolution.class, r -> resolution(r, ResolutionId.of(id(r, "res")), Optional.empty())),
        sample(JointMeeting.class, r -> jointMeeting(r, MeetingId.of(id(r, "jm")))),
        // the five pillars' records
        sample(PatrolId.class, r -> PatrolId.of(id(r, "patrol"))),
        sample(IncidentId.class, r -> IncidentId.of(id(r, "inc"))),
        sample(ContactId.class, r -> ContactId.of(id(r, "dc"))),
        sample(IncidentKind.class, r -> pick(r, IncidentKind.values())),
        sample(Patrol.class, r -> new Patrol(PatrolId.of(id(r, "patrol")), grid(r), grid(r), date(r), minutes(r))),
        sample(Incident.class, r -> new Incident(IncidentId.of(id(r, "inc")), PatrolId.of(id(r, "patrol")),
            pick(r, IncidentKind.values()), grid(r), instant(r))),
        sample(DeputyContact.class, FeatureSamples::deputyContact),
        sample(AffairProject.class, r -> new AffairProject(AffairId.of(id(r, "affair")), project(r))),
        // venues and space for service
        sample(VenueId.class, r -> VenueId.of(id(r, "venue"))),
        sample(RoomId.class, r -> RoomId.of(id(r, "room"))),
        sample(BookingId.class, r -> BookingId.of(id(r, "b"))),
        sample(GrantId.class, r -> GrantId.of(id(r, "grant"))),
        sample(DeliveryId.class, r -> DeliveryId.of(id(r, "d"))),
        sample(RoomKind.class, r -> pick(r, RoomKind.values())),
        sample(Room.class, r -> room(r, RoomId.of(id(r, "room")))),
        sample(OpeningHours.class, FeatureSamples::openingHours),
        sample(Venue.class, r -> venue(r, VenueId.of(id(r, "venue")))),
        sample(Booking.class, FeatureSamples::booking),
        sample(SpaceGrant.class, r -> spaceGrant(r, GrantId.of(id(r, "grant")))),
        sample(ServiceDelivery.class, FeatureSamples::serviceDelivery),
        // co-building agreements
        sample(AgreementId.class, r -> AgreementId.of(id(r, "agr"))),
        sample(CoBuildingAgreement.Kind.class, r -> pick(r, CoBuildingAgreement.Kind.values())),
        sample(CoBuildingAgreement.class, r -> agreement(r, AgreementId.of(id(r, "agr")))));
  }

  static DeputyContact deputyContact(Random r) {
    java.util.TreeSet<ClueId> clues = new java.util.TreeSet<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      clues.add(ClueId.of(id(r, "clue")));
    }
    java.util.TreeSet<ProposalId> proposals = new java.util.TreeSet<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      proposals.add(ProposalId.of(id(r, "ta")));
    }
    return new DeputyContact(ContactId.of(id(r, "dc")), person(r), grid(r), date(r),
        1 + r.nextInt(DeputyContact.MAX_RESIDENTS), clues, proposals);
  }

  // ---------------------------------------------------------------- scenarios and files

  /**
   * A scenario with a generated hierarchy and every section of these features; with {@code small},
   * each list holds one or two values (for the bad-input corpus, which damages every node).
   */
  public static Scenario scenario(long seed, boolean small) {
    Random r = new Random(seed);
    int most = small ? 2 : 6;
    Scenario.Builder b = Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.hierarchy(seed))
        .section(ScenarioSection.POINTS_POLICY, pointsPolicy(r))
        .section(ScenarioSection.SERVICE_CATALOGUE, serviceCatalogue(r))
        .section(ScenarioSection.WORKING_CALENDAR, workingCalendar(r))
        .section(ScenarioSection.CHECK_IN_POLICY, checkInPolicy(r));
    List<CheckIn> checkIns = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      checkIns.add(checkIn(r));
    }
    b.section(ScenarioSection.CHECK_INS, checkIns);
    List<AssessmentScheme> schemes = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      schemes.add(assessmentScheme(r));
    }
    b.section(ScenarioSection.ASSESSMENT_SCHEMES, schemes);
    FundSetup fund = fundSetup(r);
    b.section(ScenarioSection.FUND, fund);
    List<Pledge> pledges = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      pledges.add(pledge(r, fund.fund().id()));
    }
    b.section(ScenarioSection.FUND_PLEDGES, pledges);
    List<io.github.jiceng.governance.model.fund.LedgerEntry> entries = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      entries.add(fundEntry(r, fund.fund().id()));
    }
    b.section(ScenarioSection.FUND_ENTRIES, entries);
    List<ClueCase> clues = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      clues.add(clueCase(r, ClueId.of("clue-" + i)));
    }
    b.section(ScenarioSection.CLUES, clues);
    b.section(ScenarioSection.HANDLING_POLICY, handlingPolicy(r));
    List<ProposalRecord> proposals = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      proposals.add(proposalRecord(r, ProposalId.of("ta-" + i)));
    }
    b.section(ScenarioSection.PROPOSALS, proposals);
    List<MajorAffair> affairs = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      affairs.add(majorAffair(r, AffairId.of("affair-" + i)));
    }
    b.section(ScenarioSection.MAJOR_AFFAIRS, affairs);
    List<JointMeeting> meetings = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      meetings.add(jointMeeting(r, MeetingId.of("jm-" + i)));
    }
    b.section(ScenarioSection.JOINT_MEETINGS, meetings);
    List<Venue> venues = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      venues.add(venue(r, VenueId.of("venue-" + i)));
    }
    b.section(ScenarioSection.VENUES, venues);
    List<SpaceGrant> grants = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      grants.add(spaceGrant(r, GrantId.of("grant-" + i)));
    }
    b.section(ScenarioSection.SPACE_GRANTS, grants);
    List<CoBuildingAgreement> agreements = new ArrayList<>();
    for (int i = 1 + r.nextInt(most); i > 0; i--) {
      agreements.add(agreement(r, AgreementId.of("agr-" + i)));
    }
    b.section(ScenarioSection.CO_BUILDING_AGREEMENTS, agreements);
    return b.build();
  }

  /** The base scenario with every section of these features added, generated from the seed. */
  public static Scenario withFeatureSections(Scenario base, long seed, boolean small) {
    Scenario features = scenario(seed, small);
    Scenario.Builder b = Scenario.builder();
    for (ScenarioSection<?> section : ScenarioSection.values()) {
      copy(SECTIONS.contains(section) ? features : base, section, b);
    }
    return b.build();
  }

  private static <T> void copy(Scenario from, ScenarioSection<T> section, Scenario.Builder to) {
    from.section(section).ifPresent(v -> to.section(section, v));
  }

  /** A points ledger's entries, {@code size} of them. */
  public static List<LedgerEntry> pointsEntries(Random r, int size) {
    List<LedgerEntry> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(pointsEntry(r));
    }
    return out;
  }

  /** A fund ledger's entries, {@code size} of them, all of the fund. */
  public static List<io.github.jiceng.governance.model.fund.LedgerEntry> fundEntries(Random r, FundId fund,
      int size) {
    List<io.github.jiceng.governance.model.fund.LedgerEntry> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(fundEntry(r, fund));
    }
    return out;
  }

  // ---------------------------------------------------------------- shared values

  static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static <T> Optional<T> optional(Random r, Function<Random, T> generate) {
    return r.nextBoolean() ? Optional.of(generate.apply(r)) : Optional.empty();
  }

  /** An id of the model's one form, of any allowed character, starting with the prefix. */
  static String id(Random r, String prefix) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(4) == 0) {
      sb.append(ID_START.charAt(r.nextInt(ID_START.length())));
      for (int i = r.nextInt(8); i > 0; i--) {
        sb.append(ID_REST.charAt(r.nextInt(ID_REST.length())));
      }
    } else {
      sb.append(prefix).append('-').append(r.nextInt(100_000));
    }
    return sb.toString();
  }

  /** A key of upper-case letters, digits and underscores. */
  static String key(Random r, String prefix) {
    return prefix + "_" + r.nextInt(1000);
  }

  static EntryId pointsEntryId(Random r) {
    if (r.nextInt(5) == 0) {
      return EntryId.of("expiry:p:" + id(r, "p") + ":" + "x".repeat(r.nextInt(90)) + ":2027-01-01");
    }
    return EntryId.of(id(r, "e"));
  }

  static io.github.jiceng.governance.model.fund.EntryId fundEntryId(Random r) {
    return io.github.jiceng.governance.model.fund.EntryId.of(id(r, "fe"));
  }

  static PersonId person(Random r) {
    return PersonId.of(id(r, "p"));
  }

  static OrganizationId organization(Random r) {
    return OrganizationId.of(id(r, "org"));
  }

  static ActorId actor(Random r) {
    return r.nextBoolean() ? person(r) : organization(r);
  }

  static GridId grid(Random r) {
    return GridId.of(id(r, "grid"));
  }

  static ProjectId project(Random r) {
    return ProjectId.of(id(r, "proj"));
  }

  static Instant instant(Random r) {
    return EPOCH.plusSeconds(r.nextInt(6 * 365 * 86_400)).plusNanos(r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
  }

  static LocalDate date(Random r) {
    return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(6 * 365));
  }

  static Duration minutes(Random r) {
    return Duration.ofMinutes(1 + r.nextInt(24 * 60));
  }

  /** A non-blank public text of 1 to {@code max} characters. */
  static String text(Random r, int max) {
    String s = SampleFiles.name(r);
    return s.length() > max ? s.substring(0, max) : s;
  }

  /** Free text a resident might write, naming a resident in full: personal data. */
  static String residentText(Random r, int max) {
    String s = "居民" + pick(r, FULL_NAMES.toArray(new String[0])) + "反映：" + SampleFiles.name(r);
    return s.length() > max ? s.substring(0, max) : s;
  }

  /** A synthetic mainland mobile number. */
  static String mobile(Random r) {
    return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
  }

  static Money amount(Random r) {
    return Money.ofFen(r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(100_000_000));
  }

  static Money positiveAmount(Random r) {
    return Money.ofFen(1 + r.nextInt(100_000_000));
  }

  // ---------------------------------------------------------------- points

  static Cap cap(Random r, CapPeriod period) {
    return Cap.of(period, 1 + r.nextInt(5000));
  }

  static DeductionRule deductionRule(Random r, String id) {
    return r.nextInt(4) == 0 ? DeductionRule.forfeitAll(id, text(r, 100))
        : DeductionRule.of(id, text(r, 100), 1 + r.nextInt(500));
  }

  static ExpiryPolicy expiryPolicy(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return ExpiryPolicy.never();
      case 1:
        return ExpiryPolicy.afterMonths(1 + r.nextInt(1200));
      default:
        return new ExpiryPolicy(ExpiryPolicy.Unit.YEARS, 1 + r.nextInt(5));
    }
  }

  static List<Cap> caps(Random r) {
    List<Cap> caps = new ArrayList<>();
    for (CapPeriod p : CapPeriod.values()) {
      if (r.nextInt(3) == 0) {
        caps.add(cap(r, p));
      }
    }
    return caps;
  }

  static Map<String, Integer> multipliers(Random r) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      m.put(pick(r, LEVELS), r.nextInt(100_001));
    }
    return m;
  }

  static EarningRule earningRule(Random r, RuleId id, ContributionKind kind, Set<EarnerType> earners) {
    EarningRule.Builder b = EarningRule.builder().id(id).name(text(r, 100)).kind(kind).addAllEarners(earners)
        .basePoints(1 + r.nextInt(1000)).putAllUrgencyMultipliers(multipliers(r))
        .putAllDifficultyMultipliers(multipliers(r)).addAllCaps(caps(r));
    if (r.nextBoolean()) {
      b.pillar(pick(r, Pillar.ARTICLE_FIVE.toArray(new Pillar[0])));
    }
    if (kind.measure() == ContributionKind.Measure.AMOUNT) {
      b.amountUnit(positiveAmount(r));
    }
    if (kind.measure() == ContributionKind.Measure.HOURS) {
      int step = 1 + r.nextInt(60);
      if (r.nextBoolean()) {
        b.durationStep(Duration.ofMinutes(step));
      }
      if (r.nextBoolean()) {
        b.minimumDuration(Duration.ofMinutes(step));
      }
      if (r.nextBoolean()) {
        b.maximumDuration(Duration.ofMinutes(step + r.nextInt(600)));
      }
    }
    if (r.nextBoolean()) {
      for (int rating = 1; rating <= 5; rating++) {
        if (r.nextInt(3) > 0) {
          b.putRatingMultiplier(rating, r.nextInt(3000));
        }
      }
    }
    return b.build();
  }

  static PointsPolicy pointsPolicy(Random r) {
    PointsPolicy.Builder b = PointsPolicy.builder().name(id(r, "policy")).version(1 + r.nextInt(9))
        .zone(ZoneId.of(pick(r, ZONES))).expiry(expiryPolicy(r));
    if (r.nextBoolean()) {
      b.rounding(pick(r, new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.FLOOR, RoundingMode.HALF_EVEN,
          RoundingMode.CEILING}));
    }
    int n = 0;
    for (ContributionKind kind : ContributionKind.values()) {
      switch (r.nextInt(4)) {
        case 0:
          break;
        case 1:
          b.addEarningRule(earningRule(r, RuleId.of("earn-" + n++), kind, Set.of()));
          break;
        case 2:
          b.addEarningRule(earningRule(r, RuleId.of("earn-" + n++), kind, Set.of(pick(r, EarnerType.values()))));
          break;
        default:
          b.addEarningRule(earningRule(r, RuleId.of("earn-" + n++), kind, Set.of(EarnerType.PERSON)));
          b.addEarningRule(earningRule(r, RuleId.of("earn-" + n++), kind, Set.of(EarnerType.ORGANIZATION)));
          break;
      }
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addDeductionRule(deductionRule(r, "deduct-" + i));
    }
    b.addAllMemberCaps(caps(r));
    long threshold = 0;
    for (int i = r.nextInt(6); i > 0; i--) {
      threshold += 1 + r.nextInt(800);
      b.addGrade(StarGrade.of("star-" + i, text(r, 40), threshold));
    }
    return b.build();
  }

  static ServiceOffer serviceOffer(Random r, OfferId id) {
    ServiceOffer.Builder b = ServiceOffer.builder().id(id).name(text(r, 100)).price(Points.of(1 + r.nextInt(500)))
        .provider(optional(r, FeatureSamples::organization));
    if (r.nextBoolean()) {
      b.stock(r.nextInt(1000));
    }
    if (r.nextBoolean()) {
      b.perMemberLimit(1 + r.nextInt(12));
    }
    if (r.nextBoolean()) {
      b.limitPeriod(pick(r, CapPeriod.values()));
    }
    return b.build();
  }

  static ServiceCatalogue serviceCatalogue(Random r) {
    List<ServiceOffer> offers = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      offers.add(serviceOffer(r, OfferId.of("offer-" + i)));
    }
    return new ServiceCatalogue(offers);
  }

  static Contribution contribution(Random r) {
    ContributionKind kind = pick(r, ContributionKind.values());
    Contribution.Builder b = Contribution.builder().id(pointsEntryId(r)).actor(actor(r)).kind(kind)
        .occurredAt(instant(r));
    if (kind.measure() == ContributionKind.Measure.HOURS) {
      b.duration(Duration.ofSeconds(1 + r.nextInt(86_400)));
    }
    if (kind.measure() == ContributionKind.Measure.AMOUNT) {
      b.amount(positiveAmount(r));
    }
    if (r.nextBoolean()) {
      b.count(1 + r.nextInt(1_000_000));
    }
    if (r.nextBoolean()) {
      b.rating(1 + r.nextInt(5));
    }
    b.urgency(optional(r, x -> pick(x, LEVELS))).difficulty(optional(r, x -> pick(x, LEVELS)))
        .reference(optional(r, x -> id(x, "ref")));
    return b.build();
  }

  static Award award(Random r) {
    long points = r.nextInt(1000);
    return new Award(contribution(r), instant(r), Points.of(points), Points.of(points + r.nextInt(100)),
        RuleId.of(id(r, "earn")), id(r, "policy") + "@" + (1 + r.nextInt(5)), text(r, 500));
  }

  static Redemption redemption(Random r) {
    return new Redemption(pointsEntryId(r), actor(r), instant(r), OfferId.of(id(r, "offer")), 1 + r.nextInt(5),
        Points.of(r.nextInt(1000)));
  }

  static Expiry expiry(Random r) {
    return new Expiry(pointsEntryId(r), actor(r), instant(r), Points.of(r.nextInt(1000)), text(r, 200));
  }

  static Deduction deduction(Random r) {
    long points = r.nextInt(100);
    return new Deduction(pointsEntryId(r), actor(r), instant(r), RuleId.of(id(r, "deduct")),
        Points.of(points + r.nextInt(100)), Points.of(points), residentText(r, 200));
  }

  static LedgerEntry pointsEntry(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return award(r);
      case 1:
        return redemption(r);
      case 2:
        return expiry(r);
      default:
        return deduction(r);
    }
  }

  // ---------------------------------------------------------------- volunteer

  static VolunteerRecord volunteerRecord(Random r) {
    LocalDate day = date(r);
    return VolunteerRecord.builder().id(VolunteerRecordId.of(id(r, "vr"))).volunteer(person(r))
        .activityName(text(r, 100)).activityDate(day).place(residentText(r, 500)).content(residentText(r, 500))
        .serviceTime(Duration.ofSeconds(1 + r.nextInt(86_400))).organiser(organization(r)).personInCharge(person(r))
        .recordedOn(day.plusDays(r.nextInt(20))).serviceCategory(optional(r, x -> text(x, 100))).build();
  }

  static WorkingCalendar workingCalendar(Random r) {
    Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (weekend.size() < 6 && r.nextInt(4) == 0) {
        weekend.add(d);
      }
    }
    Set<LocalDate> holidays = new TreeSet<>();
    Set<LocalDate> working = new TreeSet<>();
    for (int i = r.nextInt(10); i > 0; i--) {
      LocalDate d = date(r);
      if (r.nextBoolean()) {
        holidays.add(d);
      } else {
        working.add(d);
      }
    }
    working.removeAll(holidays);
    WorkingCalendar c = r.nextInt(3) == 0 ? WorkingCalendar.weekendsOnly() : WorkingCalendar.withWeekend(weekend);
    c = c.withHolidays(holidays).withWorkingDays(working);
    if (r.nextBoolean()) {
      c = c.coveringYears(calendarYears(r));
    }
    return r.nextInt(3) == 0 ? c.withOutsideYears(OutsideYears.WEEKENDS_ONLY) : c;
  }

  static CalendarYears calendarYears(Random r) {
    int first = 2000 + r.nextInt(40);
    return new CalendarYears(first, first + r.nextInt(5));
  }

  static HolidayPeriod holidayPeriod(Random r) {
    LocalDate first = date(r);
    return new HolidayPeriod(text(r, 40), first, first.plusDays(r.nextInt(9)));
  }

  static HolidayNotice holidayNotice(Random r) {
    int year = 2020 + r.nextInt(10);
    LocalDate jan = LocalDate.of(year, 1, 1);
    List<HolidayPeriod> periods = new ArrayList<>();
    List<MakeUpWorkingDay> worked = new ArrayList<>();
    List<LocalDate> revoked = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      LocalDate first = jan.plusDays(r.nextInt(350));
      periods.add(new HolidayPeriod(text(r, 40), first, first.plusDays(r.nextInt(9))));
      worked.add(new MakeUpWorkingDay(jan.plusDays(r.nextInt(365)), text(r, 40)));
    }
    if (r.nextInt(4) == 0) {
      revoked.add(jan.plusDays(r.nextInt(365)));
    }
    return new HolidayNotice(year, text(r, 100), jan.minusDays(r.nextInt(60)), text(r, 200), periods, worked, revoked);
  }

  // ---------------------------------------------------------------- check-ins

  static GeoPoint geoPoint(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return GeoPoint.of(pick(r, new Double[] {-90.0, 90.0, 0.0, -0.0}), pick(r, new Double[] {-180.0, 180.0, 0.0}));
      case 1:
        return GeoPoint.of(39.8652 + r.nextInt(1000) / 1e6, 111.2398 + r.nextInt(1000) / 1e6);
      default:
        return GeoPoint.of(r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180);
    }
  }

  static CheckIn checkIn(Random r) {
    CheckIn.Builder b = CheckIn.builder().id(CheckInId.of(id(r, "ci"))).member(person(r))
        .household(HouseholdId.of(id(r, "hh"))).at(instant(r)).place(geoPoint(r)).kind(pick(r, ContactKind.values()));
    if (r.nextBoolean()) {
      b.note(residentText(r, CheckIn.MAX_NOTE_LENGTH));
    }
    return b.build();
  }

  static CheckInPolicy checkInPolicy(Random r) {
    return r.nextInt(3) == 0 ? CheckInPolicy.defaults() : new CheckInPolicy(1 + r.nextInt(300), r.nextInt(1000),
        minutes(r), 1 + r.nextInt(20), Duration.ofMinutes(r.nextInt(600)));
  }

  static CheckInFlag.ImpossibleTravel impossibleTravel(Random r) {
    return new CheckInFlag.ImpossibleTravel(checkIn(r), checkIn(r), r.nextDouble() * 2e7, 1 + r.nextInt(300));
  }

  static CheckInFlag.Burst burst(Random r) {
    List<CheckInId> ids = new ArrayList<>();
    for (int i = 1 + r.nextInt(8); i > 0; i--) {
      ids.add(CheckInId.of(id(r, "ci")));
    }
    Instant start = instant(r);
    return new CheckInFlag.Burst(person(r), ids, start, start.plusSeconds(r.nextInt(600)), minutes(r),
        1 + r.nextInt(10));
  }

  static CheckInFlag checkInFlag(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return impossibleTravel(r);
      case 1:
        return burst(r);
      case 2:
        return new CheckInFlag.Duplicate(checkIn(r), checkIn(r), minutes(r));
      default:
        return new CheckInFlag.OutsideAssignment(checkIn(r), r.nextInt(100));
    }
  }

  // ---------------------------------------------------------------- assessment

  static ItemWeight itemWeight(Random r, String key) {
    long weight = (1 + r.nextInt(1000)) * (r.nextInt(4) == 0 ? -1L : 1L);
    if (r.nextBoolean()) {
      return ItemWeight.average(key, text(r, 100), weight, 1 + r.nextInt(5));
    }
    return new ItemWeight(key, text(r, 100), ItemWeight.Basis.COUNT, weight, 1 + r.nextInt(60),
        r.nextBoolean() ? OptionalLong.of(1 + r.nextInt(5000)) : OptionalLong.empty(), 0);
  }

  static AssessmentScheme assessmentScheme(Random r) {
    AssessmentScheme.Builder b = AssessmentScheme.builder().name(id(r, "scheme")).version(1 + r.nextInt(5));
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      b.addItem(itemWeight(r, "ITEM_" + i));
    }
    return b.build();
  }

  static AssessmentInput assessmentInput(Random r) {
    Instant start = instant(r);
    AssessmentInput.Builder b = AssessmentInput.builder().subject(actor(r)).grid(grid(r))
        .period(Interval.of(start, start.plus(Duration.ofDays(1 + r.nextInt(365)))));
    for (int i = r.nextInt(4); i > 0; i--) {
      b.putCount("ITEM_" + i, (long) r.nextInt(10_000));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      List<Integer> ratings = new ArrayList<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        ratings.add(1 + r.nextInt(5));
      }
      b.putRating("RATING_" + i, ratings);
    }
    return b.build();
  }

  static ItemScore itemScore(Random r) {
    return new ItemScore(key(r, "ITEM"), text(r, 100), text(r, 50), text(r, 80), r.nextInt(10_000) - 2_000);
  }

  static Scorecard scorecard(Random r) {
    List<ItemScore> items = new ArrayList<>();
    long total = 0;
    for (int i = r.nextInt(6); i > 0; i--) {
      ItemScore s = itemScore(r);
      items.add(s);
      total += s.centi();
    }
    Instant start = instant(r);
    return new Scorecard(actor(r), grid(r), Interval.of(start, start.plusSeconds(1 + r.nextInt(86_400 * 90))),
        id(r, "scheme") + "@1", items, total);
  }

  // ---------------------------------------------------------------- fund

  static Earmark earmark(Random r) {
    return r.nextBoolean() ? Earmark.forCategory(pick(r, OutflowCategory.values())) : Earmark.forProject(project(r));
  }

  static Account.Expense expense(Random r) {
    OutflowCategory c = pick(r, OutflowCategory.values());
    return new Account.Expense(c, c.needsProject() ? Optional.of(project(r)) : Optional.empty());
  }

  static Account account(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return new Account.Holding(optional(r, FeatureSamples::earmark));
      case 1:
        return new Account.Income(pick(r, DonationChannel.values()));
      default:
        return expense(r);
    }
  }

  static Fund fund(Random r) {
    Fund.Builder b = Fund.builder().id(FundId.of(id(r, "fund"))).name(text(r, Fund.MAX_NAME_LENGTH)).grid(grid(r))
        .launchedOn(date(r));
    if (r.nextBoolean()) {
      b.zone(ZoneId.of(pick(r, ZONES)));
    }
    return b.build();
  }

  static DisbursementRequest disbursementRequest(Random r, FundId fund) {
    OutflowCategory c = pick(r, OutflowCategory.values());
    DisbursementRequest.Builder b = DisbursementRequest.builder().id(RequestId.of(id(r, "req"))).fund(fund)
        .category(c).recipient(actor(r)).amount(positiveAmount(r)).requestedBy(PersonId.of("p-requester"))
        .requestedAt(instant(r)).purpose(text(r, DisbursementRequest.MAX_PURPOSE_LENGTH));
    if (c.needsProject()) {
      b.project(project(r));
    }
    if (r.nextBoolean()) {
      b.beneficiaries(1 + r.nextInt(500));
    }
    return b.build();
  }

  static Donation donation(Random r, FundId fund) {
    Donation.Builder b = Donation.builder().id(fundEntryId(r)).fund(fund).at(instant(r))
        .channel(pick(r, DonationChannel.values())).donorKind(pick(r, DonorKind.values()))
        .donor(optional(r, FeatureSamples::actor)).amount(positiveAmount(r)).earmark(optional(r, FeatureSamples::earmark));
    if (r.nextBoolean()) {
      b.receipt(id(r, "rcpt"));
    }
    Donation d = b.build();
    if (d.donor().isPresent() && r.nextInt(3) == 0) {
      return Donation.builder().id(d.id()).fund(d.fund()).at(d.at()).channel(d.channel()).donorKind(d.donorKind())
          .donor(d.donor()).amount(d.amount()).earmark(d.earmark()).receipt(d.receipt())
          .pledge(PledgeId.of(id(r, "pledge"))).build();
    }
    return d;
  }

  /** Approvers other than the requester, distinct. */
  private static List<PersonId> approvers(Random r, int n) {
    Set<PersonId> out = new LinkedHashSet<>();
    while (out.size() < n) {
      out.add(PersonId.of("p-approver-" + r.nextInt(50)));
    }
    return new ArrayList<>(out);
  }

  static Disbursement disbursement(Random r, FundId fund) {
    DisbursementRequest request = disbursementRequest(r, fund);
    Instant paidAt = request.requestedAt().plusSeconds(r.nextInt(30 * 86_400));
    List<Approval> approvals = new ArrayList<>();
    for (PersonId p : approvers(r, 1 + r.nextInt(3))) {
      long span = Duration.between(request.requestedAt(), paidAt).getSeconds();
      approvals.add(new Approval(p, request.requestedAt().plusSeconds(span == 0 ? 0 : r.nextInt((int) span + 1))));
    }
    List<Optional<Earmark>> holdings = new ArrayList<>();
    holdings.add(Optional.empty());
    holdings.add(Optional.of(Earmark.forCategory(request.category())));
    request.project().ifPresent(p -> holdings.add(Optional.of(Earmark.forProject(p))));
    java.util.Collections.shuffle(holdings, r);
    int parts = Math.min(1 + r.nextInt(holdings.size()), (int) Math.min(holdings.size(), request.amount().fen()));
    List<Draw> draws = new ArrayList<>();
    long left = request.amount().fen();
    for (int i = 0; i < parts; i++) {
      long take = i == parts - 1 ? left : 1 + (long) (r.nextDouble() * (left - (parts - i)));
      draws.add(new Draw(holdings.get(i), Money.ofFen(take)));
      left -= take;
    }
    return Disbursement.builder().id(fundEntryId(r)).at(paidAt).request(request).addAllApprovals(approvals)
        .paidBy(PersonId.of("p-treasurer")).addAllDraws(draws).build();
  }

  static io.github.jiceng.governance.model.fund.LedgerEntry fundEntry(Random r, FundId fund) {
    return r.nextBoolean() ? donation(r, fund) : disbursement(r, fund);
  }

  static DisbursementCase disbursementCase(Random r) {
    DisbursementRequest request = disbursementRequest(r, FundId.of(id(r, "fund")));
    DisbursementCase c = DisbursementCase.opened(request);
    List<PersonId> approvers = approvers(r, 3);
    int approvals = r.nextInt(4);
    for (int i = 0; i < approvals; i++) {
      c = c.withApproval(new Approval(approvers.get(i), request.requestedAt().plusSeconds(60L * (i + 1))),
          i == approvals - 1 && r.nextBoolean());
    }
    switch (r.nextInt(3)) {
      case 0:
        return c.declined(new Decline(approvers.get(0), request.requestedAt().plusSeconds(3600), text(r, 200)));
      case 1:
        return approvals == 0 ? c : c.paid(new Payment(fundEntryId(r), PersonId.of("p-treasurer"),
            request.requestedAt().plusSeconds(7200)));
      default:
        return c;
    }
  }

  static AuditRecord auditRecord(Random r) {
    AuditAction action = pick(r, AuditAction.values());
    return new AuditRecord(instant(r), person(r), action, RequestId.of(id(r, "req")), positiveAmount(r),
        action == AuditAction.PAID ? Optional.of(fundEntryId(r)) : Optional.empty(),
        action == AuditAction.DECLINED ? Optional.of(text(r, 200)) : Optional.empty());
  }

  static RecipientLimit recipientLimit(Random r) {
    return new RecipientLimit(1 + r.nextInt(5), pick(r, CalendarPeriod.values()), pick(r, LimitScope.values()));
  }

  static CategoryRule categoryRule(Random r, OutflowCategory category) {
    CategoryRule.Builder b = CategoryRule.builder().category(category)
        .caseCap(optional(r, FeatureSamples::positiveAmount))
        .periodCap(optional(r, x -> new PeriodCap(positiveAmount(x), pick(x, CalendarPeriod.values()))))
        .recipientLimit(optional(r, FeatureSamples::recipientLimit));
    if (r.nextBoolean()) {
      b.recipients(pick(r, RecipientKind.values()));
    }
    return b.build();
  }

  static DisbursementPolicy disbursementPolicy(Random r) {
    List<PersonId> approvers = approvers(r, 1 + r.nextInt(5));
    DisbursementPolicy.Builder b = DisbursementPolicy.builder().label(id(r, "fund") + "@" + (2020 + r.nextInt(6)))
        .addAllApprovers(approvers).addApprovalTier(new ApprovalTier(Money.ZERO, 1));
    long from = 0;
    for (int needed = 2; needed <= approvers.size() && r.nextBoolean(); needed++) {
      from += 1 + r.nextInt(1_000_000);
      b.addApprovalTier(new ApprovalTier(Money.ofFen(from), needed));
    }
    for (OutflowCategory c : OutflowCategory.values()) {
      if (r.nextBoolean()) {
        b.addCategoryRule(categoryRule(r, c));
      }
    }
    return b.build();
  }

  static TransparencyReport.ProjectLine projectLine(Random r) {
    Money inPeriod = amount(r);
    return new TransparencyReport.ProjectLine(project(r), text(r, 200), inPeriod,
        inPeriod.plus(amount(r)), r.nextInt(1000));
  }

  /** A report whose lines add up: opening + in - out = closing = the holdings. */
  static TransparencyReport transparencyReport(Random r) {
    Instant start = instant(r);
    TransparencyReport.Builder b = TransparencyReport.builder().fund(FundId.of(id(r, "fund")))
        .fundName(text(r, 100)).period(Interval.of(start, start.plus(Duration.ofDays(1 + r.nextInt(366)))));
    Money opening = amount(r);
    Money in = Money.ZERO;
    Map<DonorKind, long[]> byKind = new EnumMap<>(DonorKind.class);
    for (DonorKind k : DonorKind.values()) {
      byKind.put(k, new long[2]);
    }
    for (DonationChannel c : DonationChannel.values()) {
      int n = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(20);
      Money amount = n == 0 ? Money.ZERO : Money.ofFen(n + r.nextInt(10_000_000));
      b.addInflow(new TransparencyReport.ChannelLine(c, n, amount));
      in = in.plus(amount);
      long[] line = byKind.get(r.nextBoolean() ? c.donorKind() : pick(r, DonorKind.values()));
      line[0] += n;
      line[1] += amount.fen();
    }
    byKind.forEach((k, line) -> b.addDonor(new TransparencyReport.DonorKindLine(k, (int) line[0],
        Money.ofFen(line[1]))));
    Money available = opening.plus(in);
    Money out = Money.ZERO;
    for (OutflowCategory c : OutflowCategory.values()) {
      long room = available.minus(out).fen();
      long paid = room == 0 || r.nextBoolean() ? 0 : (long) (r.nextDouble() * room / 3);
      b.addOutflow(new TransparencyReport.CategoryLine(c, paid == 0 ? 0 : 1 + r.nextInt(10), Money.ofFen(paid),
          paid == 0 ? 0 : r.nextInt(500)));
      out = out.plus(Money.ofFen(paid));
    }
    Money closing = available.minus(out);
    b.closingBalance(closing).openingBalance(opening);
    long unrestricted = closing.fen() == 0 ? 0 : (long) (r.nextDouble() * closing.fen());
    b.addHolding(new TransparencyReport.HoldingLine(Optional.empty(), Money.ofFen(unrestricted)));
    b.addHolding(new TransparencyReport.HoldingLine(Optional.of(earmark(r)), Money.ofFen(closing.fen() - unrestricted)));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addProject(projectLine(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addPledge(pledgeLine(r));
    }
    return b.openRequests(r.nextInt(10)).openAmount(amount(r)).build();
  }

  static TransparencyReport.PledgeLine pledgeLine(Random r) {
    Money pledged = positiveAmount(r);
    return new TransparencyReport.PledgeLine(actor(r), pick(r, DonorKind.values()), 1 + r.nextInt(5), pledged,
        Money.ofFen((long) (r.nextDouble() * pledged.fen())));
  }

  static Pledge pledge(Random r, FundId fund) {
    return Pledge.builder().id(PledgeId.of(id(r, "pledge"))).fund(fund).at(instant(r))
        .channel(pick(r, DonationChannel.values())).donorKind(pick(r, DonorKind.values())).donor(actor(r))
        .amount(positiveAmount(r)).dueOn(optional(r, FeatureSamples::date)).build();
  }

  static FundSetup fundSetup(Random r) {
    return new FundSetup(fund(r), disbursementPolicy(r));
  }

  // ---------------------------------------------------------------- clues

  static IssueClue issueClue(Random r, ClueId id) {
    return IssueClue.builder().id(id).category(r.nextBoolean() ? pick(r, ClueCategory.ARTICLE_FOUR.toArray(
            new ClueCategory[0])) : ClueCategory.of(key(r, "CAT"))).grid(grid(r)).reportedAt(instant(r))
        .source(pick(r, ClueSource.values())).reporter(optional(r, FeatureSamples::person))
        .contactMobile(optional(r, FeatureSamples::mobile)).summary(residentText(r, IssueClue.MAX_SUMMARY_LENGTH))
        .topic(optional(r, x -> "topic-" + x.nextInt(100))).build();
  }

  static ClueRejection clueRejection(Random r) {
    return new ClueRejection(pick(r, RejectionReason.values()), text(r, 200), instant(r));
  }

  static Evaluation evaluation(Random r, Instant at) {
    return new Evaluation(at, amount(r), 1 + r.nextInt(5000), pick(r, Priority.values()));
  }

  static Implementation implementation(Random r, Instant at) {
    switch (r.nextInt(3)) {
      case 0:
        return Implementation.fundDirected(project(r), at);
      case 1:
        return Implementation.claimedBy(organization(r), project(r), at);
      default:
        return Implementation.serviceChain(project(r), at);
    }
  }

  /** A case moved through the transitions to a random stage. */
  static ClueCase clueCase(Random r, ClueId id) {
    IssueClue clue = issueClue(r, id);
    Instant t = clue.reportedAt();
    ClueCase c = ClueCase.collected(clue);
    int stage = r.nextInt(8);
    if (stage == 0) {
      return c;
    }
    if (stage == 1) {
      return c.rejected(new ClueRejection(pick(r, RejectionReason.values()), text(r, 200), t = t.plusSeconds(3600)));
    }
    c = c.screened(t = t.plusSeconds(3600));
    if (stage == 2) {
      return c.merged(ClueId.of("other-" + r.nextInt(100)), t);
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      c = c.withDuplicate(ClueId.of("dup-" + id.value().length() + "-" + i));
    }
    if (stage == 3) {
      return c;
    }
    c = c.evaluated(evaluation(r, t = t.plusSeconds(86_400)));
    if (stage == 4) {
      return r.nextBoolean() ? c : c.rejected(new ClueRejection(RejectionReason.UNFEASIBLE, text(r, 200),
          t.plusSeconds(60)));
    }
    c = c.decided(implementation(r, t = t.plusSeconds(86_400)));
    if (stage == 5) {
      return c;
    }
    c = c.started(t = t.plusSeconds(86_400));
    if (stage == 6) {
      return c;
    }
    return c.completed(new Completion(t.plusSeconds(86_400 * 30), r.nextInt(5000)));
  }

  static ClueSummary clueSummary(Random r) {
    TreeMap<ClueCategory, Integer> byCategory = new TreeMap<>();
    for (ClueCategory c : ClueCategory.ARTICLE_FOUR) {
      byCategory.put(c, r.nextInt(30));
    }
    Map<ClueStatus, Integer> byStatus = new EnumMap<>(ClueStatus.class);
    for (ClueStatus s : ClueStatus.values()) {
      byStatus.put(s, r.nextInt(20));
    }
    Map<ImplementationMode, Integer> decided = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Integer> completed = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Long> expected = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Long> served = new EnumMap<>(ImplementationMode.class);
    for (ImplementationMode m : ImplementationMode.values()) {
      decided.put(m, r.nextInt(10));
      completed.put(m, r.nextInt(10));
      expected.put(m, (long) r.nextInt(10_000));
      served.put(m, (long) r.nextInt(10_000));
    }
    return new ClueSummary(66, byCategory, byStatus, decided, completed, expected, served);
  }

  // ---------------------------------------------------------------- proposals

  static Submission submission(Random r) {
    return r.nextBoolean() ? new Submission.Direct(person(r))
        : new Submission.ViaDeputy(person(r), pick(r, DeputyKind.values()), optional(r, FeatureSamples::person));
  }

  static Proposal proposal(Random r, ProposalId id) {
    return Proposal.builder().id(id).title(text(r, Proposal.MAX_TITLE_LENGTH))
        .content(residentText(r, Proposal.MAX_CONTENT_LENGTH)).grid(grid(r)).submittedAt(instant(r))
        .submission(submission(r)).contactMobile(optional(r, FeatureSamples::mobile)).build();
  }

  /** A record moved through the transitions to a random stage, escalated now and then. */
  static ProposalRecord proposalRecord(Random r, ProposalId id) {
    Proposal p = proposal(r, id);
    ProposalRecord rec = ProposalRecord.submitted(p);
    Instant t = p.submittedAt();
    int stage = r.nextInt(7);
    if (r.nextInt(3) == 0) {
      rec = rec.escalated(grid(r), t = t.plusSeconds(86_400));
    }
    if (stage == 0) {
      return rec;
    }
    if (stage == 1) {
      return rec.rejected(new ProposalRejection(pick(r, ProposalRejectionReason.values()), text(r, 500)),
          person(r), t.plusSeconds(3600));
    }
    rec = rec.accepted(person(r), t = t.plusSeconds(3600));
    rec = rec.assigned(actor(r), person(r), t = t.plusSeconds(3600));
    if (stage == 2) {
      return rec;
    }
    rec = rec.started(actor(r), t = t.plusSeconds(3600));
    if (stage == 3) {
      return rec;
    }
    rec = rec.answered(new Answer(residentText(r, 2000), person(r), t = t.plusSeconds(86_400)));
    if (stage == 4) {
      return rec;
    }
    return rec.rated(pick(r, Satisfaction.values()), t.plusSeconds(86_400), stage == 5);
  }

  static HandlingPolicy handlingPolicy(Random r) {
    HandlingPolicy.Builder b = HandlingPolicy.builder().label(id(r, "policy"))
        .escalationInterval(Duration.ofHours(1 + r.nextInt(200))).feedbackWindow(Duration.ofDays(1 + r.nextInt(30)));
    for (ProposalState s : new ProposalState[] {ProposalState.RECEIVED, ProposalState.ACCEPTED, ProposalState.ASSIGNED,
        ProposalState.IN_PROGRESS}) {
      if (r.nextBoolean()) {
        b.putDeadline(s, Duration.ofHours(1 + r.nextInt(500)));
      }
    }
    if (r.nextBoolean()) {
      b.maxReopens(r.nextInt(4));
    }
    return b.build();
  }

  static ProposalSummary proposalSummary(Random r) {
    Map<ProposalState, Integer> byState = new EnumMap<>(ProposalState.class);
    for (ProposalState s : ProposalState.values()) {
      byState.put(s, r.nextInt(50));
    }
    Map<Satisfaction, Integer> bySatisfaction = new EnumMap<>(Satisfaction.class);
    for (Satisfaction s : Satisfaction.values()) {
      bySatisfaction.put(s, r.nextInt(50));
    }
    return new ProposalSummary(r.nextInt(500), byState, r.nextInt(20), r.nextInt(20), bySatisfaction);
  }

  // ---------------------------------------------------------------- deliberation

  static MajorAffair majorAffair(Random r, AffairId id) {
    Set<PersonId> participants = new LinkedHashSet<>();
    for (int i = 1 + r.nextInt(8); i > 0; i--) {
      participants.add(person(r));
    }
    MajorAffair.Builder b = MajorAffair.builder().id(id).title(text(r, 200)).grid(grid(r))
        .addAllParticipants(participants).quorum(1 + r.nextInt(participants.size())).openedAt(instant(r));
    Set<String> options = new LinkedHashSet<>();
    while (options.size() < 2 + r.nextInt(4)) {
      options.add(text(r, 50));
    }
    b.addAllOptions(options);
    if (r.nextBoolean()) {
      b.rule(pick(r, DecisionRule.values()));
    }
    return b.build();
  }

  static Ballot ballot(Random r) {
    return r.nextInt(4) == 0 ? Ballot.abstain(person(r), instant(r))
        : new Ballot(person(r), OptionalInt.of(r.nextInt(10) - 1), instant(r));
  }

  static AffairDecision affairDecision(Random r) {
    AffairDecision.Outcome outcome = pick(r, AffairDecision.Outcome.values());
    List<Integer> tally = new ArrayList<>();
    int sum = 0;
    for (int i = 2 + r.nextInt(3); i > 0; i--) {
      int v = r.nextInt(30);
      tally.add(v);
      sum += v;
    }
    int abstentions = r.nextInt(5);
    AffairDecision.Builder b = AffairDecision.builder().affair(AffairId.of(id(r, "affair"))).decidedAt(instant(r))
        .outcome(outcome).addAllTally(tally).abstentions(abstentions).ballots(sum + abstentions);
    if (outcome == AffairDecision.Outcome.ADOPTED) {
      b.adopted(text(r, 50));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addIgnored(new AffairDecision.Ignored(person(r), pick(r, AffairDecision.Ignored.Reason.values())));
    }
    return b.build();
  }

  static Resolution resolution(Random r, ResolutionId id, Optional<OrganizationId> lead) {
    if (lead.isPresent() && r.nextBoolean()) {
      return Resolution.project(id, text(r, 500), project(r), lead.get(), amount(r));
    }
    if (r.nextBoolean()) {
      return new Resolution(id, text(r, 500), optional(r, FeatureSamples::project), Optional.empty(),
          Optional.empty());
    }
    return Resolution.agreed(id, text(r, 500));
  }

  static JointMeeting jointMeeting(Random r, MeetingId id) {
    OrganizationId convener = organization(r);
    List<OrganizationId> attendees = new ArrayList<>();
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      attendees.add(OrganizationId.of("unit-" + r.nextInt(40)));
    }
    JointMeeting.Builder b = JointMeeting.builder().id(id).grid(grid(r)).heldAt(instant(r)).convener(convener)
        .addAllAttendees(new TreeSet<>(attendees));
    Set<ProjectId> projects = new java.util.HashSet<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      Optional<OrganizationId> lead = r.nextBoolean() ? Optional.of(convener)
          : Optional.of(attendees.get(r.nextInt(attendees.size())));
      Resolution res = resolution(r, ResolutionId.of(id.value() + "-r" + i), lead);
      if (res.project().isEmpty() || projects.add(res.project().get())) {
        b.addResolution(res);
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- venues and co-building

  static Room room(Random r, RoomId id) {
    return new Room(id, text(r, Venue.MAX_NAME_LENGTH), pick(r, RoomKind.values()), 1 + r.nextInt(500));
  }

  static OpeningHours openingHours(Random r) {
    LocalTime opens = LocalTime.of(r.nextInt(12), 15 * r.nextInt(4), r.nextInt(5) == 0 ? r.nextInt(60) : 0);
    OpeningHours h = OpeningHours.daily(opens, opens.plusMinutes(30 + r.nextInt(11 * 60)), ZoneId.of(pick(r, ZONES)));
    Set<DayOfWeek> closed = new HashSet<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      closed.add(pick(r, DayOfWeek.values()));
    }
    return h.closedOn(closed);
  }

  static Venue venue(Random r, VenueId id) {
    Venue.Builder b = Venue.builder().id(id).name(text(r, Venue.MAX_NAME_LENGTH)).grid(grid(r))
        .openingHours(openingHours(r));
    int area = 0;
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      Room room = room(r, RoomId.of(id.value() + "-room-" + i));
      b.addRoom(room);
      area += room.floorArea();
    }
    return b.floorArea(area + r.nextInt(4000)).build();
  }

  static Booking booking(Random r) {
    Instant start = instant(r);
    return new Booking(BookingId.of(id(r, "b")), RoomId.of(id(r, "room")),
        Interval.of(start, start.plus(minutes(r))), text(r, Venue.MAX_NAME_LENGTH), organization(r));
  }

  static SpaceGrant spaceGrant(Random r, GrantId id) {
    Instant start = instant(r);
    SpaceGrant.Builder b = SpaceGrant.builder().id(id).venue(VenueId.of(id(r, "venue"))).room(RoomId.of(id(r, "room")))
        .organization(organization(r)).spaceHoursPerWeek(1 + r.nextInt(SpaceGrant.HOURS_IN_A_WEEK))
        .servicePerWeek(minutes(r)).period(Interval.of(start, start.plus(Duration.ofDays(7 + r.nextInt(800)))));
    if (r.nextBoolean()) {
      b.graceWeeks(r.nextInt(53));
    }
    return b.build();
  }

  static ServiceDelivery serviceDelivery(Random r) {
    return new ServiceDelivery(DeliveryId.of(id(r, "d")), instant(r), minutes(r),
        optional(r, x -> ServiceId.of(id(x, "svc"))));
  }

  static CoBuildingAgreement agreement(Random r, AgreementId id) {
    Instant start = instant(r);
    CoBuildingAgreement.Builder b = CoBuildingAgreement.builder().id(id).community(grid(r))
        .reporter(r.nextBoolean() ? person(r) : organization(r)).reportedAt(instant(r))
        .period(Interval.of(start, start.plus(Duration.ofDays(30 + r.nextInt(1000)))));
    Set<ResourceId> resources = new LinkedHashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      resources.add(ResourceId.of(id(r, "res")));
    }
    b.addAllResources(resources);
    Set<PostId> posts = new LinkedHashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      posts.add(PostId.of(id(r, "post")));
    }
    b.addAllPosts(posts);
    if (r.nextBoolean() || (resources.isEmpty() && posts.isEmpty())) {
      b.serviceHours(Duration.ofMinutes(1 + r.nextInt(10_000)));
    }
    Integration[] known = {Integration.CO_RESIDENCE, Integration.CO_BUILDING, Integration.CO_INTEGRATION};
    b.addIntegrations(pick(r, known));
    if (r.nextBoolean()) {
      b.addIntegrations(Integration.of(key(r, "MIX")));
    }
    return b.build();
  }
}
