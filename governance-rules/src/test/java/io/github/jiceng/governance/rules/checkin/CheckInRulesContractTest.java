package io.github.jiceng.governance.rules.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.rules.decider.DeciderHarness;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CheckInRules} through the generic contract over 300 seeds: three members (two assigned,
 * one not), check-ins in clusters and out of time order, far jumps, repeats of earlier commands and
 * reused ids. Also checks that the log's report is exactly {@link CheckInAudit#audit} of the
 * check-ins it recorded, and that nothing the audit would flag as a duplicate, outside the
 * assignment or a burst is ever recorded.
 */
final class CheckInRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = SeedCount.of(300, 60);

  private static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  private static final GeoPoint BASE = GeoPoint.of(39.8650, 111.2400);
  private static final List<PersonId> MEMBERS = List.of(PersonId.of("m-1"), PersonId.of("m-2"), PersonId.of("m-free"));
  private static final List<HouseholdId> HOUSEHOLDS = List.of(HouseholdId.of("hh-1"), HouseholdId.of("hh-2"),
      HouseholdId.of("hh-3"), HouseholdId.of("hh-4"), HouseholdId.of("hh-5"));
  private static final Map<PersonId, Set<HouseholdId>> ASSIGNED = Map.of(
      MEMBERS.get(0), Set.of(HOUSEHOLDS.get(0), HOUSEHOLDS.get(1), HOUSEHOLDS.get(2), HOUSEHOLDS.get(3)),
      MEMBERS.get(1), Set.of(HOUSEHOLDS.get(1), HOUSEHOLDS.get(2), HOUSEHOLDS.get(3), HOUSEHOLDS.get(4)));
  private static final CheckInPolicy POLICY = new CheckInPolicy(120, 300, Duration.ofMinutes(10), 3,
      Duration.ofMinutes(30));
  private static final CheckInRules RULES = CheckInRules.of(POLICY, ASSIGNED);

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

  @Test
  void everyCommandSequenceKeepsTheContractAndReachesEveryVariantAndCode() {
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    Set<String> keys = new LinkedHashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      DeciderHarness.Run run = DeciderHarness.run("seed " + seed, RULES, commands(new Random(seed)));
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      keys.addAll(run.refusalKeys());
    }

    assertThat(applied).isPositive();
    assertThat(unchanged).isPositive();
    assertThat(refused).isPositive();
    assertThat(keys).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(CheckInRefusalCode.values()).map(CheckInRefusalCode::key).toList());
  }

  @Test
  void theLogReportsWhatTheAuditSaysOfTheRecordedCheckInsAndOnlyTravelStaysAFlag() {
    int travel = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<CheckInCommand, CheckInLog, CheckIn> stream = InMemoryStream.open(RULES);
      commands(new Random(seed)).forEach(stream::handle);
      CheckInAudit.AuditReport audit = CheckInAudit.audit(stream.events(), ASSIGNED, POLICY);

      assertThat(stream.state().report()).as("seed " + seed).isEqualTo(audit);
      assertThat(audit.flags()).as("seed " + seed).allMatch(f -> f instanceof CheckInFlag.ImpossibleTravel);
      assertThat(stream.state().size()).as("seed " + seed).isEqualTo(stream.events().size());
      travel += audit.flags().size();
    }
    assertThat(travel).as("journeys too fast for their time were generated").isPositive();
  }

  @Test
  void everyRefusalIsACheckInTheAuditWouldFlagAmongTheRecordedOnes() {
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<CheckInCommand, CheckInLog, CheckIn> stream = InMemoryStream.open(RULES);
      for (CheckInCommand command : commands(new Random(seed))) {
        List<CheckIn> before = List.copyOf(stream.events());
        var refusal = stream.handle(command).refusalIfAny();
        if (refusal.isEmpty() || refusal.get().code() == CheckInRefusalCode.ID_REUSED) {
          continue;
        }
        List<CheckIn> with = new ArrayList<>(before);
        CheckIn refused = ((CheckInCommand.Record) command).checkIn();
        with.add(refused);
        List<CheckInFlag> flags = CheckInAudit.audit(with, ASSIGNED, POLICY).flags();

        assertThat(flags).as("seed " + seed + ": " + refusal.get())
            .anyMatch(f -> !(f instanceof CheckInFlag.ImpossibleTravel) && f.checkIns().contains(refused.id()));
      }
    }
  }

  @Test
  void everyRefusalHasATemplateInBothLanguagesUsingExactlyItsArguments() {
    List<Refusal> refusals = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<CheckInCommand, CheckInLog, CheckIn> stream = InMemoryStream.open(RULES);
      for (CheckInCommand c : commands(new Random(seed))) {
        stream.handle(c).refusalIfAny().ifPresent(refusals::add);
      }
    }

    refusals.forEach(refusal -> DeciderHarness.checkTexts("CheckInRefusalCode", refusal));
  }
}
