package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.fund.FundEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The co-building fund's transparency figures as a read model (资金公示读模型): for each fund and
 * calendar month (in the fund's zone), the donations by channel and by donor kind and the
 * disbursements by category, each as a count and an amount in fen, kept in the transaction that
 * books them. {@link #month} reads one month's figures with the opening and closing balance, the
 * numbers of {@code TransparencyReports.of(book, month)} without replaying the fund.
 *
 * <p>Table {@code gov_fund_flow (fund, month, kind, line, entries, amount_fen, beneficiaries)}, kind
 * {@code CHANNEL}, {@code DONOR} or {@code CATEGORY}. Beneficiaries are counted for disbursements
 * outside directed projects (a project's beneficiaries are not a sum over its payments).
 */
public final class FundFlows implements Projection<FundEvent> {

  private final ZoneId zone;

  private FundFlows(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Returns the read model of a fund's flows, bucketed in the fund's zone.
   *
   * @param fund the fund
   * @return the read model
   */
  public static FundFlows of(Fund fund) {
    return new FundFlows(requireNonNull(fund, "fund").zone());
  }

  /** One month's figures of a fund, as its notice board shows them. */
  public record Month(
      Money openingBalance,
      Map<DonationChannel, Line> inflows,
      Map<DonorKind, Line> donors,
      Map<OutflowCategory, Line> outflows,
      Money closingBalance) {

    /** Copies the maps. */
    public Month {
      requireNonNull(openingBalance, "openingBalance");
      inflows = Map.copyOf(inflows);
      donors = Map.copyOf(donors);
      outflows = Map.copyOf(outflows);
      requireNonNull(closingBalance, "closingBalance");
    }
  }

  /**
   * One line of the figures: how many entries, how much, for how many beneficiaries.
   *
   * @param entries the number of donations or disbursements
   * @param amount their total
   * @param beneficiaries the beneficiaries of the disbursements outside directed projects; 0 for donations
   */
  public record Line(long entries, Money amount, long beneficiaries) {
    /** Checks the amount is present. */
    public Line {
      requireNonNull(amount, "amount");
    }
  }

  @Override
  public String name() {
    return "gov_fund_flow";
  }

  @Override
  public void createTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS gov_fund_flow (fund VARCHAR(200) NOT NULL, month CHAR(7) NOT NULL, "
          + "kind VARCHAR(8) NOT NULL, line VARCHAR(40) NOT NULL, entries BIGINT NOT NULL, amount_fen BIGINT NOT NULL, "
          + "beneficiaries BIGINT NOT NULL, CONSTRAINT gov_fund_flow_pk PRIMARY KEY (fund, month, kind, line))");
    }
  }

  @Override
  public void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM gov_fund_flow");
    }
  }

  @Override
  public void apply(Connection connection, List<StoredEvent<FundEvent>> events) throws SQLException {
    for (StoredEvent<FundEvent> stored : events) {
      if (!(stored.event() instanceof FundEvent.Booked booked)) {
        continue;
      }
      String month = YearMonth.from(booked.entry().at().atZone(zone)).toString();
      if (booked.entry() instanceof Donation donation) {
        add(connection, stored.streamId(), month, "CHANNEL", donation.channel().name(), donation.amount().fen(), 0);
        add(connection, stored.streamId(), month, "DONOR", donation.donorKind().name(), donation.amount().fen(), 0);
      } else {
        Disbursement disbursement = (Disbursement) booked.entry();
        long beneficiaries = disbursement.request().project().isPresent() ? 0 : disbursement.request().beneficiaries();
        add(connection, stored.streamId(), month, "CATEGORY", disbursement.category().name(), disbursement.amount().fen(),
            beneficiaries);
      }
    }
  }

  private static void add(Connection connection, String fund, String month, String kind, String line, long fen,
      long beneficiaries) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE gov_fund_flow SET entries = entries + 1, "
        + "amount_fen = amount_fen + ?, beneficiaries = beneficiaries + ? WHERE fund = ? AND month = ? AND kind = ? AND line = ?")) {
      update.setLong(1, fen);
      update.setLong(2, beneficiaries);
      update.setString(3, fund);
      update.setString(4, month);
      update.setString(5, kind);
      update.setString(6, line);
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_fund_flow (fund, month, kind, line, entries, "
        + "amount_fen, beneficiaries) VALUES (?, ?, ?, ?, 1, ?, ?)")) {
      insert.setString(1, fund);
      insert.setString(2, month);
      insert.setString(3, kind);
      insert.setString(4, line);
      insert.setLong(5, fen);
      insert.setLong(6, beneficiaries);
      insert.executeUpdate();
    }
  }

  /**
   * Reads one month's figures of a fund from the read model; lines without entries are absent.
   *
   * @param dataSource the store's database
   * @param fund the fund's stream id (its id)
   * @param month the month, in the fund's zone
   * @return the figures
   * @throws StoreException if the database fails
   */
  public static Month month(DataSource dataSource, String fund, YearMonth month) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(fund, "fund");
    requireNonNull(month, "month");
    Map<DonationChannel, Line> inflows = new EnumMap<>(DonationChannel.class);
    Map<DonorKind, Line> donors = new EnumMap<>(DonorKind.class);
    Map<OutflowCategory, Line> outflows = new EnumMap<>(OutflowCategory.class);
    long before = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT month, kind, line, entries, amount_fen, beneficiaries "
            + "FROM gov_fund_flow WHERE fund = ? AND month <= ? AND kind <> 'DONOR' OR fund = ? AND month = ? AND kind = 'DONOR'")) {
      query.setString(1, fund);
      query.setString(2, month.toString());
      query.setString(3, fund);
      query.setString(4, month.toString());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          boolean inMonth = rows.getString(1).equals(month.toString());
          String kind = rows.getString(2);
          String line = rows.getString(3);
          long fen = rows.getLong(5);
          Line figures = new Line(rows.getLong(4), Money.ofFen(fen), rows.getLong(6));
          if (kind.equals("DONOR")) {
            donors.put(DonorKind.valueOf(line), figures);
          } else if (!inMonth) {
            before = Math.addExact(before, kind.equals("CHANNEL") ? fen : -fen);
          } else if (kind.equals("CHANNEL")) {
            inflows.put(DonationChannel.valueOf(line), figures);
          } else {
            outflows.put(OutflowCategory.valueOf(line), figures);
          }
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_FUND_FLOWS, e, fund);
    }
    long in = inflows.values().stream().mapToLong(l -> l.amount().fen()).sum();
    long out = outflows.values().stream().mapToLong(l -> l.amount().fen()).sum();
    return new Month(Money.ofFen(before), inflows, donors, outflows, Money.ofFen(before + in - out));
  }
}
