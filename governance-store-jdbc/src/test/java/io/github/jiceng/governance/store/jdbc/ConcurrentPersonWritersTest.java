package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.MobileNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent writers of one person follow each other: no update is lost, one key per person. */
class ConcurrentPersonWritersTest {

  private static final int WRITERS = 8;
  private static final int UPDATES = 5;

  private TestDatabase database;
  private InMemoryKeyProvider keys;
  private PersonRegister register;
  private ExecutorService pool;

  @BeforeEach
  void openRegister() {
    database = TestDatabase.freshSchema("person_writers");
    Schema.migrate(database);
    keys = InMemoryKeyProvider.seeded(5);
    register = PersonRegister.on(database, keys);
    pool = Executors.newFixedThreadPool(WRITERS);
  }

  @AfterEach
  void close() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    database.close();
  }

  @Test
  void concurrentUpdatesOfOnePersonAllLandOneAfterTheOther() throws Exception {
    PersonId person = PersonId.of("p-1");
    register.put(person, PersonalData.of(PersonName.of("张")));
    ConcurrentLinkedQueue<Long> versions = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(() -> {
        for (int u = 0; u < UPDATES; u++) {
          String mark = Character.toString(0x4E00 + writer * UPDATES + u);
          PersonRecord answer = register.update(person, d -> d.withName(PersonName.of(d.name().rawValue() + mark))
              .withMobile(MobileNumber.of("1390000000" + writer)));
          versions.add(((PersonRecord.Found) answer).version());
        }
        return null;
      });
    }

    runTogether(writers);

    PersonRecord.Found last = (PersonRecord.Found) register.read(person);
    String name = last.data().name().rawValue();
    assertThat(last.version()).isEqualTo(1 + WRITERS * UPDATES);
    assertThat(name).startsWith("张").hasSize(1 + WRITERS * UPDATES);
    for (int i = 0; i < WRITERS * UPDATES; i++) {
      assertThat(name).as("update %s", i).containsOnlyOnce(Character.toString(0x4E00 + i));
    }
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      String own = name.codePoints().filter(c -> c >= 0x4E00 + writer * UPDATES && c < 0x4E00 + (writer + 1) * UPDATES)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      assertThat(own).as("writer %s's updates in its order", w).isEqualTo(
          new StringBuilder().appendCodePoint(0x4E00 + writer * UPDATES).appendCodePoint(0x4E01 + writer * UPDATES)
              .appendCodePoint(0x4E02 + writer * UPDATES).appendCodePoint(0x4E03 + writer * UPDATES)
              .appendCodePoint(0x4E04 + writer * UPDATES).toString());
    }
    assertThat(new TreeSet<>(versions)).hasSize(WRITERS * UPDATES).first().isEqualTo(2L);
    assertThat(keys.liveKeys()).isEqualTo(1);
  }

  @Test
  void firstWritersOfANewPersonRaceAndTheLosersWriteAfterTheWinnerUnderItsKey() throws Exception {
    PersonId person = PersonId.of("p-new");
    ConcurrentLinkedQueue<PersonRecord> answers = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      PersonalData data = PersonalData.of(PersonName.of("李" + Character.toString(0x4E00 + w)));
      writers.add(() -> {
        answers.add(register.put(person, data));
        return null;
      });
    }

    runTogether(writers);

    Set<Long> versions = new TreeSet<>();
    PersonRecord.Found latest = null;
    for (PersonRecord answer : answers) {
      PersonRecord.Found found = (PersonRecord.Found) answer;
      versions.add(found.version());
      if (latest == null || found.version() > latest.version()) {
        latest = found;
      }
    }
    assertThat(versions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(register.read(person)).isEqualTo(latest);
    assertThat(keys.liveKeys()).as("keys of the losers of the first insert are destroyed").isEqualTo(1);
    assertThat(People.column(database, "p-new", "key_id")).satisfies(id -> assertThat(keys.key(id)).isPresent());
  }

  private void runTogether(List<Callable<Void>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Void>> futures = new ArrayList<>();
    for (Callable<Void> task : tasks) {
      futures.add(pool.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    start.countDown();
    for (Future<Void> future : futures) {
      future.get(2, TimeUnit.MINUTES);
    }
  }
}
