package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The open proposals as a read model (未办结提案读模型): one row per proposal that is neither closed
 * nor rejected, with the grid node it concerns, the node handling it now and that node's level,
 * its state and since when, its assignee, the deadline of its state, when its next escalation
 * falls due, and how often it was escalated and reopened — kept in the transaction that appends
 * the proposal's events. A proposal that closes or is rejected leaves the table. Each row equals
 * what {@code ProposalRules} replays from the proposal's stream, without replaying it.
 *
 * <p>Proposal events name no deadline and no level, so the read model is given the rules the host
 * runs (their handling policy and grid hierarchy): the deadline of a state is its entry plus the
 * policy's time for it, as {@code ProposalDesk.assess} counts it; level k of escalation falls due
 * at the deadline plus k − 1 escalation intervals, while the hierarchy has a k-th node above the
 * node that handled the proposal when it entered its state. A rebuild recomputes both with the
 * rules it is given, so a host that changes its policy rebuilds the read model.
 *
 * <p>Table {@code gov_open_proposal (proposal, grid, submitted_at, state, since, state_grid,
 * handling_grid, handling_level, assignee_kind, assignee, deadline_second, deadline_nano,
 * escalation_second, escalation_nano, escalations, escalations_in_state, reopens)}, one row per
 * proposal id (streams are one per proposal, ADR 0027); {@code submitted_at} and {@code since} as
 * ISO-8601 text in UTC, the deadline and the next escalation as seconds of the epoch and
 * nanoseconds, so that the database compares them exactly.
 *
 * <pre>{@code
 * ProposalRules rules = ProposalRules.of(hierarchy, HandlingPolicy.streetDefault());
 * StoredRule<ProposalCommand, ProposalCase, ProposalEvent> proposals =
 *     StoredRule.of("proposal", rules, StoreCodecs.proposalEvents())
 *         .withRefusalCodes(ProposalRefusalCode.class)
 *         .withProjection(OpenProposals.of(rules));
 * store.prepare(proposals);
 * store.handle(proposals, "ta-0012", "ta-0012/receive", new ProposalCommand.Receive(proposal));
 * OpenProposals.handledBy(dataSource, GridId.of("xuemeili"));          // what the community must act on
 * OpenProposals.dueForEscalation(dataSource, Instant.parse("2023-03-05T00:00:00Z"));   // to escalate now
 * }</pre>
 */
public final class OpenProposals implements Projection<ProposalEvent> {

  private static final String COLUMNS = "SELECT proposal, grid, submitted_at, state, since, state_grid, handling_grid, "
      + "handling_level, assignee_kind, assignee, deadline_second, deadline_nano, escalation_second, escalation_nano, "
      + "escalations, escalations_in_state, reopens FROM gov_open_proposal";

  /** Rows by proposal id, as text, whatever the database's collation. */
  private static final Comparator<Row> BY_ID = Comparator.comparing((Row r) -> r.proposal().value());

  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";

  private final GridHierarchy hierarchy;
  private final HandlingPolicy policy;

  private OpenProposals(GridHierarchy hierarchy, HandlingPolicy policy) {
    this.hierarchy = hierarchy;
    this.policy = policy;
  }

  /**
   * Returns the read model of open proposals for the rules the host runs: their handling policy
   * gives the deadlines and the escalation interval, their grid hierarchy the levels and how far
   * up a proposal can go.
   *
   * @param rules the proposal rules registered with the store
   * @return the read model
   */
  public static OpenProposals of(ProposalRules rules) {
    requireNonNull(rules, "rules");
    return new OpenProposals(rules.hierarchy(), rules.policy());
  }

