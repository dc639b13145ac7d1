package io.github.jiceng.governance.rules.checkin;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No public method or constructor of the check-in decider, its log and its command accepts an undeclared null. */
final class CheckInRulesNullChecksTest {

  private static final CheckIn CHECK_IN = CheckIn.builder().id(CheckInId.of("c1")).member(PersonId.of("m-1"))
      .household(HouseholdId.of("hh-1")).at(Instant.parse("2024-05-06T01:00:00Z")).place(GeoPoint.of(39.86, 111.24))
      .kind(ContactKind.HOME_VISIT).build();
  private static final CheckInRules RULES = CheckInRules.of(CheckInPolicy.defaults(),
      Map.of(PersonId.of("m-1"), Set.of(HouseholdId.of("hh-1"))));

  private final NullPointerTester tester = new NullPointerTester().setDefault(CheckIn.class, CHECK_IN)
      .setDefault(CheckInPolicy.class, CheckInPolicy.defaults())
      .setDefault(CheckInLog.class, RULES.initialState())
      .setDefault(CheckInCommand.class, new CheckInCommand.Record(CHECK_IN));

  @Test
  void everyPublicEntryPointNamesTheNullItRefuses() {
    tester.testAllPublicStaticMethods(CheckInRules.class);
    tester.testAllPublicInstanceMethods(RULES);
    tester.testAllPublicInstanceMethods(RULES.fold(RULES.initialState(), List.of(CHECK_IN)));
    tester.testAllPublicConstructors(CheckInCommand.Record.class);
  }
}
