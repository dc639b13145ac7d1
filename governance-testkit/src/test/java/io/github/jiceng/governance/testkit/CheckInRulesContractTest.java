package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.CheckInGenerator.ASSIGNED;
import static io.github.jiceng.governance.testkit.CheckInGenerator.POLICY;
import static io.github.jiceng.governance.testkit.CheckInGenerator.RULES;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.rules.checkin.CheckInAudit;
import io.github.jiceng.governance.rules.checkin.CheckInCommand;
import io.github.jiceng.governance.rules.checkin.CheckInLog;
import io.github.jiceng.governance.rules.checkin.CheckInRefusalCode;
import io.github.jiceng.governance.rules.checkin.CheckInRules;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.util.ArrayList;
import java.util.List;
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
  private static final int SEEDS = 300;
  private static final CommandGenerator<CheckInCommand, CheckInLog, CheckIn> CHECK_INS = Generators.checkIns();


  @Test
  void everyCommandSequenceKeepsTheContractAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      tally.add(DeciderContract.run("seed " + seed, RULES, CHECK_INS.commands(seed)));
    }
    tally.assertReachedEveryVariantAndCode(CheckInRefusalCode.values());
  }

  @Test
  void theLogReportsWhatTheAuditSaysOfTheRecordedCheckInsAndOnlyTravelStaysAFlag() {
    int travel = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<CheckInCommand, CheckInLog, CheckIn> stream = InMemoryStream.open(RULES);
      CHECK_INS.commands(seed).forEach(stream::handle);
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
      for (CheckInCommand command : CHECK_INS.commands(seed)) {
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
      for (CheckInCommand c : CHECK_INS.commands(seed)) {
        stream.handle(c).refusalIfAny().ifPresent(refusals::add);
      }
    }

    refusals.forEach(refusal -> DeciderContract.checkTexts("CheckInRefusalCode", refusal));
  }
}
