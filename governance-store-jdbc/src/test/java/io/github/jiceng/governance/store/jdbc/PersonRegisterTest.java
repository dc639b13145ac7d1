package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The person register on a real PostgreSQL: round trips, updates, erasure as a value, determinism. */
class PersonRegisterTest {

  private static final PersonId ZHANG = PersonId.of("p-0042");

  private TestDatabase database;
  private InMemoryKeyProvider keys;
  private PersonRegister register;

  @BeforeEach
  void openRegister() {
    database = TestDatabase.freshSchema("person_register");
    Schema.migrate(database);
    keys = InMemoryKeyProvider.seeded(7);
    register = PersonRegister.on(database, keys);
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void aStoredPersonReadsBackAsWrittenWhileTheRowHoldsOnlyCiphertext() throws SQLException {
    PersonalData data = People.recognisable();

    assertThat(register.put(ZHANG, data)).isEqualTo(new PersonRecord.Found(ZHANG, 1, data));

    assertThat(register.read(ZHANG)).isEqualTo(new PersonRecord.Found(ZHANG, 1, data));
    String row = People.rows(database).get(0);
    assertThat(row).startsWith("p-0042 | 1 | ACTIVE | test-key-1 | ")
        .doesNotContain(People.NAME, People.IDENTITY, People.MOBILE, "欧", "150622", "1391234")
        .doesNotContain(base64(People.NAME), base64(People.IDENTITY), base64(People.MOBILE));
    for (String column : List.of("key_check", "name", "identity_number", "mobile")) {
      assertThat(Base64.getDecoder().decode(People.column(database, "p-0042", column))[0]).as(column)
          .isEqualTo(PersonCipher.FORMAT);
    }
  }

  @Test
  void fieldsNotRecordedReadBackAbsentAndAPersonNeverStoredIsAbsent() {
    PersonalData onlyName = PersonalData.of(PersonName.of("李"));

    register.put(ZHANG, onlyName);

    assertThat(register.read(ZHANG)).isEqualTo(new PersonRecord.Found(ZHANG, 1, onlyName));
    assertThat(register.read(PersonId.of("p-none"))).isEqualTo(new PersonRecord.Absent(PersonId.of("p-none")));
    assertThat(register.update(PersonId.of("p-none"), d -> d)).isEqualTo(new PersonRecord.Absent(PersonId.of("p-none")));
    assertThat(register.erase(PersonId.of("p-none"))).isEqualTo(new PersonRecord.Absent(PersonId.of("p-none")));
    assertThat(keys.liveKeys()).isEqualTo(1);
  }

  @Test
  void anUpdateChangesOneFieldKeepsTheOthersAndRaisesTheVersionUnderTheSameKey() throws SQLException {
    register.put(ZHANG, People.recognisable());
    String firstName = People.column(database, "p-0042", "name");

    PersonRecord changed = register.update(ZHANG, d -> d.withMobile(MobileNumber.of("+8618612345678")));
    PersonRecord replaced = register.put(ZHANG, PersonalData.of(PersonName.of("欧阳娜娜")));

    assertThat(changed).isEqualTo(new PersonRecord.Found(ZHANG, 2,
        People.recognisable().withMobile(MobileNumber.of("18612345678"))));
    assertThat(replaced).isEqualTo(new PersonRecord.Found(ZHANG, 3, PersonalData.of(PersonName.of(People.NAME))));
    assertThat(register.read(ZHANG)).isEqualTo(replaced);
    assertThat(People.column(database, "p-0042", "key_id")).isEqualTo("test-key-1");
    assertThat(People.column(database, "p-0042", "name")).as("the same name at another version is another ciphertext")
        .isNotEqualTo(firstName);
    assertThat(keys.liveKeys()).isEqualTo(1);
  }

  @Test
  void anErasedPersonReadsAsErasedAndAcceptsNoNewData() throws SQLException {
    register.put(ZHANG, People.recognisable());

    assertThat(register.erase(ZHANG)).isEqualTo(new PersonRecord.Erased(ZHANG));

    assertThat(register.read(ZHANG)).isEqualTo(new PersonRecord.Erased(ZHANG));
    assertThat(register.put(ZHANG, People.recognisable())).isEqualTo(new PersonRecord.Erased(ZHANG));
    assertThat(register.update(ZHANG, d -> d)).isEqualTo(new PersonRecord.Erased(ZHANG));
    assertThat(register.erase(ZHANG)).isEqualTo(new PersonRecord.Erased(ZHANG));
    assertThat(People.rows(database)).containsExactly("p-0042 | 2 | ERASED | test-key-1 | null | null | null | null");
    assertThat(keys.liveKeys()).isZero();
    assertThat(keys.isDestroyed("test-key-1")).isTrue();
  }

  @Test
  void aKeyDestroyedInTheProviderDirectlyErasesThePersonToo() {
    register.put(ZHANG, People.recognisable());

    keys.destroy("test-key-1");

    assertThat(register.read(ZHANG)).isEqualTo(new PersonRecord.Erased(ZHANG));
    assertThat(register.put(ZHANG, People.recognisable())).isEqualTo(new PersonRecord.Erased(ZHANG));
    assertThat(register.erase(ZHANG)).isEqualTo(new PersonRecord.Erased(ZHANG));
    assertThat(register.read(ZHANG)).isEqualTo(new PersonRecord.Erased(ZHANG));
  }

  @Test
  void theSameSeedAndTheSameWritesGiveByteIdenticalRows() throws SQLException {
    write(register);
    List<String> first = People.rows(database);
    try (TestDatabase other = TestDatabase.freshSchema("person_register_again")) {
      Schema.migrate(other);
      write(PersonRegister.on(other, InMemoryKeyProvider.seeded(7)));
      assertThat(People.rows(other)).isEqualTo(first).hasSize(3);
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyReadAnswersWhatTheLastWriteOrErasureLeft(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, PersonRecord> expected = new TreeMap<>();
    Map<String, Long> versions = new TreeMap<>();
    for (int i = 0; i < 120; i++) {
      PersonId person = PersonId.of("p-" + random.nextInt(6));
      PersonRecord before = expected.getOrDefault(person.value(), new PersonRecord.Absent(person));
      long version = versions.getOrDefault(person.value(), 0L);
      int what = random.nextInt(20);
      PersonRecord answer;
      PersonRecord after;
      if (what < 10) {
        PersonalData data = People.random(random);
        answer = register.put(person, data);
        after = before instanceof PersonRecord.Erased ? before : new PersonRecord.Found(person, version + 1, data);
      } else if (what < 18) {
        MobileNumber mobile = MobileNumber.of("1" + (3 + random.nextInt(7)) + (100_000_000 + random.nextInt(899_999_999)));
        answer = register.update(person, d -> d.withMobile(mobile));
        after = before instanceof PersonRecord.Found found
            ? new PersonRecord.Found(person, version + 1, found.data().withMobile(mobile)) : before;
      } else {
        answer = register.erase(person);
        after = before instanceof PersonRecord.Absent ? before : new PersonRecord.Erased(person);
      }
      assertThat(answer).as("seed %s, step %s", seed, i).isEqualTo(after);
      expected.put(person.value(), after);
      if (after instanceof PersonRecord.Found found) {
        versions.put(person.value(), found.version());
      }
      PersonId probe = PersonId.of("p-" + random.nextInt(6));
      assertThat(register.read(probe)).as("seed %s, step %s, %s", seed, i, probe)
          .isEqualTo(expected.getOrDefault(probe.value(), new PersonRecord.Absent(probe)));
    }
    long live = expected.values().stream().filter(PersonRecord.Found.class::isInstance).count();
    assertThat(keys.liveKeys()).as("seed %s: one key per person not erased", seed).isEqualTo((int) live);
  }

  private static void write(PersonRegister register) {
    register.put(PersonId.of("p-1"), People.recognisable());
    register.put(PersonId.of("p-2"), PersonalData.of(PersonName.of("王五")).withIdentityNumber(
        IdentityNumber.of(People.identity("110101", "19851231", "123"))));
    register.update(PersonId.of("p-1"), d -> d.withName(PersonName.of("欧阳")));
    register.put(PersonId.of("p-3"), PersonalData.of(PersonName.of("赵")));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
