package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The demand list of the five lists as a read model (需求清单读模型): one row per demand with its
 * community, when it was submitted, and where its lifecycle left it — state, since when, and the
 * links to the other lists (the project it was grouped into, the channel and claimant holding it,
 * the last service record, the last outcome and rating) — kept in the transaction that appends
 * the demand's events. Each row's status equals the {@code DemandStatus} of the demand's replayed
 * stream under {@code DemandRules}, without replaying it.
 *
 * <p>A demand event names no grid, so the host says which community each demand belongs to: a
 * function asked once per demand, when its submit event is applied (and again by a rebuild), that
 * must answer the same for a demand for good — typically the community holding the grid of the
 * demand on the host's demand list.
 *
 * <p>Table {@code gov_demand (demand, community, submitted_at, state, since, project, channel,
 * claimant, service, outcome, rating, reopened, events)}, one row per demand id (streams are one
 * per demand, ADR 0027); instants as ISO-8601 text in UTC.
 *
 * <pre>{@code
 * StoredRule<DemandCommand, DemandCase, DemandEvent> demands =
 *     StoredRule.of("demand", DemandRules.standard(), StoreCodecs.demandEvents())
 *         .withRefusalCodes(DemandRefusalCode.class)
 *         .withProjection(DemandList.of(id -> communityOf(id)));
 * store.prepare(demands);
 * store.handle(demands, "d-0001", "d-0001/submit", new DemandCommand.Submit(submitted));
 * DemandList.community(dataSource, GridId.of("xuemeili"));   // every demand of the community, by id
 * }</pre>
 */
public final class DemandList implements Projection<DemandEvent> {

  private static final String COLUMNS = "SELECT demand, community, submitted_at, state, since, project, channel, claimant, "
      + "service, outcome, rating, reopened, events FROM gov_demand";

  private final Function<DemandId, GridId> community;

  private DemandList(Function<DemandId, GridId> community) {
    this.community = community;
  }

  /**
   * Returns the read model of the demand list.
   *
   * @param community the community of each demand; asked when a demand's submit event is applied,
   *     it must answer the same for a demand for good and never null
   * @return the read model
   */
  public static DemandList of(Function<DemandId, GridId> community) {
    return new DemandList(requireNonNull(community, "community"));
  }

  /**
   * One demand on the list: its community, when it was submitted, and where it stands.
   *
   * @param community the community it belongs to
   * @param submittedAt when it was submitted (its submit event's instant)
   * @param status where its events left it, as {@code DemandRules} folds them
   */
  public record Row(GridId community, Instant submittedAt, DemandStatus status) {
    /** Checks the parts are present. */
    public Row {
      requireNonNull(community, "community");
      requireNonNull(submittedAt, "submittedAt");
      requireNonNull(status, "status");
    }
  }

  @Override
  public String name() {
    return "gov_demand";
  }