  /**
   * One open proposal: where it is, where it stands, and when it falls due.
   *
   * @param proposal the proposal's id
   * @param grid the grid node it concerns (where it was submitted)
   * @param submittedAt when it was submitted
   * @param state its handling state, never closed or rejected
   * @param since when it entered that state, or was referred up since; its deadline counts from here
   * @param handlingGrid the grid node handling it now, further up after each escalation or referral
   * @param level the key of that node's level in the hierarchy, or empty if the hierarchy does not
   *     hold the node
   * @param assignee the unit or person it was assigned to, if assigned
   * @param deadline the first instant at which it is overdue in its state, or empty if the state
   *     has no deadline (an answer waiting for its rating, a state the policy sets no time for)
   * @param nextEscalation when its next level of escalation falls due, or empty if its state has
   *     no deadline or no node is left above it
   * @param escalations how many levels it was escalated (by time, not by referral) since it was
   *     received
   * @param escalationsInState how many of them since {@code since}
   * @param reopens how often a dissatisfied rating reopened it
   */
  public record Row(ProposalId proposal, GridId grid, Instant submittedAt, ProposalState state, Instant since,
      GridId handlingGrid, Optional<String> level, Optional<ActorId> assignee, Optional<Instant> deadline,
      Optional<Instant> nextEscalation, int escalations, int escalationsInState, int reopens) {

    /** Checks the parts are present. */
    public Row {
      requireNonNull(proposal, "proposal");
      requireNonNull(grid, "grid");
      requireNonNull(submittedAt, "submittedAt");
      requireNonNull(state, "state");
      requireNonNull(since, "since");
      requireNonNull(handlingGrid, "handlingGrid");
      requireNonNull(level, "level");
      requireNonNull(assignee, "assignee");
      requireNonNull(deadline, "deadline");
      requireNonNull(nextEscalation, "nextEscalation");
    }
  }

  /** A row as kept, with the grid node its state's escalations count from. */
  private record Held(Row row, GridId stateGrid) {}

  @Override
  public String name() {
    return "gov_open_proposal";
  }

