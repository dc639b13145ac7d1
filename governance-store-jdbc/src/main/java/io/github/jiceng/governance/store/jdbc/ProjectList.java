package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.rules.project.ProjectClaim;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.project.ProjectStage;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.rules.project.ProjectCase;
import io.github.jiceng.governance.rules.project.ProjectEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The project list of the five lists as a read model (项目清单读模型): one row per project of a
 * community's project register with its stage, its channel decision once taken (channel,
 * claimant, resource, price), its budget and what its services cost, and beside it the demands it
 * groups, the services delivered under it and their outcomes — kept in the transaction that
 * appends the register's events. Each row equals {@link Row#of} of the project's case in the
 * replayed register, without replaying it. With {@link DemandList} it links the demand, project,
 * service and outcome lists: a demand to the projects that grouped it ({@link #byDemand}), a project
 * to its demands, services and outcomes.
 *
 * <p>The register is one stream per community, its stream id the community's grid id. Tables
 * {@code gov_project}, {@code gov_project_demand}, {@code gov_project_service} and {@code
 * gov_project_outcome}, created by the script {@code V4__project_list.sql} ({@link Schema#migrate},
 * or Flyway); {@link #createTables} runs the same script when they are missing, so that {@link
 * EventStore#prepare} works on a database migrated before the script shipped.
 *
 * <pre>{@code
 * StoredRule<ProjectCommand, ProjectRegister, ProjectEvent> projects =
 *     StoredRule.of("project", ProjectRules.of(hierarchy), StoreCodecs.projectEvents())
 *         .withRefusalCodes(ProjectRefusalCode.class)
 *         .withProjection(ProjectList.of());
 * store.handle(projects, "xuemeili", "pj-1/propose", new ProjectCommand.Propose(...));
 * ProjectList.byClaimant(dataSource, OrganizationId.of("org-bank"));
 * }</pre>
 */
public final class ProjectList implements Projection<ProjectEvent> {

  private static final String SCRIPT = "V4__project_list.sql";

  private static final String COLUMNS = "SELECT community, project, name, pillar, budget_fen, stage, since, proposed_at, "
      + "channel, claimant, resource, price_fen, taken_at, spent_fen FROM gov_project";

  private ProjectList() {}

  /**
   * Returns the read model of the project list.
   *
   * @return the read model
   */
  public static ProjectList of() {
    return new ProjectList();
  }

  /**
   * One project on the list.
   *
   * @param community the community whose register holds it
   * @param project the project: id, name, demands in its order, budget, pillar
   * @param stage its stage
   * @param since when it entered the stage
   * @param proposedAt when it was proposed
   * @param claim its channel decision, once taken
   * @param spent what its services cost the community
   * @param services the services delivered under it, in the order recorded
   * @param outcomes the outcomes of those services, in the order recorded
   */
  public record Row(GridId community, Project project, ProjectStage stage, Instant since, Instant proposedAt,
      Optional<ProjectClaim> claim, Money spent, List<ServiceId> services, List<OutcomeId> outcomes) {

    /** Checks the parts are present and copies the lists. */
    public Row {
      requireNonNull(community, "community");
      requireNonNull(project, "project");
      requireNonNull(stage, "stage");
      requireNonNull(since, "since");
      requireNonNull(proposedAt, "proposedAt");
      requireNonNull(claim, "claim");
      requireNonNull(spent, "spent");
      services = List.copyOf(services);
      outcomes = List.copyOf(outcomes);
    }

    /**
     * Returns the row of a project as its register holds it.
     *
     * @param community the community whose register holds it
     * @param c the project's case
     * @return the row
     */
    public static Row of(GridId community, ProjectCase c) {
      requireNonNull(c, "c");
      List<ServiceId> services = new ArrayList<>();
      c.services().forEach(s -> services.add(s.id()));
      List<OutcomeId> outcomes = new ArrayList<>();
      c.outcomes().forEach(o -> outcomes.add(o.id()));
      return new Row(community, c.project(), c.stage(), c.since(), c.proposed().at(), c.claim(), c.spent(), services,
          outcomes);
    }
  }

  @Override
  public String name() {
    return "gov_project";
  }

  /** Runs {@code V4__project_list.sql} if the table {@code gov_project} is missing. */
  @Override
  public void createTables(Connection connection) throws SQLException {
    Schema.runUnlessPresent(connection, "gov_project", SCRIPT);
  }

  @Override
  public void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM gov_project_outcome");
      statement.execute("DELETE FROM gov_project_service");
      statement.execute("DELETE FROM gov_project_demand");
      statement.execute("DELETE FROM gov_project");
    }
  }

  /** Applies each event as {@code ProjectRules} evolves the register's case of its project. */
  @Override
  public void apply(Connection connection, List<StoredEvent<ProjectEvent>> events) throws SQLException {
    for (StoredEvent<ProjectEvent> stored : events) {
      String community = stored.streamId();
      ProjectEvent event = stored.event();
      String project = event.project().value();
      if (event instanceof ProjectEvent.Proposed proposed) {
        insertProject(connection, community, proposed);
      } else if (event instanceof ProjectEvent.Put put) {
        move(connection, community, project, ProjectStage.PUT_TO_UNITS, put.at());
      } else if (event instanceof ProjectEvent.Taken taken) {
        take(connection, community, taken.claim());
      } else if (event instanceof ProjectEvent.ServiceRecorded recorded) {
        addService(connection, community, project, recorded.service());
      } else if (event instanceof ProjectEvent.OutcomeRecorded recorded) {
        addOutcome(connection, community, project, recorded.outcome());
      } else if (event instanceof ProjectEvent.Closed closed) {
        move(connection, community, project, ProjectStage.CLOSED, closed.at());
      } else {
        move(connection, community, project, ProjectStage.WITHDRAWN, ((ProjectEvent.Withdrawn) event).at());
      }
    }
  }

  private static void insertProject(Connection connection, String community, ProjectEvent.Proposed proposed)
      throws SQLException {
    Project p = proposed.value();
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_project (community, project, name, "
        + "pillar, budget_fen, stage, since, proposed_at, spent_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      insert.setString(1, community);
      insert.setString(2, p.id().value());
      insert.setString(3, p.name());
      insert.setString(4, p.pillar().key());
      insert.setLong(5, p.budget().fen());
      insert.setString(6, ProjectStage.PROPOSED.name());
      insert.setString(7, proposed.at().toString());
      insert.setString(8, proposed.at().toString());
      insert.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO gov_project_demand (community, project, position, demand) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < p.demands().size(); i++) {
        insert.setString(1, community);
        insert.setString(2, p.id().value());
        insert.setInt(3, i);
        insert.setString(4, p.demands().get(i).value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void move(Connection connection, String community, String project, ProjectStage stage, Instant at)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE gov_project SET stage = ?, since = ? WHERE community = ? AND project = ?")) {
      update.setString(1, stage.name());
      update.setString(2, at.toString());
      update.setString(3, community);
      update.setString(4, project);
      one(update, community, project);
    }
  }

  private static void take(Connection connection, String community, ProjectClaim claim) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE gov_project SET stage = ?, since = ?, channel = ?, "
        + "claimant = ?, resource = ?, price_fen = ?, taken_at = ? WHERE community = ? AND project = ?")) {
      update.setString(1, ProjectStage.TAKEN.name());
      update.setString(2, claim.at().toString());
      update.setString(3, claim.channel().name());
      update.setString(4, claim.claimant().value());
      update.setString(5, claim.resource().value());
      update.setLong(6, claim.price().fen());
      update.setString(7, claim.at().toString());
      update.setString(8, community);
      update.setString(9, claim.project().value());
      one(update, community, claim.project().value());
    }
  }

  private static void addService(Connection connection, String community, String project, ServiceRecord service)
      throws SQLException {
    int position = count(connection, "gov_project_service", community, project);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_project_service (community, project, "
        + "position, service, cost_fen, beneficiaries) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, community);
      insert.setString(2, project);
      insert.setInt(3, position);
      insert.setString(4, service.id().value());
      insert.setLong(5, service.cost().fen());
      insert.setInt(6, service.beneficiaries());
      insert.executeUpdate();
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE gov_project SET spent_fen = spent_fen + ? WHERE community = ? AND project = ?")) {
      update.setLong(1, service.cost().fen());
      update.setString(2, community);
      update.setString(3, project);
      one(update, community, project);
    }
  }

  private static void addOutcome(Connection connection, String community, String project, Outcome outcome)
      throws SQLException {
    int position = count(connection, "gov_project_outcome", community, project);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_project_outcome (community, project, "
        + "position, outcome, service, rating) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, community);
      insert.setString(2, project);
      insert.setInt(3, position);
      insert.setString(4, outcome.id().value());
      insert.setString(5, outcome.service().value());
      insert.setInt(6, outcome.rating());
      insert.executeUpdate();
    }
  }

  private static int count(Connection connection, String table, String community, String project) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT COUNT(*) FROM " + table + " WHERE community = ? AND project = ?")) {
      query.setString(1, community);
      query.setString(2, project);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static void one(PreparedStatement update, String community, String project) throws SQLException {
    if (update.executeUpdate() != 1) {
      throw new IllegalStateException("The project list has no row for project " + project + " of " + community);
    }
  }

  /**
   * Reads one project of a community.
   *
   * @param dataSource the store's database
   * @param community the community
   * @param project the project
   * @return its row, or empty
   * @throws StoreException if the database fails
   */
  public static Optional<Row> project(DataSource dataSource, GridId community, ProjectId project) {
    requireNonNull(community, "community");
    requireNonNull(project, "project");
    List<Row> rows = query(dataSource, "project " + project, COLUMNS + " WHERE community = ? AND project = ?",
        community.value(), project.value());
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * Reads every project of a community, in project id order.
   *
   * @param dataSource the store's database
   * @param community the community
   * @return its projects
   * @throws StoreException if the database fails
   */
  public static List<Row> community(DataSource dataSource, GridId community) {
    requireNonNull(community, "community");
    return query(dataSource, "community " + community, COLUMNS + " WHERE community = ?", community.value());
  }

  /**
   * Reads the projects of a community in a stage, in project id order: the ones open to claim,
   * taken and being served, closed.
   *
   * @param dataSource the store's database
   * @param community the community
   * @param stage the stage
   * @return the projects
   * @throws StoreException if the database fails
   */
  public static List<Row> inStage(DataSource dataSource, GridId community, ProjectStage stage) {
    requireNonNull(community, "community");
    requireNonNull(stage, "stage");
    return query(dataSource, "stage " + stage, COLUMNS + " WHERE community = ? AND stage = ?", community.value(),
        stage.name());
  }

  /**
   * Reads the projects a claimant took, in every community, by community and project id: what a
   * co-building unit claimed or a social organization was bought for.
   *
   * @param dataSource the store's database
   * @param claimant the claimant
   * @return the projects
   * @throws StoreException if the database fails
   */
  public static List<Row> byClaimant(DataSource dataSource, OrganizationId claimant) {
    requireNonNull(claimant, "claimant");
    return query(dataSource, "claimant " + claimant, COLUMNS + " WHERE claimant = ?", claimant.value());
  }

  /**
   * Reads the projects taken with a resource, in every community, by community and project id: the
   * link from the resource list ({@link ResourceList}) to the projects and, since the project rules
   * accept only services that draw on the resource the project was taken with, to their services
   * and outcomes.
   *
   * @param dataSource the store's database
   * @param resource the resource
   * @return the projects
   * @throws StoreException if the database fails
   */
  public static List<Row> byResource(DataSource dataSource, ResourceId resource) {
    requireNonNull(resource, "resource");
    return query(dataSource, "resource " + resource, COLUMNS + " WHERE resource = ?", resource.value());
  }

  /**
   * Reads the projects that grouped a demand, in every community, by community and project id:
   * at most one that is not withdrawn, and any withdrawn before it.
   *
   * @param dataSource the store's database
   * @param demand the demand
   * @return the projects
   * @throws StoreException if the database fails
   */
  public static List<Row> byDemand(DataSource dataSource, DemandId demand) {
    requireNonNull(demand, "demand");
    return query(dataSource, "demand " + demand, COLUMNS + " p WHERE EXISTS (SELECT 1 FROM gov_project_demand d "
        + "WHERE d.community = p.community AND d.project = p.project AND d.demand = ?)", demand.value());
  }

  private static List<Row> query(DataSource dataSource, String what, String sql, String... arguments) {
    requireNonNull(dataSource, "dataSource");
    List<Row> out = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement query = connection.prepareStatement(sql + " ORDER BY community, project")) {
        for (int i = 0; i < arguments.length; i++) {
          query.setString(i + 1, arguments[i]);
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            out.add(read(connection, rows));
          }
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_PROJECT_LIST, e, what);
    }
    return Collections.unmodifiableList(out);
  }

  private static Row read(Connection connection, ResultSet rows) throws SQLException {
    String community = rows.getString(1);
    String project = rows.getString(2);
    List<String> demands = column(connection, "SELECT demand FROM gov_project_demand", community, project);
    Project.Builder b = Project.builder().id(ProjectId.of(project)).name(rows.getString(3))
        .pillar(new Pillar(rows.getString(4))).budget(Money.ofFen(rows.getLong(5)));
    demands.forEach(d -> b.addDemands(DemandId.of(d)));
    Optional<ProjectClaim> claim = Optional.empty();
    String channel = rows.getString(9);
    if (channel != null) {
      claim = Optional.of(new ProjectClaim(ProjectId.of(project), Channel.valueOf(channel),
          OrganizationId.of(rows.getString(10)), ResourceId.of(rows.getString(11)), Money.ofFen(rows.getLong(12)),
          Instant.parse(rows.getString(13))));
    }
    List<ServiceId> services = new ArrayList<>();
    column(connection, "SELECT service FROM gov_project_service", community, project)
        .forEach(s -> services.add(ServiceId.of(s)));
    List<OutcomeId> outcomes = new ArrayList<>();
    column(connection, "SELECT outcome FROM gov_project_outcome", community, project)
        .forEach(o -> outcomes.add(OutcomeId.of(o)));
    return new Row(GridId.of(community), b.build(), ProjectStage.valueOf(rows.getString(6)),
        Instant.parse(rows.getString(7)), Instant.parse(rows.getString(8)), claim, Money.ofFen(rows.getLong(14)), services,
        outcomes);
  }

  private static List<String> column(Connection connection, String select, String community, String project)
      throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(select
        + " WHERE community = ? AND project = ? ORDER BY position")) {
      query.setString(1, community);
      query.setString(2, project);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.add(rows.getString(1));
        }
      }
    }
    return out;
  }
}
