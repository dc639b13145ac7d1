package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsRefusal;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure is destroying the person's key: the data can never be read again, from the table or a
 * backup of it, while the ledgers that refer to the person stay append-only and replay and balance
 * exactly as before.
 */
class PersonErasureTest {

  private static final PersonId OUYANG = PersonId.of("p-7");
  private static final PersonId WANG = PersonId.of("p-8");
  private static final Instant AT = Instant.parse("2024-03-02T01:00:00Z");
  private static final ServiceCatalogue CATALOGUE = RedStarPolicies.articleServices(OrganizationId.of("org-centre"));

  private final StoredRule<PointsCommand, PointsState, LedgerEntry> points =
      StoredRule.of("points", PointsRules.of(RedStarPolicies.article(), CATALOGUE), StoreCodecs.pointsEntries())
          .withRefusalCodes(PointsRefusal.class)
          .withProjection(PointsBalances.of());

  private TestDatabase database;
  private EventStore store;
  private InMemoryKeyProvider keys;
  private PersonRegister register;

  @BeforeEach
  void openStoreAndRegister() {
    database = TestDatabase.freshSchema("person_erasure");
    store = EventStore.on(database);
    store.migrate();
    store.prepare(points);
    keys = InMemoryKeyProvider.seeded(3);
    register = PersonRegister.on(database, keys);
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void aBackupOfTheRowTakenBeforeErasureCannotBeReadAfterIt() throws Exception {
    register.put(OUYANG, People.recognisable());
    String keyId = People.column(database, "p-7", "key_id");
    String sealedName = People.column(database, "p-7", "name");
    PersonCipher before = PersonCipher.of(keys.key(keyId).orElseThrow());
    byte[] associated = PersonCipher.associatedData("p-7", "name", keyId, 1);
    assertThat(before.open(associated, sealedName)).as("readable while the key lives").isNotEmpty();
    List<String> backup = List.of("name", "identity_number", "mobile", "key_check").stream()
        .map(column -> column(column)).toList();

    register.erase(OUYANG);
    database.execute("UPDATE gov_person SET state = 'ACTIVE', version = 1, key_check = '" + backup.get(3) + "', name = '"
        + backup.get(0) + "', identity_number = '" + backup.get(1) + "', mobile = '" + backup.get(2) + "' WHERE person_id = 'p-7'");

    assertThat(register.read(OUYANG)).as("the restored row").isEqualTo(new PersonRecord.Erased(OUYANG));
    assertThat(keys.key(keyId)).isEmpty();
    PersonCipher anyOtherKey = PersonCipher.of(keys.key(keys.createKey(OUYANG)).orElseThrow());
    assertThatThrownBy(() -> anyOtherKey.open(associated, sealedName)).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void theLedgerOfAnErasedPersonReplaysAndBalancesExactlyAsBefore() throws SQLException {
    register.put(OUYANG, People.recognisable());
    register.put(WANG, People.recognisable().withName(PersonName.of("王五")));
    book("vol-1", new PointsCommand.Award(volunteering("vol-1", OUYANG, 480, AT), AT));
    book("vol-2", new PointsCommand.Award(volunteering("vol-2", WANG, 120, AT), AT.plusSeconds(60)));
    book("redeem-1", new PointsCommand.Redeem(EntryId.of("redeem-1"), OUYANG, OfferId.of("head-therapy"), 1, AT.plusSeconds(120)));
    List<StoredEvent<LedgerEntry>> events = store.events(points, "xuemeili");
    PointsState replayed = store.replay(points, "xuemeili").state();
    List<AccountTotals> balances = PointsBalances.ledger(database, "xuemeili");
    List<String> eventRows = eventRows();
    assertThat(events).hasSize(3);
    assertThat(replayed.totals(OUYANG).redeemed().value()).isPositive();

    assertThat(register.erase(OUYANG)).isEqualTo(new PersonRecord.Erased(OUYANG));

    assertThat(eventRows()).as("the events, byte for byte").isEqualTo(eventRows);
    assertThat(store.events(points, "xuemeili")).isEqualTo(events);
    assertThat(store.replay(points, "xuemeili").state().allTotals()).isEqualTo(replayed.allTotals());
    assertThat(store.load(points, "xuemeili").state().allTotals()).isEqualTo(replayed.allTotals());
    assertThat(PointsBalances.ledger(database, "xuemeili")).isEqualTo(balances);
    assertThat(store.rebuild(points)).isEqualTo(3);
    assertThat(PointsBalances.ledger(database, "xuemeili")).isEqualTo(balances);
    assertThat(balances).allMatch(AccountTotals::conserves);

    Decision<LedgerEntry> later = book("vol-3", new PointsCommand.Award(volunteering("vol-3", OUYANG, 60, AT.plus(Duration.ofDays(2))),
        AT.plus(Duration.ofDays(2))));
    assertThat(later).isInstanceOf(Decision.Applied.class);
    assertThat(book("vol-1", new PointsCommand.Award(volunteering("vol-1", OUYANG, 480, AT), AT)))
        .isInstanceOf(Decision.Unchanged.class);
    PointsState after = store.replay(points, "xuemeili").state();
    assertThat(after.totals(OUYANG).earned().value()).isGreaterThan(replayed.totals(OUYANG).earned().value());
    assertThat(PointsBalances.ledger(database, "xuemeili")).isEqualTo(after.allTotals());
    assertThat(register.read(OUYANG)).isEqualTo(new PersonRecord.Erased(OUYANG));
    assertThat(register.read(WANG)).isInstanceOf(PersonRecord.Found.class);
  }

  private Decision<LedgerEntry> book(String key, PointsCommand command) {
    return store.handle(points, "xuemeili", key, command);
  }

  private static Contribution volunteering(String id, PersonId member, int minutes, Instant at) {
    return Contribution.builder().id(EntryId.of(id)).actor(member).kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(at)
        .duration(Duration.ofMinutes(minutes)).build();
  }

  private String column(String column) {
    try {
      return People.column(database, "p-7", column);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> eventRows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT sequence, rule, stream_id, stream_version, idempotency_key, payload "
            + "FROM gov_event ORDER BY sequence")) {
      while (result.next()) {
        rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getString(3) + " " + result.getLong(4) + " "
            + result.getString(5) + " " + result.getString(6));
      }
    }
    return rows;
  }
}
