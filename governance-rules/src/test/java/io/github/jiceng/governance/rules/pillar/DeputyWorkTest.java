package io.github.jiceng.governance.rules.pillar;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.DEPUTY;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G2;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.TIEBEI;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.XUEMEILI;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.YEAR;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.ProjectId;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** A deputy's contacts, grids reached, problems carried and the projects those became. */
final class DeputyWorkTest {

  @Test
  void aDeputysWorkCountsTheContactsOfThePeriodAndFollowsCarriedCluesToTheirProjects() {
    PillarRecords r = PillarScorecardTest.records();
    SortedMap<PersonId, DeputyWork> work = DeputyWork.of(PillarScorecardTest.TERRITORY, PillarScorecardTest.roster(),
        r.contacts(), r.clues(), YEAR, ZONE);
    assertThat(work.keySet()).containsExactly(DEPUTY, PillarScorecardTest.TIEBEI_DEPUTY);
    DeputyWork w = work.get(DEPUTY);
    assertThat(w.kinds()).containsExactly(DeputyKind.PEOPLES_CONGRESS_DEPUTY);
    assertThat(w.linked()).containsExactly(G1);
    assertThat(w.contacts()).as("the contact on the next year's first day is left out").isEqualTo(3);
    assertThat(w.residentsMet()).isEqualTo(47);
    assertThat(w.reached()).containsExactly(G2, TIEBEI, XUEMEILI);
    assertThat(w.outsideLinked()).as("a compound below the linked grid is inside it").isEqualTo(2);
    assertThat(w.clues()).containsExactly(ClueId.of("CL1"), ClueId.of("CL2"), ClueId.of("CL3"));
    assertThat(w.proposals()).containsExactly(ProposalId.of("TA1"));
    assertThat(w.problems()).isEqualTo(4);
    assertThat(w.projects()).containsExactly(ProjectId.of("P3"), ProjectId.of("P4"), ProjectId.of("P5"));
    DeputyWork idle = work.get(PillarScorecardTest.TIEBEI_DEPUTY);
    assertThat(idle.kinds()).containsExactly(DeputyKind.CPPCC_MEMBER);
    assertThat(idle.contacts()).isZero();
    assertThat(idle.projects()).isEmpty();
  }

  @Test
  void aClueNotYetDecidedBecameNoProject() {
    PillarRecords r = PillarScorecardTest.records();
    SortedMap<PersonId, DeputyWork> work = DeputyWork.of(PillarScorecardTest.TERRITORY, PillarScorecardTest.roster(),
        r.contacts(), java.util.List.of(PillarWorld.clue("CL1"), PillarWorld.mergedClue("CL2", "CL4")), YEAR, ZONE);
    assertThat(work.get(DEPUTY).clues()).hasSize(3);
    assertThat(work.get(DEPUTY).projects()).isEmpty();
  }
}
