package io.github.jiceng.governance.rules.points;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.rules.assessment.Assessment;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.checkin.CheckInAudit;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.rules.volunteer.VolunteerExport;
import io.github.jiceng.governance.rules.volunteer.VolunteerPoints;
import io.github.jiceng.governance.rules.volunteer.VolunteerRecording;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** No public method of the points, volunteer, check-in and assessment rules accepts an undeclared null. */
final class RulesNullChecksTest {

  private static final Instant AT = Instant.parse("2024-05-01T00:00:00Z");

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(ZoneId.class, RedStarPolicies.CHINA)
      .setDefault(LocalDate.class, LocalDate.of(2024, 1, 1))
      .setDefault(Instant.class, AT)
      .setDefault(ActorId.class, PersonId.of("p-1"))
      .setDefault(GridId.class, GridId.of("g"))
      .setDefault(PointsPolicy.class, RedStarPolicies.article())
      .setDefault(AssessmentScheme.class, AssessmentSchemes.partyMembers())
      .setDefault(WorkingCalendar.class, WorkingCalendar.weekendsOnly())
      .setDefault(CheckInPolicy.class, CheckInPolicy.defaults())
      .setDefault(ServiceCatalogue.class, ServiceCatalogue.of())
      .setDefault(ReplaySettings.class, new ReplaySettings(0, 0))
      .setDefault(io.github.jiceng.governance.model.points.RuleId.class,
          io.github.jiceng.governance.model.points.RuleId.of("no-show"))
      .setDefault(io.github.jiceng.governance.model.points.OfferId.class,
          io.github.jiceng.governance.model.points.OfferId.of("s"))
      .setDefault(EntryId.class, EntryId.of("e"))
      .setDefault(io.github.jiceng.governance.model.volunteer.VolunteerRecord.class,
          io.github.jiceng.governance.model.volunteer.VolunteerRecord.builder()
              .id(io.github.jiceng.governance.model.volunteer.VolunteerRecordId.of("vr")).volunteer(PersonId.of("p-1"))
              .activityName("宣传").activityDate(LocalDate.of(2024, 1, 2)).place("社区").content("宣传")
              .serviceTime(java.time.Duration.ofHours(1))
              .organiser(io.github.jiceng.governance.model.actor.OrganizationId.of("o"))
              .personInCharge(PersonId.of("p-2")).recordedOn(LocalDate.of(2024, 1, 2)).build())
      .setDefault(io.github.jiceng.governance.model.assessment.AssessmentInput.class,
          io.github.jiceng.governance.model.assessment.AssessmentInput.builder().subject(PersonId.of("p-1"))
              .grid(GridId.of("g")).period(io.github.jiceng.governance.model.time.Interval.of(AT, AT.plusSeconds(1)))
              .build())
      .setDefault(ReplayBatch.class, ReplayBatch.wrap(new long[0], new int[0], new int[0], new int[0], 1))
      .setDefault(PointsLedger.class, PointsLedger.open(RedStarPolicies.article(), ServiceCatalogue.of()))
      .setDefault(io.github.jiceng.governance.model.grid.GridHierarchy.class,
          io.github.jiceng.governance.model.grid.GridHierarchy.of(io.github.jiceng.governance.model.grid.LevelSchemes.RURAL,
              java.util.List.of(io.github.jiceng.governance.model.grid.GridNode.builder().id(GridId.of("g"))
                  .level("TOWN").name("镇").build())))
      .setDefault(Contribution.class, Contribution.builder().id(EntryId.of("c")).actor(PersonId.of("p-1"))
          .kind(ContributionKind.ACTIVITY_ATTENDED).occurredAt(AT).build())
      .setDefault(PointsCommand.class, new PointsCommand.AdvanceTo(AT))
      .setDefault(PointsState.class, PointsState.EMPTY)
      .setDefault(io.github.jiceng.governance.model.points.LedgerEntry.class,
          new io.github.jiceng.governance.model.points.Expiry(EntryId.of("expiry:p:p-1:2025-01-01"),
              PersonId.of("p-1"), AT, io.github.jiceng.governance.model.points.Points.of(1), "test"))
      .setDefault(io.github.jiceng.governance.rules.volunteer.VolunteerCommand.class,
          new io.github.jiceng.governance.rules.volunteer.VolunteerCommand.Enter(
              io.github.jiceng.governance.model.volunteer.VolunteerRecord.builder()
                  .id(io.github.jiceng.governance.model.volunteer.VolunteerRecordId.of("vr"))
                  .volunteer(PersonId.of("p-1")).activityName("宣传").activityDate(LocalDate.of(2024, 1, 2))
                  .place("社区").content("宣传").serviceTime(java.time.Duration.ofHours(1))
                  .organiser(io.github.jiceng.governance.model.actor.OrganizationId.of("o"))
                  .personInCharge(PersonId.of("p-2")).recordedOn(LocalDate.of(2024, 1, 2)).build()))
      .setDefault(io.github.jiceng.governance.rules.volunteer.VolunteerRegister.class,
          io.github.jiceng.governance.rules.volunteer.VolunteerRules.of(WorkingCalendar.weekendsOnly()).initialState());

  @Test
  void staticEntryPointsRejectNulls() {
    for (Class<?> type : new Class<?>[] {PointsLedger.class, PointsRules.class, PointsCalculator.class,
        Recomputation.class, io.github.jiceng.governance.rules.volunteer.VolunteerRules.class,
        CompactReplay.class, ReplayBatch.class, CheckInAudit.class, Assessment.class, Ranking.class,
        VolunteerRecording.class, VolunteerExport.class, VolunteerPoints.class}) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void theLedgerRejectsNulls() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), ServiceCatalogue.of());
    tester.testAllPublicInstanceMethods(ledger);
    tester.testAllPublicInstanceMethods(CompactReplay.withWorkspace());
  }

  @Test
  void theDecidersTheirStatesAndCommandsRejectNulls() {
    PointsRules rules = PointsRules.of(RedStarPolicies.article(), ServiceCatalogue.of());
    tester.testAllPublicInstanceMethods(rules);
    tester.testAllPublicInstanceMethods(rules.initialState());
    var volunteers = io.github.jiceng.governance.rules.volunteer.VolunteerRules.of(WorkingCalendar.weekendsOnly());
    tester.testAllPublicInstanceMethods(volunteers);
    tester.testAllPublicInstanceMethods(volunteers.initialState());
    for (Class<?> type : new Class<?>[] {PointsCommand.Award.class, PointsCommand.Redeem.class,
        PointsCommand.Deduct.class, PointsCommand.Append.class, PointsCommand.AdvanceTo.class,
        io.github.jiceng.governance.rules.volunteer.VolunteerCommand.Enter.class}) {
      tester.testAllPublicConstructors(type);
    }
  }
}
