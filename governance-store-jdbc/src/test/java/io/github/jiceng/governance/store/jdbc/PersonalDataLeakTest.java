package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsRefusal;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recognisable name, identity number and mobile never reach a text: not the answers' or the
 * register's {@code toString}, not any error's message in either language, its arguments, its
 * stack trace or its causes, not the events' payloads and not any row of any other table.
 */
class PersonalDataLeakTest {

  private static final PersonId PERSON = PersonId.of("p-1");
  private static final Instant AT = Instant.parse("2024-05-06T02:00:00Z");

  private final StoredRule<PointsCommand, PointsState, LedgerEntry> points =
      StoredRule.of("points", PointsRules.of(RedStarPolicies.article(),
              RedStarPolicies.articleServices(OrganizationId.of("org-centre"))), StoreCodecs.pointsEntries())
          .withRefusalCodes(PointsRefusal.class)
          .withProjection(PointsBalances.of());

  private TestDatabase database;
  private InMemoryKeyProvider keys;
  private PersonRegister register;
  private final List<String> texts = new ArrayList<>();
  private final Set<String> errorCodes = new TreeSet<>();

  @BeforeEach
  void openStoreAndRegister() {
    database = TestDatabase.freshSchema("person_leak");
    EventStore store = EventStore.on(database);
    store.migrate();
    store.prepare(points);
    store.handle(points, "ledger-1", "vol-1", new PointsCommand.Award(Contribution.builder().id(EntryId.of("vol-1")).actor(PERSON)
        .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(AT).duration(Duration.ofHours(2)).build(), AT));
    keys = InMemoryKeyProvider.seeded(1);
    register = PersonRegister.on(database, keys);
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void noErrorAnswerEventOrRowShowsThePersonalData() throws Exception {
    PersonalData data = People.recognisable();
    Person person = Person.builder().id(PERSON).name(PersonName.of(People.NAME)).identityNumber(IdentityNumber.of(People.IDENTITY))
        .mobile(MobileNumber.of(People.MOBILE)).build();
    texts.add(data.toString());
    texts.add(PersonalData.of(person).toString());
    texts.add(register.put(PERSON, data).toString());
    texts.add(register.update(PERSON, d -> d).toString());
    texts.add(register.read(PERSON).toString());
    texts.add(register.toString());
    texts.add(keys.toString());

    for (String column : List.of("name", "identity_number", "mobile", "key_check")) {
      String original = People.column(database, "p-1", column);
      People.edit(database, "p-1", column, original.substring(0, 8) + (original.charAt(8) == 'A' ? 'B' : 'A') + original.substring(9));
      failure(() -> register.read(PERSON));
      failure(() -> register.update(PERSON, d -> d));
      failure(() -> register.put(PERSON, data));
      People.edit(database, "p-1", column, original);
    }
    People.edit(database, "p-1", "key_id", "test-key-404");
    failure(() -> register.read(PERSON));
    failure(() -> register.erase(PERSON));
    People.edit(database, "p-1", "key_id", "test-key-1");
    People.edit(database, "p-1", "state", "ERASED");
    failure(() -> register.read(PERSON));
    People.edit(database, "p-1", "state", "ACTIVE");
    failure(() -> PersonRegister.on(database, new WrongKeys(keys)).read(PERSON));

    try (TestDatabase down = TestDatabase.at("jdbc:postgresql://127.0.0.1:1/governance?user=postgres&connectTimeout=2")) {
      PersonRegister unreachable = PersonRegister.on(down, keys);
      failure(() -> unreachable.put(PERSON, data));
      failure(() -> unreachable.update(PERSON, d -> d));
      failure(() -> unreachable.read(PERSON));
      failure(() -> unreachable.erase(PERSON));
    }
    try (TestDatabase empty = TestDatabase.freshSchema("person_leak_unmigrated")) {
      PersonRegister noTable = PersonRegister.on(empty, keys);
      failure(() -> noTable.put(PERSON, data));
      failure(() -> noTable.read(PERSON));
      failure(() -> noTable.erase(PERSON));
    }
    failure(() -> IdentityNumber.of(People.IDENTITY.substring(0, 17) + (People.IDENTITY.charAt(17) == '1' ? '2' : '1')));
    failure(() -> MobileNumber.of(People.MOBILE + "9"));
    failure(() -> PersonName.of(People.NAME + "\n"));

    assertThat(register.read(PERSON)).isEqualTo(new PersonRecord.Found(PERSON, 2, data));
    texts.add(register.erase(PERSON).toString());
    texts.add(register.put(PERSON, data).toString());
    texts.add(register.read(PERSON).toString());
    People.edit(database, "p-1", "state", "ACTIVE");
    texts.add(register.read(PERSON).toString());

    assertThat(errorCodes).contains("store.person-tampered", "store.unavailable", "store.database-failed");
    for (String text : texts) {
      assertNothingPersonal(text);
    }
    List<String> rows = everyRowOfEveryTable();
    assertThat(rows).anyMatch(r -> r.startsWith("gov_event")).anyMatch(r -> r.startsWith("gov_points_balance"))
        .anyMatch(r -> r.startsWith("gov_person"));
    for (String row : rows) {
      assertNothingPersonal(row);
    }
  }

  private void failure(ThrowingCallable call) {
    Throwable[] caught = new Throwable[1];
    assertThatThrownBy(call).satisfies(e -> caught[0] = e);
    Throwable e = caught[0];
    if (e instanceof StoreException store) {
      errorCodes.add(store.code().key());
      for (Language language : Language.values()) {
        texts.add(store.message(language));
      }
      texts.add(store.arguments().toString());
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
  }

  private static void assertNothingPersonal(String text) {
    assertThat(text).doesNotContain(People.NAME, "阳娜娜", People.IDENTITY, People.IDENTITY.substring(1, 16), People.MOBILE,
        People.MOBILE.substring(2, 10), base64(People.NAME), base64(People.IDENTITY),
        base64(People.MOBILE));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)).replace("=", "");
  }

  private List<String> everyRowOfEveryTable() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
            + database.schema() + "' ORDER BY table_name")) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    assertThat(tables).contains("gov_event", "gov_command", "gov_stream", "gov_person", "gov_points_balance", "gov_schema_history");
    List<String> rows = new ArrayList<>();
    for (String table : tables) {
      try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder(table);
          for (int i = 1; i <= columns; i++) {
            row.append(" | ").append(result.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }

  /** A provider that answers every key id with the key of another. */
  private record WrongKeys(InMemoryKeyProvider keys) implements KeyProvider {

    @Override
    public String createKey(PersonId person) {
      return keys.createKey(person);
    }

    @Override
    public java.util.Optional<javax.crypto.SecretKey> key(String keyId) {
      String other = keys.createKey(PersonId.of("p-other"));
      return keys.key(other);
    }

    @Override
    public boolean isDestroyed(String keyId) {
      return keys.isDestroyed(keyId);
    }

    @Override
    public void destroy(String keyId) {
      keys.destroy(keyId);
    }
  }
}
