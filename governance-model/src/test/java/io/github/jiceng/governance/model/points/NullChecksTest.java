package io.github.jiceng.governance.model.points;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** No public method of the points, volunteer and check-in types accepts a null it did not declare. */
final class NullChecksTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(ZoneId.class, ZoneId.of("Asia/Shanghai"))
      .setDefault(LocalDate.class, LocalDate.of(2024, 1, 1))
      .setDefault(io.github.jiceng.governance.model.actor.ActorId.class,
          io.github.jiceng.governance.model.actor.PersonId.of("p-1"));

  @Test
  void valueTypesRejectNulls() {
    for (Class<?> type : new Class<?>[] {Points.class, EntryId.class, RuleId.class, OfferId.class, Cap.class,
        ExpiryPolicy.class, StarGrade.class, DeductionRule.class, ServiceCatalogue.class, RedStarPolicies.class,
        EarnerType.class, CapPeriod.class, GeoPoint.class, WorkingCalendar.class}) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(Points.of(3));
    tester.testAllPublicInstanceMethods(ExpiryPolicy.endOfFollowingYear());
    tester.testAllPublicInstanceMethods(RedStarPolicies.article());
    tester.testAllPublicInstanceMethods(WorkingCalendar.weekendsOnly());
    tester.testAllPublicInstanceMethods(GeoPoint.of(39.8, 111.2));
  }

  @Test
  void buildersRejectNulls() {
    tester.testAllPublicInstanceMethods(Contribution.builder());
    tester.testAllPublicInstanceMethods(EarningRule.builder());
    tester.testAllPublicInstanceMethods(PointsPolicy.builder());
    tester.testAllPublicInstanceMethods(ServiceOffer.builder());
    tester.testAllPublicInstanceMethods(VolunteerRecord.builder());
    tester.testAllPublicInstanceMethods(CheckIn.builder());
  }
}
