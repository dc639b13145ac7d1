package io.github.jiceng.governance.model.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class ClueCaseTest {

  private static final Instant T = Instant.parse("2021-06-20T00:00:00Z");

  private static ClueCase collected(String id) {
    return ClueCase.collected(IssueClue.builder().id(ClueId.of(id)).category(ClueCategory.WASTE).grid(GridId.of("g"))
        .reportedAt(T).source(ClueSource.GRID_WORKER).summary("垃圾桶满溢").build());
  }

  @Test
  void theStatusFollowsFromTheDecisionsPresent() {
    ClueCase c = collected("a");
    assertThat(c.status()).isEqualTo(ClueStatus.COLLECTED);
    c = c.screened(T);
    assertThat(c.status()).isEqualTo(ClueStatus.SCREENED);
    c = c.evaluated(new Evaluation(T, Money.ZERO, 10, Priority.LOW));
    assertThat(c.status()).isEqualTo(ClueStatus.EVALUATED);
    c = c.decided(Implementation.serviceChain(ProjectId.of("p"), T.plusSeconds(1)));
    assertThat(c.status()).isEqualTo(ClueStatus.DECIDED);
    assertThat(c.lastChangedAt()).isEqualTo(T.plusSeconds(1));
    c = c.started(T.plusSeconds(2)).completed(new Completion(T.plusSeconds(3), 9));
    assertThat(c.status()).isEqualTo(ClueStatus.COMPLETED);
    assertThat(c.status().isFinal()).isTrue();
    assertThat(collected("b").merged(ClueId.of("a"), T).status()).isEqualTo(ClueStatus.MERGED);
    assertThat(collected("b").withDuplicate(ClueId.of("c")).withDuplicate(ClueId.of("d")).reports()).isEqualTo(3);
  }

  @Test
  void refusesInconsistentCases() {
    assertThatThrownBy(() -> collected("a").evaluated(new Evaluation(T, Money.ZERO, 1, Priority.LOW)))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("screened-first");
    assertThatThrownBy(() -> collected("a").screened(T).decided(Implementation.serviceChain(ProjectId.of("p"), T)))
        .hasMessageContaining("evaluated-not-rejected");
    assertThatThrownBy(() -> collected("a").merged(ClueId.of("a"), T)).hasMessageContaining("not-into-itself");
    assertThatThrownBy(() -> collected("a").withDuplicate(ClueId.of("b")).merged(ClueId.of("c"), T))
        .hasMessageContaining("merged-is-final");
    assertThatThrownBy(() -> collected("a").withDuplicate(ClueId.of("b")).withDuplicate(ClueId.of("b")))
        .hasMessageContaining("duplicates-distinct");
    assertThatThrownBy(() -> new Evaluation(T, Money.ofFen(-1), 1, Priority.LOW)).hasMessageContaining("cost-not-negative");
    assertThatThrownBy(() -> ClueCategory.of("fitness")).hasMessageContaining("key-form");
  }
}
