package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.proposal.DeadlineStatus;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalDesk;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRefusalCode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpenProposalsTest {

  private final StoredRule<ProposalCommand, ProposalCase, ProposalEvent> rule =
      StoredRule.of("proposal", ProposalWalks.RULES, StoreCodecs.proposalEvents())
          .withRefusalCodes(ProposalRefusalCode.class)
          .withProjection(OpenProposals.of(ProposalWalks.RULES));

  private StoreFixture fixture;
  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void openStore() {
    fixture = StoreFixture.open("open_proposals", rule);
    database = fixture.database;
    store = fixture.store;
  }

  @AfterEach
  void dropSchema() {
    fixture.close();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRowEqualsTheReplayedRecordARefusalChangesNoRowAndARebuildGivesIdenticalRows(long seed) throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    Map<ProposalId, Instant> clocks = new TreeMap<>();
    Map<String, ProposalCommand> sent = new TreeMap<>();
    int refusals = 0;
    int duplicates = 0;
    for (int i = 0; i < 320; i++) {
      String key = "k-" + i;
      if (clocks.isEmpty() || random.nextInt(10) == 0) {
        ProposalId id = ProposalId.of("ta-" + seed + "-" + clocks.size());
        Instant at = ProposalWalks.T0.plus(Duration.ofHours(random.nextInt(24 * 20)));
        clocks.put(id, at);
        Proposal proposal = ProposalWalks.proposal(random, id.value(), at);
        sent.put(key, new ProposalCommand.Receive(proposal));
        assertThat(store.handle(rule, id.value(), key, sent.get(key))).as("seed %s", seed).isInstanceOf(Decision.Applied.class);
        continue;
      }
      if (random.nextInt(15) == 0) {
        String again = new ArrayList<>(sent.keySet()).get(random.nextInt(sent.size()));
        List<String> before = rows();
        store.handle(rule, sent.get(again).proposalId().value(), again, sent.get(again));
        assertThat(rows()).as("seed %s: command %s sent again", seed, again).isEqualTo(before);
        duplicates++;
        continue;
      }
      List<ProposalId> ids = new ArrayList<>(clocks.keySet());
      ProposalId id = ids.get(random.nextInt(ids.size()));
      Instant now = ProposalWalks.later(random, clocks.get(id));
      clocks.put(id, now);
      ProposalRecord record = store.load(rule, id.value()).state().recordIfAny().orElseThrow();
      ProposalCommand command = ProposalWalks.next(random, record, now);
      sent.put(key, command);
      List<String> before = rows();
      Decision<ProposalEvent> decision = store.handle(rule, id.value(), key, command);
      if (decision instanceof Decision.Refused) {
        assertThat(rows()).as("seed %s: refused %s", seed, decision).isEqualTo(before);
        refusals++;
      }
      ProposalRecord after = store.replay(rule, id.value()).state().recordIfAny().orElseThrow();
      assertThat(OpenProposals.proposal(database, id)).as("seed %s, command %s", seed, key).isEqualTo(expectedRow(after));
    }

    List<OpenProposals.Row> expected = new ArrayList<>();
    Set<ProposalState> states = EnumSet.noneOf(ProposalState.class);
    List<ProposalRecord> records = new ArrayList<>();
    for (String stream : store.streams(rule)) {
      ProposalRecord r = store.replay(rule, stream).state().recordIfAny().orElseThrow();
      records.add(r);
      states.add(r.state());
      expectedRow(r).ifPresent(expected::add);
      assertThat(OpenProposals.proposal(database, r.id())).as("seed %s, proposal %s", seed, r.id()).isEqualTo(expectedRow(r));
    }
    List<OpenProposals.Row> listed = new ArrayList<>();
    for (GridId grid : ProposalWalks.STREET.nodes().stream().map(n -> n.id()).toList()) {
      List<OpenProposals.Row> handled = OpenProposals.handledBy(database, grid);
      assertThat(handled).as("seed %s, grid %s", seed, grid).allMatch(row -> row.handlingGrid().equals(grid))
          .isSortedAccordingTo(Comparator.comparing(row -> row.proposal().value()));
      listed.addAll(handled);
    }
    listed.sort(Comparator.comparing(row -> row.proposal().value()));
    assertThat(listed).as("seed %s: the open proposals of every grid node", seed).isEqualTo(expected);
    assertThat(states).as("seed %s: the walks reach closed or rejected and open states", seed)
        .containsAnyOf(ProposalState.CLOSED, ProposalState.REJECTED).hasSizeGreaterThan(3);
    assertThat(refusals).as("seed %s", seed).isPositive();
    assertThat(duplicates).as("seed %s", seed).isPositive();

    for (int probe = 0; probe < 12; probe++) {
      Instant at = ProposalWalks.T0.plus(Duration.ofHours(random.nextInt(24 * 60)));
      checkQueriesAt(seed, records, at);
    }
    for (OpenProposals.Row row : expected) {
      if (row.nextEscalation().isPresent()) {
        checkQueriesAt(seed, records, row.nextEscalation().get());
        checkQueriesAt(seed, records, row.nextEscalation().get().minusNanos(1));
      }
      if (row.deadline().isPresent()) {
        checkQueriesAt(seed, records, row.deadline().get().minusNanos(1));
      }
    }

    List<String> live = rows();
    store.rebuild(rule);
    assertThat(rows()).as("seed %s: rebuilt rows", seed).isNotEmpty().isEqualTo(live);
  }

  /** The overdue and due queries at the instant against what the desk and the rules say there. */
  private void checkQueriesAt(long seed, List<ProposalRecord> records, Instant at) {
    List<String> overdue = new ArrayList<>();
    List<String> due = new ArrayList<>();
    for (ProposalRecord r : records) {
      if (r.state().isFinal()) {
        continue;
      }
      if (ProposalDesk.assess(r, ProposalWalks.STREET, ProposalWalks.POLICY, at) instanceof DeadlineStatus.Overdue) {
        overdue.add(r.id().value());
      }
      if (!at.isBefore(r.lastEventAt()) && ProposalWalks.RULES.decide(new ProposalCommand.Escalate(r.id(), at),
          ProposalCase.of(r)) instanceof Decision.Applied) {
        due.add(r.id().value());
      }
    }
    List<OpenProposals.Row> overdueRows = OpenProposals.overdue(database, at);
    List<OpenProposals.Row> dueRows = OpenProposals.dueForEscalation(database, at);
    assertThat(overdueRows.stream().map(row -> row.proposal().value()).sorted().toList()).as("seed %s: overdue at %s", seed, at)
        .isEqualTo(overdue.stream().sorted().toList());
    assertThat(dueRows.stream().map(row -> row.proposal().value()).sorted().toList())
        .as("seed %s: due for escalation at %s", seed, at).isEqualTo(due.stream().sorted().toList());
    assertThat(overdueRows).isSortedAccordingTo(Comparator.comparing((OpenProposals.Row row) -> row.deadline().orElseThrow())
        .thenComparing(row -> row.proposal().value()));
  }

  /** What the replayed record says the row is: none for a closed or rejected proposal. */
  private static Optional<OpenProposals.Row> expectedRow(ProposalRecord r) {
    if (r.state().isFinal()) {
      return Optional.empty();
    }
    DeadlineStatus status = ProposalDesk.assess(r, ProposalWalks.STREET, ProposalWalks.POLICY, r.lastEventAt());
    Optional<Instant> deadline = status instanceof DeadlineStatus.OnTime onTime ? Optional.of(onTime.deadline())
        : status instanceof DeadlineStatus.Overdue overdue ? Optional.of(overdue.deadline()) : Optional.empty();
    int above = ProposalWalks.STREET.ancestors(r.stateEntry().grid()).size();
    Optional<Instant> next = deadline.isPresent() && above > r.escalationsInState()
        ? Optional.of(deadline.get().plus(ProposalWalks.POLICY.escalationInterval().multipliedBy(r.escalationsInState())))
        : Optional.empty();
    int escalations = (int) r.events().stream()
        .filter(e -> e.kind() == io.github.jiceng.governance.model.proposal.ProposalEvent.Kind.ESCALATED).count();
    return Optional.of(new OpenProposals.Row(r.id(), r.proposal().grid(), r.proposal().submittedAt(), r.state(),
        r.stateSince(), r.handlingGrid(), Optional.of(ProposalWalks.STREET.level(r.handlingGrid()).key()), r.assignee(),
        deadline, next, escalations, r.escalationsInState(), r.reopens()));
  }

  @Test
  void aProposalMovesUpWhenEscalatedIsOverdueFromItsDeadlineOnAndLeavesTheTableWhenClosed() {
    Instant t0 = Instant.parse("2023-03-01T01:00:00Z");
    Proposal proposal = Proposal.builder().id(ProposalId.of("ta-walk")).title("路灯不亮").content("东门晚上太黑")
        .grid(GridId.of("nanyuan-g1-h7")).submittedAt(t0)
        .submission(new Submission.Direct(PersonId.of("p-resident"))).build();
    ProposalId id = proposal.id();
    handle("r", new ProposalCommand.Receive(proposal));

    OpenProposals.Row received = OpenProposals.proposal(database, id).orElseThrow();
    Instant deadline = t0.plus(Duration.ofDays(1));
    assertThat(received.deadline()).contains(deadline);
    assertThat(received.nextEscalation()).contains(deadline);
    assertThat(received.level()).contains("HOUSEHOLD");
    assertThat(OpenProposals.overdue(database, deadline.minusNanos(1))).isEmpty();
    assertThat(OpenProposals.overdue(database, deadline)).containsExactly(received);
    assertThat(OpenProposals.handledBy(database, GridId.of("nanyuan-g1-h7"))).containsExactly(received);

    Instant late = deadline.plus(Duration.ofDays(2));
    handle("e", new ProposalCommand.Escalate(id, late));
    OpenProposals.Row escalated = OpenProposals.proposal(database, id).orElseThrow();
    assertThat(escalated.handlingGrid()).isEqualTo(GridId.of("nanyuan"));
    assertThat(escalated.level()).contains("COMMUNITY");
    assertThat(escalated.escalations()).isEqualTo(2);
    assertThat(escalated.nextEscalation()).contains(deadline.plus(Duration.ofDays(4)));
    assertThat(OpenProposals.handledBy(database, GridId.of("nanyuan-g1-h7"))).isEmpty();
    assertThat(OpenProposals.handledBy(database, GridId.of("nanyuan"))).containsExactly(escalated);
    assertThat(OpenProposals.dueForEscalation(database, late)).isEmpty();

    Instant accepted = late.plus(Duration.ofHours(1));
    handle("a", new ProposalCommand.Accept(id, ProposalWalks.CLERK, accepted));
    OpenProposals.Row moved = OpenProposals.proposal(database, id).orElseThrow();
    assertThat(moved.state()).isEqualTo(ProposalState.ACCEPTED);
    assertThat(moved.escalationsInState()).isZero();
    assertThat(moved.escalations()).isEqualTo(2);
    assertThat(moved.deadline()).contains(accepted.plus(Duration.ofDays(2)));
    assertThat(moved.handlingGrid()).isEqualTo(GridId.of("nanyuan"));

    handle("s", new ProposalCommand.Assign(id, OrganizationId.of("unit-lighting"), ProposalWalks.CLERK, accepted));
    assertThat(OpenProposals.proposal(database, id).orElseThrow().deadline()).as("assigned has no deadline here").isEmpty();
    assertThat(OpenProposals.proposal(database, id).orElseThrow().assignee()).contains(OrganizationId.of("unit-lighting"));
    handle("w", new ProposalCommand.Start(id, OrganizationId.of("unit-lighting"), accepted));
    handle("n", new ProposalCommand.Answer(id, new Answer("已更换灯泡", ProposalWalks.CLERK, accepted)));
    handle("d", new ProposalCommand.Rate(id, Satisfaction.DISSATISFIED, accepted.plusSeconds(60)));
    OpenProposals.Row reopened = OpenProposals.proposal(database, id).orElseThrow();
    assertThat(reopened.state()).isEqualTo(ProposalState.IN_PROGRESS);
    assertThat(reopened.reopens()).isEqualTo(1);
    handle("n2", new ProposalCommand.Answer(id, new Answer("已加装路灯", ProposalWalks.CLERK, accepted.plusSeconds(120))));
    handle("ok", new ProposalCommand.Rate(id, Satisfaction.SATISFIED, accepted.plusSeconds(180)));

    assertThat(OpenProposals.proposal(database, id)).isEmpty();
    assertThat(OpenProposals.handledBy(database, GridId.of("nanyuan"))).isEmpty();
  }

  private void handle(String key, ProposalCommand command) {
    assertThat(store.handle(rule, command.proposalId().value(), key, command)).as(key).isInstanceOf(Decision.Applied.class);
  }

  private List<String> rows() throws SQLException {
    return fixture.rows("SELECT proposal, grid, submitted_at, state, since, state_grid, handling_grid, handling_level, "
        + "assignee_kind, assignee, deadline_second, deadline_nano, escalation_second, escalation_nano, escalations, "
        + "escalations_in_state, reopens FROM gov_open_proposal ORDER BY proposal");
  }
}