  @Override
  public void createTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS gov_demand (demand VARCHAR(200) NOT NULL, community VARCHAR(200) NOT NULL, "
          + "submitted_at VARCHAR(40) NOT NULL, state VARCHAR(20) NOT NULL, since VARCHAR(40) NOT NULL, project VARCHAR(200), "
          + "channel VARCHAR(20), claimant VARCHAR(200), service VARCHAR(200), outcome VARCHAR(200), rating INTEGER, "
          + "reopened INTEGER NOT NULL, events INTEGER NOT NULL, CONSTRAINT gov_demand_pk PRIMARY KEY (demand), "
          + "CONSTRAINT gov_demand_community UNIQUE (community, demand))");
    }
  }

  @Override
  public void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM gov_demand");
    }
  }

  /**
   * Applies each event as {@code DemandRules} evolves a demand's status: a submit inserts the row,
   * every other transition moves the state and sets or clears the links it names.
   */
  @Override
  public void apply(Connection connection, List<StoredEvent<DemandEvent>> events) throws SQLException {
    for (StoredEvent<DemandEvent> stored : events) {
      DemandEvent event = stored.event();
      if (event.transition() == Transition.SUBMIT) {
        GridId where = requireNonNull(community.apply(event.demand()), "community returned null");
        insert(connection, new Row(where, event.at(), new DemandStatus(event.demand(), DemandState.SUBMITTED, event.at(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 0,
            1)));
      } else {
        DemandStatus before = find(connection, event.demand()).orElseThrow(() -> new IllegalStateException(
            "The demand list has no row for demand " + event.demand() + " to apply " + event.transition() + " to")).status();
        update(connection, next(before, event));
      }
    }
  }

  /** The status after a transition the rules applied, as {@code DemandRules} evolves it. */
  private static DemandStatus next(DemandStatus status, DemandEvent event) {
    Optional<ProjectId> project = status.project();
    Optional<Channel> channel = status.channel();
    Optional<OrganizationId> claimant = status.claimant();
    Optional<ServiceId> service = status.service();
    Optional<OutcomeId> outcome = status.outcome();
    OptionalInt rating = status.rating();
    int reopened = status.reopened();
    switch (event.transition()) {
      case GROUP:
        project = event.project();
        break;
      case DISPATCH:
        channel = event.channel();
        break;
      case CLAIM:
      case REASSIGN:
        claimant = event.claimant();
        break;
      case RELEASE:
        claimant = Optional.empty();
        channel = Optional.empty();
        break;
      case DELIVER:
        service = event.service();
        break;
      case EVALUATE:
        outcome = event.outcome();
        rating = event.rating();
        break;
      case REOPEN:
        claimant = Optional.empty();
        channel = Optional.empty();
        reopened++;
        break;
      default:
        break;
    }
    return new DemandStatus(status.demand(), event.transition().to(), event.at(), project, channel, claimant, service,
        outcome, rating, reopened, status.events() + 1);
  }

  private static void insert(Connection connection, Row row) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_demand (community, submitted_at, state, "
        + "since, project, channel, claimant, service, outcome, rating, reopened, events, demand) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, row.community().value());
      insert.setString(2, row.submittedAt().toString());
      bindStatus(insert, 3, row.status());
      insert.executeUpdate();
    }
  }

  private static void update(Connection connection, DemandStatus status) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE gov_demand SET state = ?, since = ?, project = ?, "
        + "channel = ?, claimant = ?, service = ?, outcome = ?, rating = ?, reopened = ?, events = ? WHERE demand = ?")) {
      bindStatus(update, 1, status);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("The demand list lost its row for demand " + status.demand());
      }
    }
  }

  /** Binds state, since, the five links, rating, reopened, events and the demand, from {@code first} on. */
  private static void bindStatus(PreparedStatement statement, int first, DemandStatus status) throws SQLException {
    int i = first;
    statement.setString(i++, status.state().name());
    statement.setString(i++, status.since().toString());
    setOptional(statement, i++, status.project().map(ProjectId::value));
    setOptional(statement, i++, status.channel().map(Channel::name));
    setOptional(statement, i++, status.claimant().map(OrganizationId::value));
    setOptional(statement, i++, status.service().map(ServiceId::value));
    setOptional(statement, i++, status.outcome().map(OutcomeId::value));
    if (status.rating().isPresent()) {
      statement.setInt(i++, status.rating().getAsInt());
    } else {
      statement.setNull(i++, Types.INTEGER);
    }
    statement.setInt(i++, status.reopened());
    statement.setInt(i++, status.events());
    statement.setString(i, status.demand().value());
  }

  private static void setOptional(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  private static Optional<Row> find(Connection connection, DemandId demand) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(COLUMNS + " WHERE demand = ?")) {
      query.setString(1, demand.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  private static Row read(ResultSet rows) throws SQLException {
    int rating = rows.getInt(11);
    OptionalInt rated = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(rating);
    DemandStatus status = new DemandStatus(DemandId.of(rows.getString(1)), DemandState.valueOf(rows.getString(4)),
        Instant.parse(rows.getString(5)), Optional.ofNullable(rows.getString(6)).map(ProjectId::of),
        Optional.ofNullable(rows.getString(7)).map(Channel::valueOf), Optional.ofNullable(rows.getString(8)).map(OrganizationId::of),
        Optional.ofNullable(rows.getString(9)).map(ServiceId::of), Optional.ofNullable(rows.getString(10)).map(OutcomeId::of),
        rated, rows.getInt(12), rows.getInt(13));
    return new Row(GridId.of(rows.getString(2)), Instant.parse(rows.getString(3)), status);
  }

  /**
   * Reads the demand list of one community from the read model, in demand id order.
   *
   * @param dataSource the store's database
   * @param community the community
   * @return its demands; empty for a community without any
   * @throws StoreException if the database fails
   */
  public static List<Row> community(DataSource dataSource, GridId community) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(community, "community");
    List<Row> out = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(COLUMNS + " WHERE community = ?")) {
      query.setString(1, community.value());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.add(read(rows));
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_DEMAND_LIST, e, community.value());
    }
    out.sort(Comparator.comparing(row -> row.status().demand()));
    return Collections.unmodifiableList(out);
  }
}
