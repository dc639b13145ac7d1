package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The resource list of the five lists as a read model (资源清单读模型), from the co-building
 * agreements (共建协议, ADR 0045): one row per resource an agreement commits, with the agreement —
 * the community, who committed it (the unit's party organization or the party member), its
 * period, the integrations of 一统领四融合 it serves, and its use as the joint meetings reviewed it
 * (the latest {@link Fulfilment}: service delivered against service owed, resources used, posts
 * held, the level) — kept in the transaction that appends the agreement's events. Each row equals
 * {@link Row#of} of the replayed agreement, without replaying it.
 *
 * <p><b>Links.</b> Resource → agreement → unit: {@link #byResource} lists the agreements that commit
 * a resource, each row names the agreement and its reporter, and {@link #agreement} reads one
 * agreement (also one that commits hours or posts only). Resource → projects → services: a project
 * taken as a project names the resource it was taken with, and the project rules accept only
 * services that draw on that resource, so {@link ProjectList#byResource} lists those projects with
 * their services and outcomes. A demand dispatched alone names its claimant and service record
 * but not the resource ({@code DemandEvent}), and a review counts the resources used without
 * naming them ({@link Fulfilment#resourcesUsed()}); the store has neither link and this list does
 * not make one up.
 *
 * <p><b>Streams.</b> One stream per agreement, its stream id the agreement's id: an agreement
 * reported into a stream of another id is refused with an {@link IllegalArgumentException} before
 * anything is written, so that one agreement never has two rows. Tables {@code
 * gov_cobuilding_agreement}, {@code gov_resource}, {@code gov_agreement_post} and {@code
 * gov_agreement_integration}, created by the script {@code V5__resource_list.sql} ({@link
 * Schema#migrate}, or Flyway); {@link #createTables} runs the same script when they are missing.
 *
 * <pre>{@code
 * StoredRule<CoBuildingCommand, AgreementCase, CoBuildingEvent> agreements =
 *     StoredRule.of("cobuilding", CoBuildingRules.of(integrations), StoreCodecs.coBuildingEvents())
 *         .withRefusalCodes(CoBuildingRefusalCode.class)
 *         .withProjection(ResourceList.of());
 * store.handle(agreements, "a-power", "a-power/report", new CoBuildingCommand.Report(agreement));
 * ResourceList.inForce(dataSource, GridId.of("zhanbei"), at);   // the resources committed there now
 * }</pre>
 */
public final class ResourceList implements Projection<CoBuildingEvent> {

  private static final String SCRIPT = "V5__resource_list.sql";

  private static final String AGREEMENT_COLUMNS = "a.agreement, a.community, a.kind, a.reporter, a.reported_at, "
      + "a.period_start, a.period_end, a.service_hours, a.reviews, a.meeting, a.reviewed_at, a.owed, a.delivered, "
      + "a.services, a.people_reached, a.resources_committed, a.resources_used, a.posts_claimed, a.posts_held, a.level, "
      + "a.feedbacks, a.fed_back_meeting, a.fed_back_level, a.fed_back_at";

  private static final String ROWS = "SELECT r.resource, " + AGREEMENT_COLUMNS
      + " FROM gov_resource r JOIN gov_cobuilding_agreement a ON a.agreement = r.agreement";

  private static final String IN_FORCE = " AND (a.start_second < ? OR (a.start_second = ? AND a.start_nano <= ?))"
      + " AND (a.end_second > ? OR (a.end_second = ? AND a.end_nano > ?))";

  private ResourceList() {}

  /**
   * Returns the read model of the resource list.
   *
   * @return the read model
   */
  public static ResourceList of() {
    return new ResourceList();
  }

  /**
   * One agreement as the list holds it: the agreement as reported, its latest review and its latest
   * feedback.
   *
   * @param agreement the agreement: community, reporter, period, resources, hours, posts, integrations
   * @param reviews how many joint meetings reviewed it
   * @param latestReview the latest review: the meeting and the fulfilment it saw (the resources' use)
   * @param feedbacks how many reviews went back to the reporter's own organization
   * @param latestFeedback the latest feedback
   */
  public record Agreement(CoBuildingAgreement agreement, int reviews, Optional<CoBuildingEvent.Reviewed> latestReview,
      int feedbacks, Optional<CoBuildingEvent.FedBack> latestFeedback) {

    /** Checks the parts are present and the counts agree with the latest review and feedback. */
    public Agreement {
      requireNonNull(agreement, "agreement");
      requireNonNull(latestReview, "latestReview");
      requireNonNull(latestFeedback, "latestFeedback");
      if (reviews < 0 || feedbacks < 0 || latestReview.isPresent() != (reviews > 0)
          || latestFeedback.isPresent() != (feedbacks > 0)) {
        throw new IllegalArgumentException("an agreement's counts of reviews and feedbacks match its latest ones");
      }
    }

    /**
     * Returns the agreement as its replayed stream holds it.
     *
     * @param c the agreement's case; reported
     * @return the agreement
     * @throws IllegalArgumentException if the case holds no report
     */
    public static Agreement of(AgreementCase c) {
      requireNonNull(c, "c");
      CoBuildingAgreement a = c.agreement().orElseThrow(() -> new IllegalArgumentException(
          "the case holds no agreement"));
      List<CoBuildingEvent.FedBack> fed = c.feedbacks();
      return new Agreement(a, c.reviews().size(), c.latestReview(), fed.size(),
          fed.isEmpty() ? Optional.empty() : Optional.of(fed.get(fed.size() - 1)));
    }

    /** Returns the fulfilment the latest joint meeting reviewed: the use of the agreement's resources. */
    public Optional<Fulfilment> use() {
      return latestReview.map(CoBuildingEvent.Reviewed::fulfilment);
    }

    /** Returns whether the latest review waits to be sent back to the reporter's organization. */
    public boolean feedbackDue() {
      return latestReview.isPresent()
          && !latestFeedback.map(f -> f.meeting().equals(latestReview.get().meeting())).orElse(false);
    }
  }

  /**
   * One resource on the list: the resource and the agreement that commits it.
   *
   * @param resource the resource committed
   * @param agreement the agreement that commits it
   */
  public record Row(ResourceId resource, Agreement agreement) {

    /** Checks the parts are present and the agreement commits the resource. */
    public Row {
      requireNonNull(resource, "resource");
      requireNonNull(agreement, "agreement");
      if (!agreement.agreement().resources().contains(resource)) {
        throw new IllegalArgumentException("agreement " + agreement.agreement().id() + " does not commit " + resource);
      }
    }

    /**
     * Returns the rows of an agreement as its replayed stream holds it: one per committed resource,
     * in the agreement's order.
     *
     * @param c the agreement's case; reported
     * @return the rows; empty if the agreement commits no resource
     * @throws IllegalArgumentException if the case holds no report
     */
    public static List<Row> of(AgreementCase c) {
      Agreement a = Agreement.of(c);
      List<Row> rows = new ArrayList<>();
      a.agreement().resources().forEach(r -> rows.add(new Row(r, a)));
      return Collections.unmodifiableList(rows);
    }

    /** Returns the community the resource is committed to. */
    public GridId community() {
      return agreement.agreement().community();
    }

    /** Returns who committed it: the unit's party organization, or the party member. */
    public ActorId committedBy() {
      return agreement.agreement().reporter();
    }

    /** Returns the agreement's period. */
    public Interval period() {
      return agreement.agreement().period();
    }

    /** Returns the integrations the agreement serves. */
    public Set<Integration> integrations() {
      return agreement.agreement().integrations();
    }
  }

  @Override
  public String name() {
    return "gov_resource";
  }

  /** Runs {@code V5__resource_list.sql} if the table {@code gov_cobuilding_agreement} is missing. */
  @Override
  public void createTables(Connection connection) throws SQLException {
    Schema.runUnlessPresent(connection, "gov_cobuilding_agreement", SCRIPT);
  }

  @Override
  public void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM gov_agreement_integration");
      statement.execute("DELETE FROM gov_agreement_post");
      statement.execute("DELETE FROM gov_resource");
      statement.execute("DELETE FROM gov_cobuilding_agreement");
    }
  }

  /**
   * Applies each event as {@code CoBuildingRules} evolves the agreement's case.
   *
   * @throws IllegalArgumentException if an agreement is reported into a stream whose id is not the
   *     agreement's id; the command's transaction writes nothing
   */
  @Override
  public void apply(Connection connection, List<StoredEvent<CoBuildingEvent>> events) throws SQLException {
    for (StoredEvent<CoBuildingEvent> stored : events) {
      CoBuildingEvent event = stored.event();
      if (event instanceof CoBuildingEvent.Reported reported) {
        CoBuildingAgreement a = reported.agreement();
        if (!stored.streamId().equals(a.id().value())) {
          throw new IllegalArgumentException("The resource list keeps one agreement per stream, its stream id the "
              + "agreement's id: agreement " + a.id() + " was reported into stream " + stored.streamId());
        }
        insert(connection, a);
      } else if (event instanceof CoBuildingEvent.Reviewed reviewed) {
        review(connection, reviewed);
      } else {
        feedback(connection, (CoBuildingEvent.FedBack) event);
      }
    }
  }

  private static void insert(Connection connection, CoBuildingAgreement a) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_cobuilding_agreement (agreement, "
        + "community, kind, reporter, reported_at, period_start, period_end, start_second, start_nano, end_second, "
        + "end_nano, service_hours, service_minutes, reviews, feedbacks) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
      Interval period = a.period();
      insert.setString(1, a.id().value());
      insert.setString(2, a.community().value());
      insert.setString(3, a.kind().name());
      insert.setString(4, a.reporter().value());
      insert.setString(5, a.reportedAt().toString());
      insert.setString(6, period.start().toString());
      insert.setString(7, period.end().toString());
      insert.setLong(8, period.start().getEpochSecond());
      insert.setInt(9, period.start().getNano());
      insert.setLong(10, period.end().getEpochSecond());
      insert.setInt(11, period.end().getNano());
      insert.setString(12, a.serviceHours().toString());
      insert.setLong(13, a.serviceHours().toMinutes());
      insert.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO gov_resource (agreement, position, resource, community) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < a.resources().size(); i++) {
        insert.setString(1, a.id().value());
        insert.setInt(2, i);
        insert.setString(3, a.resources().get(i).value());
        insert.setString(4, a.community().value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO gov_agreement_post (agreement, position, post) VALUES (?, ?, ?)")) {
      for (int i = 0; i < a.posts().size(); i++) {
        insert.setString(1, a.id().value());
        insert.setInt(2, i);
        insert.setString(3, a.posts().get(i).value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO gov_agreement_integration (agreement, integration) VALUES (?, ?)")) {
      for (Integration integration : new TreeSet<>(a.integrations())) {
        insert.setString(1, a.id().value());
        insert.setString(2, integration.key());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void review(Connection connection, CoBuildingEvent.Reviewed reviewed) throws SQLException {
    Fulfilment f = reviewed.fulfilment();
    try (PreparedStatement update = connection.prepareStatement("UPDATE gov_cobuilding_agreement SET "
        + "reviews = reviews + 1, meeting = ?, reviewed_at = ?, owed = ?, owed_minutes = ?, delivered = ?, "
        + "delivered_minutes = ?, services = ?, people_reached = ?, resources_committed = ?, resources_used = ?, "
        + "posts_claimed = ?, posts_held = ?, level = ? WHERE agreement = ?")) {
      update.setString(1, reviewed.meeting().value());
      update.setString(2, f.at().toString());
      update.setString(3, f.owed().toString());
      update.setLong(4, f.owed().toMinutes());
      update.setString(5, f.delivered().toString());
      update.setLong(6, f.delivered().toMinutes());
      update.setInt(7, f.services());
      update.setLong(8, f.peopleReached());
      update.setInt(9, f.resourcesCommitted());
      update.setInt(10, f.resourcesUsed());
      update.setInt(11, f.postsClaimed());
      update.setInt(12, f.postsHeld());
      update.setString(13, f.level().name());
      update.setString(14, f.agreement().value());
      one(update, f.agreement());
    }
  }

  private static void feedback(Connection connection, CoBuildingEvent.FedBack fed) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE gov_cobuilding_agreement SET "
        + "feedbacks = feedbacks + 1, fed_back_meeting = ?, fed_back_level = ?, fed_back_at = ? WHERE agreement = ?")) {
      update.setString(1, fed.meeting().value());
      update.setString(2, fed.level().name());
      update.setString(3, fed.at().toString());
      update.setString(4, fed.agreement().value());
      one(update, fed.agreement());
    }
  }

  private static void one(PreparedStatement update, AgreementId agreement) throws SQLException {
    if (update.executeUpdate() != 1) {
      throw new IllegalStateException("The resource list has no row for agreement " + agreement);
    }
  }

  /**
   * Reads one agreement, whether or not it commits a resource: the link from a resource's row to
   * its agreement and, through {@link CoBuildingAgreement#reporter()}, to the unit or member.
   *
   * @param dataSource the store's database
   * @param agreement the agreement
   * @return the agreement, or empty
   * @throws StoreException if the database fails
   */
  public static Optional<Agreement> agreement(DataSource dataSource, AgreementId agreement) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(agreement, "agreement");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT " + AGREEMENT_COLUMNS
            + " FROM gov_cobuilding_agreement a WHERE a.agreement = ?")) {
      query.setString(1, agreement.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(readAgreement(connection, rows, 1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_RESOURCE_LIST, e, "agreement " + agreement);
    }
  }

  /**
   * Reads every resource committed to a community, by resource and agreement id.
   *
   * @param dataSource the store's database
   * @param community the community
   * @return the rows
   * @throws StoreException if the database fails
   */
  public static List<Row> community(DataSource dataSource, GridId community) {
    requireNonNull(community, "community");
    return query(dataSource, "community " + community, ROWS + " WHERE r.community = ?", community.value());
  }

  /**
   * Reads the resources committed to a community by agreements in force at an instant (the instant
   * at or after the period's start and before its end), by resource and agreement id: what the
   * community can count on now.
   *
   * @param dataSource the store's database
   * @param community the community
   * @param at the instant
   * @return the rows
   * @throws StoreException if the database fails
   */
  public static List<Row> inForce(DataSource dataSource, GridId community, Instant at) {
    requireNonNull(community, "community");
    requireNonNull(at, "at");
    long s = at.getEpochSecond();
    long n = at.getNano();
    return query(dataSource, "community " + community + " at " + at, ROWS + " WHERE r.community = ?" + IN_FORCE,
        community.value(), s, s, n, s, s, n);
  }

  /**
   * Reads the resources a unit's party organization or a party member committed, in every
   * community, by resource and agreement id.
   *
   * @param dataSource the store's database
   * @param reporter the organization or the member
   * @return the rows
   * @throws StoreException if the database fails
   */
  public static List<Row> byReporter(DataSource dataSource, ActorId reporter) {
    requireNonNull(reporter, "reporter");
    String kind = (reporter instanceof PersonId ? CoBuildingAgreement.Kind.PARTY_MEMBER
        : CoBuildingAgreement.Kind.UNIT).name();
    return query(dataSource, "reporter " + reporter, ROWS + " WHERE a.reporter = ? AND a.kind = ?", reporter.value(),
        kind);
  }

  /**
   * Reads the resources one agreement commits, by resource id.
   *
   * @param dataSource the store's database
   * @param agreement the agreement
   * @return the rows; empty for an agreement unknown or committing no resource
   * @throws StoreException if the database fails
   */
  public static List<Row> byAgreement(DataSource dataSource, AgreementId agreement) {
    requireNonNull(agreement, "agreement");
    return query(dataSource, "agreement " + agreement, ROWS + " WHERE r.agreement = ?", agreement.value());
  }

  /**
   * Reads the agreements that commit a resource, in every community, by agreement id: the link
   * from a resource to its agreements and their units or members.
   *
   * @param dataSource the store's database
   * @param resource the resource
   * @return the rows
   * @throws StoreException if the database fails
   */
  public static List<Row> byResource(DataSource dataSource, ResourceId resource) {
    requireNonNull(resource, "resource");
    return query(dataSource, "resource " + resource, ROWS + " WHERE r.resource = ?", resource.value());
  }

  private static List<Row> query(DataSource dataSource, String what, String sql, Object... arguments) {
    requireNonNull(dataSource, "dataSource");
    List<Row> out = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement query = connection.prepareStatement(sql + " ORDER BY r.resource, r.agreement")) {
        for (int i = 0; i < arguments.length; i++) {
          if (arguments[i] instanceof Long l) {
            query.setLong(i + 1, l);
          } else {
            query.setString(i + 1, (String) arguments[i]);
          }
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            out.add(new Row(ResourceId.of(rows.getString(1)), readAgreement(connection, rows, 2)));
          }
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_RESOURCE_LIST, e, what);
    }
    return Collections.unmodifiableList(out);
  }

  /** Reads the agreement whose columns start at the given index, and its resources, posts and integrations. */
  private static Agreement readAgreement(Connection connection, ResultSet rows, int first) throws SQLException {
    int c = first;
    String id = rows.getString(c);
    CoBuildingAgreement.Kind kind = CoBuildingAgreement.Kind.valueOf(rows.getString(c + 2));
    String reporter = rows.getString(c + 3);
    CoBuildingAgreement.Builder b = CoBuildingAgreement.builder().id(AgreementId.of(id))
        .community(GridId.of(rows.getString(c + 1)))
        .reporter(kind == CoBuildingAgreement.Kind.UNIT ? OrganizationId.of(reporter) : PersonId.of(reporter))
        .reportedAt(Instant.parse(rows.getString(c + 4)))
        .period(Interval.of(Instant.parse(rows.getString(c + 5)), Instant.parse(rows.getString(c + 6))))
        .serviceHours(Duration.parse(rows.getString(c + 7)));
    column(connection, "SELECT resource FROM gov_resource WHERE agreement = ? ORDER BY position", id)
        .forEach(r -> b.addResources(ResourceId.of(r)));
    column(connection, "SELECT post FROM gov_agreement_post WHERE agreement = ? ORDER BY position", id)
        .forEach(p -> b.addPosts(PostId.of(p)));
    column(connection, "SELECT integration FROM gov_agreement_integration WHERE agreement = ? ORDER BY integration", id)
        .forEach(i -> b.addIntegrations(Integration.of(i)));
    CoBuildingAgreement agreement = b.build();
    int reviews = rows.getInt(c + 8);
    Optional<CoBuildingEvent.Reviewed> review = Optional.empty();
    if (reviews > 0) {
      Fulfilment f = new Fulfilment(agreement.id(), Instant.parse(rows.getString(c + 10)),
          Duration.parse(rows.getString(c + 11)), Duration.parse(rows.getString(c + 12)), rows.getInt(c + 13),
          rows.getLong(c + 14), rows.getInt(c + 15), rows.getInt(c + 16), rows.getInt(c + 17), rows.getInt(c + 18),
          Fulfilment.Level.valueOf(rows.getString(c + 19)));
      review = Optional.of(new CoBuildingEvent.Reviewed(MeetingId.of(rows.getString(c + 9)), f));
    }
    int feedbacks = rows.getInt(c + 20);
    Optional<CoBuildingEvent.FedBack> feedback = Optional.empty();
    if (feedbacks > 0) {
      feedback = Optional.of(new CoBuildingEvent.FedBack(agreement.id(), MeetingId.of(rows.getString(c + 21)),
          Fulfilment.Level.valueOf(rows.getString(c + 22)), Instant.parse(rows.getString(c + 23))));
    }
    return new Agreement(agreement, reviews, review, feedbacks, feedback);
  }

  private static List<String> column(Connection connection, String select, String agreement) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(select)) {
      query.setString(1, agreement);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.add(rows.getString(1));
        }
      }
    }
    return out;
  }
}
