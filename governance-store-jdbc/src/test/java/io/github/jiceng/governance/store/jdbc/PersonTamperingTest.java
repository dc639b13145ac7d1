package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.shared.Language;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A row edited outside the register, or a wrong key, fails with a typed error naming the person and the field. */
class PersonTamperingTest {

  private static final PersonId OUYANG = PersonId.of("p-1");
  private static final PersonId WANG = PersonId.of("p-2");

  private TestDatabase database;
  private InMemoryKeyProvider keys;
  private PersonRegister register;

  @BeforeEach
  void openRegisterWithTwoPeople() {
    database = TestDatabase.freshSchema("person_tampering");
    Schema.migrate(database);
    keys = InMemoryKeyProvider.seeded(11);
    register = PersonRegister.on(database, keys);
    register.put(OUYANG, People.recognisable());
    register.put(WANG, PersonalData.of(PersonName.of("王五")));
    register.put(WANG, PersonalData.of(PersonName.of("王五")));
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void anEditedCiphertextFailsNamingItsField() throws SQLException {
    for (String[] field : new String[][] {{"name", "name"}, {"identity_number", "identityNumber"}, {"mobile", "mobile"},
        {"key_check", "keyId"}}) {
      String original = People.column(database, "p-1", field[0]);
      char[] flipped = original.toCharArray();
      flipped[20] = flipped[20] == 'A' ? 'B' : 'A';
      People.edit(database, "p-1", field[0], new String(flipped));

      assertTampered(() -> register.read(OUYANG), "p-1", field[1]);
      assertTampered(() -> register.update(OUYANG, d -> d), "p-1", field[1]);

      People.edit(database, "p-1", field[0], original);
      assertThat(register.read(OUYANG)).isInstanceOf(PersonRecord.Found.class);
    }
  }

  @Test
  void aCiphertextMovedFromAnotherPersonOrFieldOrAnOlderVersionDoesNotAuthenticate() throws SQLException {
    String mobile = People.column(database, "p-1", "mobile");
    String name = People.column(database, "p-1", "name");

    People.edit(database, "p-1", "name", People.column(database, "p-2", "name"));
    assertTampered(() -> register.read(OUYANG), "p-1", "name");
    People.edit(database, "p-1", "name", mobile);
    assertTampered(() -> register.read(OUYANG), "p-1", "name");
    People.edit(database, "p-1", "name", name);

    String wangFirstName = People.column(database, "p-2", "name");
    register.put(WANG, PersonalData.of(PersonName.of("王六")));
    People.edit(database, "p-2", "name", wangFirstName);
    assertTampered(() -> register.read(WANG), "p-2", "name");
    People.edit(database, "p-1", "name", null);
    assertTampered(() -> register.read(OUYANG), "p-1", "name");
  }

  @Test
  void anEditedKeyIdOrVersionFailsAsTheKeyIdAndErasureThenDestroysNoKey() throws SQLException {
    People.edit(database, "p-1", "key_id", "test-key-99");
    assertTampered(() -> register.read(OUYANG), "p-1", "keyId");

    People.edit(database, "p-1", "key_id", "test-key-2");
    assertTampered(() -> register.read(OUYANG), "p-1", "keyId");
    assertTampered(() -> register.erase(OUYANG), "p-1", "keyId");
    assertThat(keys.liveKeys()).as("the edited key id pointed at Wang's key, which stays").isEqualTo(2);
    assertThat(register.read(WANG)).isInstanceOf(PersonRecord.Found.class);

    People.edit(database, "p-1", "key_id", "not a key id");
    assertTampered(() -> register.read(OUYANG), "p-1", "keyId");
    People.edit(database, "p-1", "key_id", "test-key-1");

    People.edit(database, "p-1", "version", "5");
    assertTampered(() -> register.read(OUYANG), "p-1", "keyId");
    People.edit(database, "p-1", "version", "1");
    assertThat(register.read(OUYANG)).isEqualTo(new PersonRecord.Found(OUYANG, 1, People.recognisable()));
  }

  @Test
  void aLiveRowMarkedErasedFailsAsItsStateAndIsNotReadAsErased() throws SQLException {
    People.edit(database, "p-1", "state", "ERASED");

    assertTampered(() -> register.read(OUYANG), "p-1", "state");
    assertTampered(() -> register.put(OUYANG, People.recognisable()), "p-1", "state");
    assertThat(keys.liveKeys()).isEqualTo(2);
  }

  @Test
  void anErasedRowPointedAtAnotherPersonsKeyNeverDestroysThatKey() throws SQLException {
    register.erase(OUYANG);
    People.edit(database, "p-1", "key_id", "test-key-2");

    assertTampered(() -> register.erase(OUYANG), "p-1", "state");
    assertTampered(() -> register.read(OUYANG), "p-1", "state");
    assertThat(keys.key("test-key-2")).isPresent();
    assertThat(register.read(WANG)).isInstanceOf(PersonRecord.Found.class);

    People.edit(database, "p-1", "key_id", "test-key-1");
    assertThat(register.erase(OUYANG)).isEqualTo(new PersonRecord.Erased(OUYANG));
    assertThat(keys.liveKeys()).isEqualTo(1);
  }

  @Test
  void aProviderAnsweringTheWrongKeyFailsAsTheKeyIdAndTheRightKeyReadsAgain() {
    KeyProvider wrong = new KeyProvider() {
      @Override
      public String createKey(PersonId person) {
        return keys.createKey(person);
      }

      @Override
      public Optional<SecretKey> key(String keyId) {
        return keys.key(keyId.equals("test-key-1") ? "test-key-2" : "test-key-1");
      }

      @Override
      public boolean isDestroyed(String keyId) {
        return keys.isDestroyed(keyId);
      }

      @Override
      public void destroy(String keyId) {
        keys.destroy(keyId);
      }
    };
    PersonRegister misled = PersonRegister.on(database, wrong);

    assertTampered(() -> misled.read(OUYANG), "p-1", "keyId");
    assertTampered(() -> misled.read(WANG), "p-2", "keyId");
    assertTampered(() -> misled.erase(OUYANG), "p-1", "keyId");
    assertThat(keys.liveKeys()).isEqualTo(2);
    assertThat(register.read(OUYANG)).isEqualTo(new PersonRecord.Found(OUYANG, 1, People.recognisable()));
  }

  private static void assertTampered(ThrowingCallable call, String person, String field) {
    assertThatThrownBy(call).as("%s, field %s", person, field)
        .isInstanceOfSatisfying(PersonTamperedException.class, e -> {
          assertThat(e.code()).isEqualTo(StoreErrorCode.PERSON_TAMPERED);
          assertThat(e.person()).isEqualTo(PersonId.of(person));
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.arguments()).isEqualTo(Map.of("person", person, "field", field));
          assertThat(e.message(Language.ZH)).startsWith("人员 " + person + "：存储的字段 " + field + " 无法");
          assertThat(e.message(Language.EN)).startsWith("Person " + person + ": the stored field " + field + " does not");
        });
  }
}