  @Override
  public void createTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS gov_open_proposal (proposal VARCHAR(200) NOT NULL, "
          + "grid VARCHAR(200) NOT NULL, submitted_at VARCHAR(40) NOT NULL, state VARCHAR(20) NOT NULL, "
          + "since VARCHAR(40) NOT NULL, state_grid VARCHAR(200) NOT NULL, handling_grid VARCHAR(200) NOT NULL, "
          + "handling_level VARCHAR(64), assignee_kind VARCHAR(12), assignee VARCHAR(200), deadline_second BIGINT, "
          + "deadline_nano INTEGER, escalation_second BIGINT, escalation_nano INTEGER, escalations INTEGER NOT NULL, "
          + "escalations_in_state INTEGER NOT NULL, reopens INTEGER NOT NULL, "
          + "CONSTRAINT gov_open_proposal_pk PRIMARY KEY (proposal), "
          + "CONSTRAINT gov_open_proposal_handling UNIQUE (handling_grid, proposal), "
          + "CONSTRAINT gov_open_proposal_deadline UNIQUE (deadline_second, deadline_nano, proposal), "
          + "CONSTRAINT gov_open_proposal_escalation UNIQUE (escalation_second, escalation_nano, proposal))");
    }
  }

  @Override
  public void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM gov_open_proposal");
    }
  }

  /**
   * Applies each event as {@code ProposalRules} evolves the proposal's record: a receipt inserts
   * the row, a move sets the state, its entry and its deadline, an escalation moves the handling
   * node up, a referral moves it up and restarts the state's deadline there, and a close, a
   * rejection or a rating that does not reopen deletes the row.
   */
  @Override
  public void apply(Connection connection, List<StoredEvent<ProposalEvent>> events) throws SQLException {
    for (StoredEvent<ProposalEvent> stored : events) {
      ProposalEvent event = stored.event();
      if (event instanceof ProposalEvent.Received received) {
        GridId grid = received.proposal().grid();
        insert(connection, timed(new Row(received.proposalId(), grid, received.at(), ProposalState.RECEIVED,
            received.at(), grid, level(grid), Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 0), grid));
        continue;
      }
      Held held = find(connection, event.proposalId()).orElseThrow(() -> new IllegalStateException(
          "The open proposals have no row for proposal " + event.proposalId() + " to apply "
              + event.getClass().getSimpleName() + " to"));
      Row r = held.row();
      if (event instanceof ProposalEvent.Closed || event instanceof ProposalEvent.Rejected
          || event instanceof ProposalEvent.Rated rated && !rated.reopened()) {
        delete(connection, r.proposal());
      } else if (event instanceof ProposalEvent.Escalated escalated) {
        update(connection, timed(new Row(r.proposal(), r.grid(), r.submittedAt(), r.state(), r.since(), escalated.to(),
            level(escalated.to()), r.assignee(), r.deadline(), r.nextEscalation(), r.escalations() + 1,
            r.escalationsInState() + 1, r.reopens()), held.stateGrid()));
      } else if (event instanceof ProposalEvent.Referred referred) {
        // the level above takes it over with the state's full time: the deadline counts from here
        update(connection, timed(new Row(r.proposal(), r.grid(), r.submittedAt(), r.state(), referred.at(),
            referred.to(), level(referred.to()), r.assignee(), Optional.empty(), Optional.empty(), r.escalations(), 0,
            r.reopens()), referred.to()));
      } else {
        Optional<ActorId> assignee = event instanceof ProposalEvent.Assigned assigned ? Optional.of(assigned.assignee())
            : r.assignee();
        int reopens = event instanceof ProposalEvent.Rated ? r.reopens() + 1 : r.reopens();
        update(connection, timed(new Row(r.proposal(), r.grid(), r.submittedAt(), stateAfter(event), event.at(),
            r.handlingGrid(), r.level(), assignee, Optional.empty(), Optional.empty(), r.escalations(), 0, reopens),
            r.handlingGrid()));
      }
    }
  }

  /** The state a move leaves the proposal in; a rating that reaches here reopened it. */
  private static ProposalState stateAfter(ProposalEvent event) {
    if (event instanceof ProposalEvent.Accepted) {
      return ProposalState.ACCEPTED;
    } else if (event instanceof ProposalEvent.Assigned) {
      return ProposalState.ASSIGNED;
    } else if (event instanceof ProposalEvent.Answered) {
      return ProposalState.ANSWERED;
    }
    return ProposalState.IN_PROGRESS;
  }

  /** The row with its deadline and next escalation computed from its state, entry and escalations. */
  private Held timed(Row r, GridId stateGrid) {
    Optional<Instant> deadline = policy.deadline(r.state()).map(r.since()::plus);
    Optional<Instant> next = Optional.empty();
    if (deadline.isPresent() && hierarchy.contains(stateGrid)
        && hierarchy.ancestors(stateGrid).size() > r.escalationsInState()) {
      Duration wait = policy.escalationInterval().multipliedBy(r.escalationsInState());
      next = Optional.of(deadline.get().plus(wait));
    }
    return new Held(new Row(r.proposal(), r.grid(), r.submittedAt(), r.state(), r.since(), r.handlingGrid(), r.level(),
        r.assignee(), deadline, next, r.escalations(), r.escalationsInState(), r.reopens()), stateGrid);
  }

  private Optional<String> level(GridId grid) {
    return hierarchy.contains(grid) ? Optional.of(hierarchy.level(grid).key()) : Optional.empty();
  }

  private static void insert(Connection connection, Held held) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_open_proposal (grid, submitted_at, "
        + "state, since, state_grid, handling_grid, handling_level, assignee_kind, assignee, deadline_second, "
        + "deadline_nano, escalation_second, escalation_nano, escalations, escalations_in_state, reopens, proposal) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(insert, held);
      insert.executeUpdate();
    }
  }

  private static void update(Connection connection, Held held) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE gov_open_proposal SET grid = ?, "
        + "submitted_at = ?, state = ?, since = ?, state_grid = ?, handling_grid = ?, handling_level = ?, "
        + "assignee_kind = ?, assignee = ?, deadline_second = ?, deadline_nano = ?, escalation_second = ?, "
        + "escalation_nano = ?, escalations = ?, escalations_in_state = ?, reopens = ? WHERE proposal = ?")) {
      bind(update, held);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("The open proposals lost their row for proposal " + held.row().proposal());
      }
    }
  }

  private static void delete(Connection connection, ProposalId proposal) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM gov_open_proposal WHERE proposal = ?")) {
      delete.setString(1, proposal.value());
      if (delete.executeUpdate() != 1) {
        throw new IllegalStateException("The open proposals lost their row for proposal " + proposal);
      }
    }
  }

  /** Binds every column but the proposal, then the proposal, in the order of insert and update. */
  private static void bind(PreparedStatement statement, Held held) throws SQLException {
    Row r = held.row();
    int i = 1;
    statement.setString(i++, r.grid().value());
    statement.setString(i++, r.submittedAt().toString());
    statement.setString(i++, r.state().name());
    statement.setString(i++, r.since().toString());
    statement.setString(i++, held.stateGrid().value());
    statement.setString(i++, r.handlingGrid().value());
    setText(statement, i++, r.level());
    setText(statement, i++, r.assignee().map(a -> a.isOrganization() ? ORGANIZATION : PERSON));
    setText(statement, i++, r.assignee().map(ActorId::value));
    i = setInstant(statement, i, r.deadline());
    i = setInstant(statement, i, r.nextEscalation());
    statement.setInt(i++, r.escalations());
    statement.setInt(i++, r.escalationsInState());
    statement.setInt(i++, r.reopens());
    statement.setString(i, r.proposal().value());
  }

  private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  private static int setInstant(PreparedStatement statement, int index, Optional<Instant> value) throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.get().getEpochSecond());
      statement.setInt(index + 1, value.get().getNano());
    } else {
      statement.setNull(index, Types.BIGINT);
      statement.setNull(index + 1, Types.INTEGER);
    }
    return index + 2;
  }

  private static Optional<Held> find(Connection connection, ProposalId proposal) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(COLUMNS + " WHERE proposal = ?")) {
      query.setString(1, proposal.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  private static Held read(ResultSet rows) throws SQLException {
    String assigneeKind = rows.getString(9);
    Optional<ActorId> assignee = assigneeKind == null ? Optional.empty()
        : Optional.of(assigneeKind.equals(ORGANIZATION) ? OrganizationId.of(rows.getString(10))
            : PersonId.of(rows.getString(10)));
    Row row = new Row(ProposalId.of(rows.getString(1)), GridId.of(rows.getString(2)), Instant.parse(rows.getString(3)),
        ProposalState.valueOf(rows.getString(4)), Instant.parse(rows.getString(5)), GridId.of(rows.getString(7)),
        Optional.ofNullable(rows.getString(8)), assignee, instant(rows, 11), instant(rows, 13), rows.getInt(15),
        rows.getInt(16), rows.getInt(17));
    return new Held(row, GridId.of(rows.getString(6)));
  }

  private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
    long second = rows.getLong(column);
    if (rows.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(second, rows.getInt(column + 1)));
  }

  /**
   * Reads one proposal's row, if it is open.
   *
   * @param dataSource the store's database
   * @param proposal the proposal
   * @return its row, or empty if it was never received or is closed or rejected
   * @throws StoreException if the database fails
   */
  public static Optional<Row> proposal(DataSource dataSource, ProposalId proposal) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(proposal, "proposal");
    try (Connection connection = dataSource.getConnection()) {
      return find(connection, proposal).map(Held::row);
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_OPEN_PROPOSAL, e, proposal.value());
    }
  }

  /**
   * Reads the open proposals a grid node handles now (its own, and those escalated to it), by
   * proposal id.
   *
   * @param dataSource the store's database
   * @param grid the grid node
   * @return its open proposals; empty for a node that handles none
   * @throws StoreException if the database fails
   */
  public static List<Row> handledBy(DataSource dataSource, GridId grid) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(grid, "grid");
    try {
      return query(dataSource, COLUMNS + " WHERE handling_grid = ?", grid.value(), BY_ID);
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_OPEN_PROPOSALS, e, grid.value());
    }
  }

  /**
   * Reads the open proposals past their state's deadline at an instant the caller gives (overdue
   * at the deadline itself, as {@code ProposalDesk.assess} says), by deadline and then proposal id.
   *
   * @param dataSource the store's database
   * @param at the instant
   * @return the overdue proposals, escalated or not
   * @throws StoreException if the database fails
   */
  public static List<Row> overdue(DataSource dataSource, Instant at) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(at, "at");
    try {
      return query(dataSource, COLUMNS + " WHERE deadline_second < ? OR (deadline_second = ? AND deadline_nano <= ?)", at,
          Comparator.comparing((Row r) -> r.deadline().orElseThrow()).thenComparing(BY_ID));
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_OVERDUE_PROPOSALS, e, at.toString());
    }
  }

  /**
   * Reads the open proposals whose next level of escalation has fallen due at an instant the
   * caller gives: exactly those for which {@code ProposalCommand.Escalate} at that instant records
   * an escalation. By the instant it fell due, then proposal id.
   *
   * @param dataSource the store's database
   * @param at the instant
   * @return the proposals to escalate
   * @throws StoreException if the database fails
   */
  public static List<Row> dueForEscalation(DataSource dataSource, Instant at) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(at, "at");
    try {
      return query(dataSource, COLUMNS + " WHERE escalation_second < ? OR (escalation_second = ? AND escalation_nano <= ?)",
          at, Comparator.comparing((Row r) -> r.nextEscalation().orElseThrow()).thenComparing(BY_ID));
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_OVERDUE_PROPOSALS, e, at.toString());
    }
  }

  private static List<Row> query(DataSource dataSource, String sql, Object parameter, Comparator<Row> order)
      throws SQLException {
    List<Row> out = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
      if (parameter instanceof Instant at) {
        query.setLong(1, at.getEpochSecond());
        query.setLong(2, at.getEpochSecond());
        query.setInt(3, at.getNano());
      } else {
        query.setString(1, (String) parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.add(read(rows).row());
        }
      }
    }
    out.sort(order);
    return Collections.unmodifiableList(out);
  }
}
