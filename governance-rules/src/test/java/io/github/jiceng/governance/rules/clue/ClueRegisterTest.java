package io.github.jiceng.governance.rules.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
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
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ClueRegisterTest {

  static final Instant T0 = Instant.parse("2021-06-20T02:00:00Z");

  static IssueClue clue(String id, ClueCategory category, Instant at, String topic) {
    return IssueClue.builder().id(ClueId.of(id)).category(category).grid(GridId.of("xuemeili")).reportedAt(at)
        .source(ClueSource.RESIDENT).summary("废弃广场无人管理").topic(Optional.ofNullable(topic)).build();
  }

  static final ClueRules RULES = ClueRules.decider();

  /** Decides the command, expects it applied, and returns the register after its events. */
  static ClueRegister ok(ClueRegister r, ClueCommand command) {
    Decision<ClueEvent> d = RULES.decide(command, r);
    assertThat(d).as("%s", d).isInstanceOf(Decision.Applied.class);
    return RULES.fold(r, d.events());
  }

  /** Decides the command, expects it refused, and returns the refusal's code. */
  static RefusalCode refused(ClueRegister r, ClueCommand command) {
    Decision<ClueEvent> d = RULES.decide(command, r);
    assertThat(d).as("%s", d).isInstanceOf(Decision.Refused.class);
    return d.refusalIfAny().orElseThrow().code();
  }

  private static final ClueId A = ClueId.of("a");
  private static final ClueId B = ClueId.of("b");

  @Test
  void carriesAClueFromCollectionToACompletedDirectedProject() {
    ClueRegister r = ok(ClueRegister.empty(), new ClueCommand.Collect(clue("a", ClueCategory.FITNESS, T0, "square")));
    assertThat(r.find(A).orElseThrow().status()).isEqualTo(ClueStatus.COLLECTED);
    r = ok(r, new ClueCommand.Screen(A, T0.plusSeconds(10)));
    r = ok(r, new ClueCommand.Evaluate(A, new Evaluation(T0.plusSeconds(20), Money.ofYuan("180000"), 2600, Priority.HIGH)));
    r = ok(r, new ClueCommand.Decide(A, Implementation.fundDirected(ProjectId.of("square"), T0.plusSeconds(30))));
    r = ok(r, new ClueCommand.Start(A, T0.plusSeconds(40)));
    r = ok(r, new ClueCommand.Complete(A, new Completion(T0.plusSeconds(50), 2750)));
    ClueCase c = r.find(A).orElseThrow();
    assertThat(c.status()).isEqualTo(ClueStatus.COMPLETED);
    assertThat(r.byProject(ProjectId.of("square"))).contains(c);
    ClueSummary s = r.summary();
    assertThat(s.completed().get(ImplementationMode.FUND_DIRECTED_PROJECT)).isEqualTo(1);
    assertThat(s.expectedBeneficiaries().get(ImplementationMode.FUND_DIRECTED_PROJECT)).isEqualTo(2600L);
    assertThat(s.servedBeneficiaries().get(ImplementationMode.FUND_DIRECTED_PROJECT)).isEqualTo(2750L);
  }

  @Test
  void refusesStepsOutOfTheirOrderOrBackInTime() {
    ClueRegister r = ok(ClueRegister.empty(), new ClueCommand.Collect(clue("a", ClueCategory.FITNESS, T0, null)));
    assertThat(refused(r, new ClueCommand.Evaluate(A, new Evaluation(T0, Money.ZERO, 1, Priority.LOW)))).isEqualTo(ClueRefusalCode.WRONG_STATUS);
    assertThat(refused(r, new ClueCommand.Start(A, T0))).isEqualTo(ClueRefusalCode.WRONG_STATUS);
    assertThat(refused(r, new ClueCommand.Screen(A, T0.minusNanos(1)))).isEqualTo(ClueRefusalCode.OUT_OF_ORDER);
    assertThat(RULES.decide(new ClueCommand.Screen(A, T0), r)).isInstanceOf(Decision.Applied.class);
    assertThat(refused(r, new ClueCommand.Screen(ClueId.of("zz"), T0))).isEqualTo(ClueRefusalCode.UNKNOWN_CLUE);
  }

  @Test
  void mergesDuplicatesIntoAScreenedClueAndCountsTheirReports() {
    ClueRegister r = ClueRegister.empty();
    for (String id : List.of("a", "b", "c")) {
      r = ok(r, new ClueCommand.Collect(clue(id, ClueCategory.FITNESS, T0, "square")));
    }
    assertThat(refused(r, new ClueCommand.Merge(B, A, T0))).as("into an unscreened clue").isEqualTo(ClueRefusalCode.INVALID_MERGE);
    r = ok(r, new ClueCommand.Screen(A, T0));
    assertThat(refused(r, new ClueCommand.Merge(A, A, T0))).isEqualTo(ClueRefusalCode.INVALID_MERGE);
    r = ok(r, new ClueCommand.Merge(B, A, T0));
    r = ok(r, new ClueCommand.Merge(ClueId.of("c"), A, T0.plusSeconds(1)));
    assertThat(r.find(A).orElseThrow().reports()).isEqualTo(3);
    assertThat(r.find(B).orElseThrow().status()).isEqualTo(ClueStatus.MERGED);
    assertThat(refused(r, new ClueCommand.Merge(A, B, T0.plusSeconds(2)))).as("a clue with duplicates").isEqualTo(ClueRefusalCode.INVALID_MERGE);
    assertThat(refused(r, new ClueCommand.Screen(B, T0.plusSeconds(2)))).isEqualTo(ClueRefusalCode.WRONG_STATUS);
    assertThat(r.summary().byStatus().get(ClueStatus.MERGED)).isEqualTo(2);
  }

  @Test
  void rejectsWithAReasonAtScreeningOrAfterTheSurvey() {
    ClueRegister r = ok(ClueRegister.empty(), new ClueCommand.Collect(clue("a", ClueCategory.TRAVEL, T0, null)));
    r = ok(r, new ClueCommand.Collect(clue("b", ClueCategory.WASTE, T0, null)));
    r = ok(r, new ClueCommand.Reject(A, new ClueRejection(RejectionReason.OUT_OF_REMIT, "属供热公司管辖，已转交", T0.plusSeconds(5))));
    r = ok(r, new ClueCommand.Screen(B, T0));
    r = ok(r, new ClueCommand.Evaluate(B, new Evaluation(T0, Money.ofYuan("900000"), 40, Priority.LOW)));
    r = ok(r, new ClueCommand.Reject(B, new ClueRejection(RejectionReason.UNFEASIBLE, "造价过高，受益面小", T0.plusSeconds(9))));
    assertThat(r.find(A).orElseThrow().screenedAt()).contains(T0.plusSeconds(5));
    assertThat(r.find(B).orElseThrow().rejection().orElseThrow().reason()).isEqualTo(RejectionReason.UNFEASIBLE);
    assertThat(refused(r, new ClueCommand.Decide(B, Implementation.fundDirected(ProjectId.of("x"), T0.plusSeconds(10)))))
        .isEqualTo(ClueRefusalCode.WRONG_STATUS);
    assertThat(r.summary().byStatus().get(ClueStatus.REJECTED)).isEqualTo(2);
  }

  @Test
  void aProjectBelongsToOneClue() {
    ClueRegister r = ClueRegister.empty();
    for (String id : List.of("a", "b")) {
      r = ok(r, new ClueCommand.Collect(clue(id, ClueCategory.DAILY_LIFE, T0, null)));
      r = ok(r, new ClueCommand.Screen(ClueId.of(id), T0));
      r = ok(r, new ClueCommand.Evaluate(ClueId.of(id), new Evaluation(T0, Money.ofYuan("1000"), 10, Priority.NORMAL)));
    }
    r = ok(r, new ClueCommand.Decide(A, Implementation.claimedBy(OrganizationId.of("unit-power"), ProjectId.of("p"), T0)));
    assertThat(refused(r, new ClueCommand.Decide(B, Implementation.serviceChain(ProjectId.of("p"), T0)))).isEqualTo(ClueRefusalCode.PROJECT_TAKEN);
    assertThat(RULES.decide(new ClueCommand.Decide(B, Implementation.serviceChain(ProjectId.of("q"), T0)), r))
        .isInstanceOf(Decision.Applied.class);
  }

  @Test
  void collectingTheSameClueAgainIsANoOpAndAnotherWithItsIdIsRefused() {
    ClueRegister r = ok(ClueRegister.empty(), new ClueCommand.Collect(clue("a", ClueCategory.FITNESS, T0, null)));
    Decision<ClueEvent> again = RULES.decide(new ClueCommand.Collect(clue("a", ClueCategory.FITNESS, T0, null)), r);
    assertThat(again).isEqualTo(Decision.unchanged(List.of(new ClueEvent.Collected(clue("a", ClueCategory.FITNESS, T0, null)))));
    assertThat(refused(r, new ClueCommand.Collect(clue("a", ClueCategory.WASTE, T0, null)))).isEqualTo(ClueRefusalCode.CONFLICTING_ID);
  }

  @Test
  void theReportersMobileIsMaskedAndTheSummaryLeftOut() {
    IssueClue c = IssueClue.builder().id(ClueId.of("a")).category(ClueCategory.FITNESS).grid(GridId.of("xuemeili"))
        .reportedAt(T0).source(ClueSource.RESIDENT).contactMobile("13912345678").summary("王大妈反映广场没有灯").build();
    assertThat(c.toString()).contains("contactMobile=139****5678").doesNotContain("13912345678", "王大妈");
    assertThat(ClueCase.collected(c).toString()).doesNotContain("13912345678", "王大妈");
    assertThat(c.contactMobile()).contains("13912345678");
    assertThatThrownBy(() -> IssueClue.builder().id(ClueId.of("a")).category(ClueCategory.FITNESS).grid(GridId.of("x"))
        .reportedAt(T0).source(ClueSource.RESIDENT).contactMobile("1391234567x").summary("s").build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("139****567x").hasMessageNotContaining("1391234567x");
  }

  @Test
  void aClaimNamesItsUnitAndOnlyAClaimDoes() {
    assertThatThrownBy(() -> new Implementation(ImplementationMode.FUND_DIRECTED_PROJECT, ProjectId.of("p"),
        Optional.of(OrganizationId.of("u")), T0)).isInstanceOf(DomainValidationException.class).hasMessageContaining("claimant");
    assertThatThrownBy(() -> new Implementation(ImplementationMode.CO_BUILDING_CLAIM, ProjectId.of("p"), Optional.empty(), T0))
        .isInstanceOf(DomainValidationException.class);
  }
}
