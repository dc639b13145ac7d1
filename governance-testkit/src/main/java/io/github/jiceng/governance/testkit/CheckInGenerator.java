package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.rules.checkin.CheckInCommand;
import io.github.jiceng.governance.rules.checkin.CheckInLog;
import io.github.jiceng.governance.rules.checkin.CheckInRules;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Check-ins of three members, two assigned households; see {@link Generators#checkIns()}. */
final class CheckInGenerator implements CommandGenerator<CheckInCommand, CheckInLog, CheckIn> {

  @Override
  public CheckInRules rules(long seed) {
    return RULES;
  }

  @Override
  public List<CheckInCommand> commands(long seed) {
    return commands(new Random(seed));
  }
  static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  static final GeoPoint BASE = GeoPoint.of(39.8650, 111.2400);
  static final List<PersonId> MEMBERS = List.of(PersonId.of("m-1"), PersonId.of("m-2"), PersonId.of("m-free"));
  static final List<HouseholdId> HOUSEHOLDS = List.of(HouseholdId.of("hh-1"), HouseholdId.of("hh-2"),
      HouseholdId.of("hh-3"), HouseholdId.of("hh-4"), HouseholdId.of("hh-5"));
  static final Map<PersonId, Set<HouseholdId>> ASSIGNED = Map.of(
      MEMBERS.get(0), Set.of(HOUSEHOLDS.get(0), HOUSEHOLDS.get(1), HOUSEHOLDS.get(2), HOUSEHOLDS.get(3)),
      MEMBERS.get(1), Set.of(HOUSEHOLDS.get(1), HOUSEHOLDS.get(2), HOUSEHOLDS.get(3), HOUSEHOLDS.get(4)));
  static final CheckInPolicy POLICY = new CheckInPolicy(120, 300, Duration.ofMinutes(10), 3,
      Duration.ofMinutes(30));
  static final CheckInRules RULES = CheckInRules.of(POLICY, ASSIGNED);

  static List<CheckInCommand> commands(Random r) {
    List<CheckInCommand> out = new ArrayList<>();
    int n = 10 + r.nextInt(40);
    long minute = 0;
    for (int i = 0; i < n; i++) {
      if (r.nextInt(6) == 0 && !out.isEmpty()) {
        CheckInCommand earlier = out.get(r.nextInt(out.size()));
        if (r.nextBoolean()) {
          out.add(earlier);
        } else {
          CheckIn c = ((CheckInCommand.Record) earlier).checkIn();
          out.add(new CheckInCommand.Record(CheckIn.builder().id(c.id()).member(c.member()).household(c.household())
              .at(c.at().plusSeconds(1)).place(c.place()).kind(c.kind()).build()));
        }
        continue;
      }
      minute += r.nextInt(4) == 0 ? 20 + r.nextInt(90) : r.nextInt(4);
      long at = r.nextInt(8) == 0 ? minute - r.nextInt(60) : minute;
      double km = r.nextInt(10) == 0 ? 40 : r.nextDouble() * 0.2;
      out.add(new CheckInCommand.Record(CheckIn.builder().id(CheckInId.of("ci-" + i))
          .member(MEMBERS.get(r.nextInt(MEMBERS.size()))).household(HOUSEHOLDS.get(r.nextInt(HOUSEHOLDS.size())))
          .at(T0.plus(Duration.ofMinutes(at))).place(GeoPoint.of(BASE.latitude() + km / 111.195, BASE.longitude()))
          .kind(ContactKind.values()[r.nextInt(ContactKind.values().length)]).build()));
    }
    return out;
  }
}
