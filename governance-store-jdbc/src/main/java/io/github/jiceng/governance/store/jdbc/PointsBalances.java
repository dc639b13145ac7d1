package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Deduction;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.rules.points.AccountTotals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Members' red-star point balances as a read model (积分余额读模型): for each points ledger (a
 * stream of the points rule, such as a community's ledger) and each member or unit with an entry
 * in it, the points earned, redeemed, expired and deducted and the balance left, kept in the
 * transaction that books the entries. The rows equal {@code PointsState.allTotals()} of the
 * replayed ledger without replaying it: an award adds its granted points to {@code earned} (an
 * award of zero points opens the account too), a redemption, an expiry and a deduction add theirs
 * to their column, and the balance is earned less the other three.
 *
 * <p>Table {@code gov_points_balance (ledger, actor_kind, actor, earned, redeemed, expired, deducted,
 * balance, entries)}, {@code actor_kind} {@code PERSON} or {@code ORGANIZATION}, {@code entries}
 * the number of entries booked for the member. Register it on the points rule:
 *
 * <pre>{@code
 * StoredRule<PointsCommand, PointsState, LedgerEntry> points =
 *     StoredRule.of("points", PointsRules.of(policy, catalogue), StoreCodecs.pointsEntries())
 *         .withRefusalCodes(PointsRefusal.class)
 *         .withProjection(PointsBalances.of());
 * store.prepare(points);
 * store.handle(points, "xuemeili", "vol-2024-0001", new PointsCommand.Award(contribution, bookedAt));
 * PointsBalances.member(dataSource, "xuemeili", PersonId.of("p-0042"));   // earned, redeemed, ..., balance
 * }</pre>
 */
public final class PointsBalances implements Projection<LedgerEntry> {

  private static final PointsBalances INSTANCE = new PointsBalances();

  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";

  private PointsBalances() {}

  /**
   * Returns the read model of members' balances.
   *
   * @return the read model
   */
  public static PointsBalances of() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "gov_points_balance";
  }

  @Override
  public void createTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS gov_points_balance (ledger VARCHAR(200) NOT NULL, "
          + "actor_kind VARCHAR(12) NOT NULL, actor VARCHAR(200) NOT NULL, earned BIGINT NOT NULL, "
          + "redeemed BIGINT NOT NULL, expired BIGINT NOT NULL, deducted BIGINT NOT NULL, balance BIGINT NOT NULL, "
          + "entries BIGINT NOT NULL, CONSTRAINT gov_points_balance_pk PRIMARY KEY (ledger, actor_kind, actor))");
    }
  }

  @Override
  public void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM gov_points_balance");
    }
  }

  /**
   * Adds the command's entries to their members' rows: one update (or insert) per member, whatever
   * the number of entries (a command may book expiries before its own entry).
   */
  @Override
  public void apply(Connection connection, List<StoredEvent<LedgerEntry>> events) throws SQLException {
    Map<String, Map<ActorId, long[]>> byLedger = new TreeMap<>();
    for (StoredEvent<LedgerEntry> stored : events) {
      LedgerEntry entry = stored.event();
      long[] sums = byLedger.computeIfAbsent(stored.streamId(), k -> new TreeMap<>())
          .computeIfAbsent(entry.actor(), k -> new long[5]);
      long points = entry.points().value();
      if (entry instanceof Award) {
        sums[0] = Math.addExact(sums[0], points);
      } else if (entry instanceof Redemption) {
        sums[1] = Math.addExact(sums[1], points);
      } else if (entry instanceof Expiry) {
        sums[2] = Math.addExact(sums[2], points);
      } else if (entry instanceof Deduction) {
        sums[3] = Math.addExact(sums[3], points);
      }
      sums[4]++;
    }
    for (Map.Entry<String, Map<ActorId, long[]>> ledger : byLedger.entrySet()) {
      for (Map.Entry<ActorId, long[]> member : ledger.getValue().entrySet()) {
        add(connection, ledger.getKey(), member.getKey(), member.getValue());
      }
    }
  }

  private static void add(Connection connection, String ledger, ActorId actor, long[] sums) throws SQLException {
    long balance = sums[0] - sums[1] - sums[2] - sums[3];
    try (PreparedStatement update = connection.prepareStatement("UPDATE gov_points_balance SET earned = earned + ?, "
        + "redeemed = redeemed + ?, expired = expired + ?, deducted = deducted + ?, balance = balance + ?, "
        + "entries = entries + ? WHERE ledger = ? AND actor_kind = ? AND actor = ?")) {
      update.setLong(1, sums[0]);
      update.setLong(2, sums[1]);
      update.setLong(3, sums[2]);
      update.setLong(4, sums[3]);
      update.setLong(5, balance);
      update.setLong(6, sums[4]);
      update.setString(7, ledger);
      update.setString(8, kind(actor));
      update.setString(9, actor.value());
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_points_balance (ledger, actor_kind, "
        + "actor, earned, redeemed, expired, deducted, balance, entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, ledger);
      insert.setString(2, kind(actor));
      insert.setString(3, actor.value());
      insert.setLong(4, sums[0]);
      insert.setLong(5, sums[1]);
      insert.setLong(6, sums[2]);
      insert.setLong(7, sums[3]);
      insert.setLong(8, balance);
      insert.setLong(9, sums[4]);
      insert.executeUpdate();
    }
  }

  private static String kind(ActorId actor) {
    return actor.isOrganization() ? ORGANIZATION : PERSON;
  }

  /**
   * Reads every member's totals in one ledger from the read model, in the order of {@code
   * PointsState.allTotals()}: persons first, then by id.
   *
   * @param dataSource the store's database
   * @param ledger the ledger's stream id
   * @return the totals; empty for a ledger without entries
   * @throws StoreException if the database fails
   */
  public static List<AccountTotals> ledger(DataSource dataSource, String ledger) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(ledger, "ledger");
    return query(dataSource, ledger, null);
  }

  /**
   * Reads one member's totals in one ledger from the read model.
   *
   * @param dataSource the store's database
   * @param ledger the ledger's stream id
   * @param actor the member or unit
   * @return the totals, or empty if the ledger has no entry for the member
   * @throws StoreException if the database fails
   */
  public static Optional<AccountTotals> member(DataSource dataSource, String ledger, ActorId actor) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(ledger, "ledger");
    requireNonNull(actor, "actor");
    List<AccountTotals> found = query(dataSource, ledger, actor);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<AccountTotals> query(DataSource dataSource, String ledger, @Nullable ActorId actor) {
    String sql = "SELECT actor_kind, actor, earned, redeemed, expired, deducted, balance FROM gov_points_balance "
        + "WHERE ledger = ?" + (actor == null ? "" : " AND actor_kind = ? AND actor = ?");
    List<AccountTotals> out = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, ledger);
      if (actor != null) {
        query.setString(2, kind(actor));
        query.setString(3, actor.value());
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ActorId member = rows.getString(1).equals(ORGANIZATION) ? OrganizationId.of(rows.getString(2))
              : PersonId.of(rows.getString(2));
          out.add(new AccountTotals(member, Points.of(rows.getLong(3)), Points.of(rows.getLong(4)),
              Points.of(rows.getLong(5)), Points.of(rows.getLong(6)), Points.of(rows.getLong(7))));
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_POINTS_BALANCES, e, ledger);
    }
    out.sort((a, b) -> a.actor().compareTo(b.actor()));
    return Collections.unmodifiableList(out);
  }
}
