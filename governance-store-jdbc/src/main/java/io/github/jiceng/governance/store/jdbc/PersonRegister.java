package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The person register (人员登记簿): each person's name, identity number and mobile under the
 * person's id, every field encrypted at rest with AES-GCM under the person's own data key, which
 * the host's {@link KeyProvider} keeps (ADR 0034). Events and read models refer to people by
 * {@link PersonId} only; this register is the one place their personal data is stored.
 *
 * <p>Every call answers a {@link PersonRecord}: {@link PersonRecord.Found} with the decrypted data
 * and the row's version, {@link PersonRecord.Erased} or {@link PersonRecord.Absent}.
 *
 * <ul>
 *   <li><b>Writes</b> ({@link #put}, {@link #update}) lock the person's row for their transaction,
 *       so concurrent writers of one person follow each other and none loses another's update; each
 *       write raises the row's version by one. The first write creates the person's data key.
 *   <li><b>Erasure</b> ({@link #erase}) destroys the person's data key through the provider and
 *       clears the row's ciphertexts: what any backup still holds can no longer be read. The person
 *       reads as erased for good; writes to the id answer {@link PersonRecord.Erased} and store
 *       nothing. A key destroyed in the provider directly has the same effect. Ledgers are not
 *       touched: they stay append-only and replay and balance exactly as before.
 *   <li><b>Tampering</b>: every ciphertext is bound to its person, field, key id and version, so a
 *       row edited outside the register (a ciphertext, the key id, the version or the state), or a
 *       provider that answers a wrong key, fails with a {@link PersonTamperedException} naming the
 *       person and the field, never a value.
 * </ul>
 *
 * <p>Nothing personal leaves through {@code toString}, exception messages or logs: the register
 * logs nothing, its answers mask themselves and its errors name person ids, fields and SQL states.
 * Its table {@code gov_person} is created by the script {@code V2__person_register.sql} ({@link
 * Schema#migrate}, or the host's Flyway).
 *
 * <pre>{@code
 * PersonRegister people = PersonRegister.on(dataSource, keyProvider);   // the host's KeyProvider
 * people.put(PersonId.of("p-0042"), PersonalData.of(PersonName.of("张三"))
 *     .withMobile(MobileNumber.of("13912345678")));
 * people.update(PersonId.of("p-0042"), d -> d.withIdentityNumber(IdentityNumber.of("150622199001010011")));
 * people.read(PersonId.of("p-0042"));   // Found[p-0042, version 2, PersonalData[name=张*, ...]]
 * people.erase(PersonId.of("p-0042"));  // Erased: the key is destroyed, the ledgers stay
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call takes a connection from the data source for its duration.
 */
public final class PersonRegister {

  /** The longest key id a provider may give, in characters. */
  public static final int MAX_KEY_ID_LENGTH = 200;

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0," + (MAX_KEY_ID_LENGTH - 1) + "}");
  private static final int MAX_ATTEMPTS = 3;
  private static final String ACTIVE = "ACTIVE";
  private static final String ERASED = "ERASED";
  private static final byte ABSENT_VALUE = 0;
  private static final byte PRESENT_VALUE = 1;

  private final DataSource dataSource;
  private final KeyProvider keys;

  private PersonRegister(DataSource dataSource, KeyProvider keys) {
    this.dataSource = dataSource;
    this.keys = keys;
  }

  /**
   * Opens the register on a database whose schema is migrated ({@link Schema#migrate}).
   *
   * @param dataSource the host's data source
   * @param keys the host's key provider
   * @return the register
   */
  public static PersonRegister on(DataSource dataSource, KeyProvider keys) {
    return new PersonRegister(requireNonNull(dataSource, "dataSource"), requireNonNull(keys, "keys"));
  }

  /**
   * Stores a person's data, replacing what was stored; the first write of a person creates their
   * data key.
   *
   * @param person the person's id
   * @param data the data
   * @return {@link PersonRecord.Found} with the data at its new version, or {@link
   *     PersonRecord.Erased} (nothing stored) if the person was erased
   * @throws PersonTamperedException if the stored row does not authenticate
   * @throws StoreUnavailableException if the database cannot be reached
   * @throws StoreException if the database fails otherwise
   */
  public PersonRecord put(PersonId person, PersonalData data) {
    requireNonNull(data, "data");
    return write(person, current -> data, true);
  }

  /**
   * Changes a stored person's data: reads it under the row's lock, applies {@code change} and
   * stores the result, so that concurrent changes of one person apply one after the other and none
   * is lost. {@code change} runs inside the transaction: keep it short and free of side effects.
   *
   * @param person the person's id
   * @param change from the current data to the new data
   * @return {@link PersonRecord.Found} with the new data at its new version; {@link
   *     PersonRecord.Absent} or {@link PersonRecord.Erased} (nothing stored) if there was no data
   *     to change
   * @throws PersonTamperedException if the stored row does not authenticate
   * @throws StoreUnavailableException if the database cannot be reached
   * @throws StoreException if the database fails otherwise
   */
  public PersonRecord update(PersonId person, UnaryOperator<PersonalData> change) {
    requireNonNull(change, "change");
    return write(person, current -> requireNonNull(change.apply(current), "the changed data"), false);
  }

  /**
   * Reads a person's data.
   *
   * @param person the person's id
   * @return the decrypted data at its version, {@link PersonRecord.Erased} if the person's key is
   *     destroyed, or {@link PersonRecord.Absent}
   * @throws PersonTamperedException if the stored row does not authenticate
   * @throws StoreUnavailableException if the database cannot be reached
   * @throws StoreException if the database fails otherwise
   */
  public PersonRecord read(PersonId person) {
    requireNonNull(person, "person");
    try (Connection connection = dataSource.getConnection()) {
      Row row = select(connection, person, false);
      if (row == null) {
        return new PersonRecord.Absent(person);
      }
      return open(row, person).<PersonRecord>map(d -> new PersonRecord.Found(person, row.version, d))
          .orElseGet(() -> new PersonRecord.Erased(person));
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_PERSON, e, person.value());
    }
  }

  /**
   * Erases a person (删除个人信息): destroys their data key through the key provider, then clears
   * the row's ciphertexts and marks it erased. Erasing an erased person changes nothing; a person
   * whose key was destroyed in the provider directly has the row cleared and marked. The ledgers
   * are not touched.
   *
   * @param person the person's id
   * @return {@link PersonRecord.Erased}, or {@link PersonRecord.Absent} if the register never held
   *     the person
   * @throws PersonTamperedException if the row's key id does not authenticate, or a row marked
   *     erased names a key that is still held, so that an edited row never destroys another
   *     person's key
   * @throws StoreUnavailableException if the database cannot be reached; the key may already be
   *     destroyed, in which case the person reads as erased and erasing again completes the row
   * @throws StoreException if the database fails otherwise
   */
  public PersonRecord erase(PersonId person) {
    requireNonNull(person, "person");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Row row = select(connection, person, true);
        if (row == null) {
          connection.rollback();
          return new PersonRecord.Absent(person);
        }
        if (!row.state.equals(ACTIVE)) {
          // an erased row keeps nothing to destroy; one whose key is still held was edited
          if (!row.state.equals(ERASED) || keys.key(row.keyId).isPresent()) {
            throw new PersonTamperedException(person, "state", null);
          }
          connection.rollback();
          return new PersonRecord.Erased(person);
        }
        Optional<SecretKey> key = key(row, person);
        if (key.isPresent()) {
          checkKey(PersonCipher.of(key.get()), row, person);
          keys.destroy(row.keyId);
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE gov_person SET state = ?, version = ?, "
            + "key_check = NULL, name = NULL, identity_number = NULL, mobile = NULL WHERE person_id = ? AND version = ?")) {
          update.setString(1, ERASED);
          update.setLong(2, row.version + 1);
          update.setString(3, person.value());
          update.setLong(4, row.version);
          update.executeUpdate();
        }
        connection.commit();
        return new PersonRecord.Erased(person);
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.ERASE_PERSON, e, person.value());
    }
  }

  /** Names the register; never a person or a key. */
  @Override
  public String toString() {
    return "PersonRegister[table gov_person]";
  }

  /**
   * Writes a person under the row's lock: {@code next} maps the current data (null for a person
   * not yet stored, which only a creating write reaches) to the data to store.
   */
  private PersonRecord write(PersonId person, Function<@Nullable PersonalData, PersonalData> next, boolean create) {
    requireNonNull(person, "person");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      SQLException conflict = null;
      for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        String createdKey = null;
        try {
          Row row = select(connection, person, true);
          PersonRecord answer;
          if (row == null) {
            if (!create) {
              connection.rollback();
              return new PersonRecord.Absent(person);
            }
            PersonalData data = next.apply(null);
            createdKey = checkedKeyId(keys.createKey(person), person);
            String keyId = createdKey;
            SecretKey key = keys.key(keyId).orElseThrow(() -> new IllegalStateException(
                "The key provider does not hold the key " + keyId + " it has just created for person " + person.value()));
            Sealed sealed = seal(PersonCipher.of(key), person, keyId, 1, data);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_person (person_id, version, state, key_id, "
                + "key_check, name, identity_number, mobile) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
              insert.setString(1, person.value());
              insert.setLong(2, 1);
              insert.setString(3, ACTIVE);
              insert.setString(4, keyId);
              sealed.bind(insert, 5);
              insert.executeUpdate();
            }
            answer = new PersonRecord.Found(person, 1, data);
          } else {
            Optional<PersonalData> current = open(row, person);
            if (current.isEmpty()) {
              connection.rollback();
              return new PersonRecord.Erased(person);
            }
            PersonalData data = next.apply(current.get());
            SecretKey key = key(row, person).orElseThrow();
            Sealed sealed = seal(PersonCipher.of(key), person, row.keyId, row.version + 1, data);
            try (PreparedStatement update = connection.prepareStatement("UPDATE gov_person SET version = ?, key_check = ?, "
                + "name = ?, identity_number = ?, mobile = ? WHERE person_id = ? AND version = ? AND state = ?")) {
              update.setLong(1, row.version + 1);
              sealed.bind(update, 2);
              update.setString(6, person.value());
              update.setLong(7, row.version);
              update.setString(8, ACTIVE);
              if (update.executeUpdate() != 1) {
                throw new SQLException("The locked row of person " + person.value() + " moved", "40001");
              }
            }
            answer = new PersonRecord.Found(person, row.version + 1, data);
          }
          connection.commit();
          return answer;
        } catch (SQLException e) {
          rollback(connection, e);
          if (createdKey != null) {
            keys.destroy(createdKey);
          }
          if (!SqlErrors.isConflict(e)) {
            throw e;
          }
          conflict = e;
        } catch (RuntimeException | Error e) {
          rollback(connection, e);
          if (createdKey != null) {
            keys.destroy(createdKey);
          }
          throw e;
        }
      }
      throw requireNonNull(conflict);
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.WRITE_PERSON, e, person.value());
    }
  }

  /**
   * Returns the decrypted data of a row, or empty if the person is erased: the row is marked so
   * and its key is gone, or its key was destroyed.
   */
  private Optional<PersonalData> open(Row row, PersonId person) {
    if (row.state.equals(ERASED)) {
      if (keys.key(row.keyId).isPresent()) {
        throw new PersonTamperedException(person, "state", null);
      }
      return Optional.empty();
    }
    if (!row.state.equals(ACTIVE)) {
      throw new PersonTamperedException(person, "state", null);
    }
    Optional<SecretKey> key = key(row, person);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    PersonCipher cipher = PersonCipher.of(key.get());
    checkKey(cipher, row, person);
    PersonName name = decode(person, "name", field(cipher, row, person, "name", row.name), PersonName::of)
        .orElseThrow(() -> new PersonTamperedException(person, "name", null));
    Optional<IdentityNumber> number = decode(person, "identityNumber",
        field(cipher, row, person, "identityNumber", row.identityNumber), IdentityNumber::of);
    Optional<MobileNumber> mobile = decode(person, "mobile", field(cipher, row, person, "mobile", row.mobile),
        MobileNumber::of);
    return Optional.of(new PersonalData(name, number, mobile));
  }

  /**
   * Returns the row's key, or empty if it was destroyed.
   *
   * @throws PersonTamperedException if the key id is malformed or unknown to the provider
   */
  private Optional<SecretKey> key(Row row, PersonId person) {
    if (!KEY_ID.matcher(row.keyId).matches()) {
      throw new PersonTamperedException(person, "keyId", null);
    }
    Optional<SecretKey> key = keys.key(row.keyId);
    if (key.isEmpty() && !keys.isDestroyed(row.keyId)) {
      throw new PersonTamperedException(person, "keyId", null);
    }
    return key;
  }

  private static void checkKey(PersonCipher cipher, Row row, PersonId person) {
    field(cipher, row, person, "keyId", row.keyCheck);
  }

  private static byte[] field(PersonCipher cipher, Row row, PersonId person, String field, @Nullable String sealed) {
    if (sealed == null) {
      throw new PersonTamperedException(person, field, null);
    }
    try {
      return cipher.open(PersonCipher.associatedData(person.value(), field, row.keyId, row.version), sealed);
    } catch (GeneralSecurityException e) {
      throw new PersonTamperedException(person, field, e);
    }
  }

  private static <T> Optional<T> decode(PersonId person, String field, byte[] plaintext, Function<String, T> parse) {
    try {
      if (plaintext.length == 1 && plaintext[0] == ABSENT_VALUE) {
        return Optional.empty();
      }
      if (plaintext.length < 1 || plaintext[0] != PRESENT_VALUE) {
        throw new PersonTamperedException(person, field, null);
      }
      try {
        return Optional.of(parse.apply(new String(plaintext, 1, plaintext.length - 1, StandardCharsets.UTF_8)));
      } catch (DomainValidationException e) {
        // authenticated yet invalid: written by another program under the key; the value stays unquoted
        throw new PersonTamperedException(person, field, null);
      }
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private static Sealed seal(PersonCipher cipher, PersonId person, String keyId, long version, PersonalData data) {
    String id = person.value();
    return new Sealed(
        cipher.seal(PersonCipher.associatedData(id, "keyId", keyId, version), new byte[0]),
        cipher.seal(PersonCipher.associatedData(id, "name", keyId, version), encode(Optional.of(data.name().rawValue()))),
        cipher.seal(PersonCipher.associatedData(id, "identityNumber", keyId, version),
            encode(data.identityNumber().map(IdentityNumber::rawValue))),
        cipher.seal(PersonCipher.associatedData(id, "mobile", keyId, version), encode(data.mobile().map(MobileNumber::rawValue))));
  }

  private static byte[] encode(Optional<String> value) {
    if (value.isEmpty()) {
      return new byte[] {ABSENT_VALUE};
    }
    byte[] text = value.get().getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[text.length + 1];
    out[0] = PRESENT_VALUE;
    System.arraycopy(text, 0, out, 1, text.length);
    return out;
  }

  private static String checkedKeyId(String keyId, PersonId person) {
    if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
      throw new IllegalStateException("The key provider gave person " + person.value() + " a key id that is not 1-"
          + MAX_KEY_ID_LENGTH + " characters of [A-Za-z0-9._:/-]");
    }
    return keyId;
  }

  private static @Nullable Row select(Connection connection, PersonId person, boolean lock) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version, state, key_id, key_check, name, identity_number, "
        + "mobile FROM gov_person WHERE person_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      select.setString(1, person.value());
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        return new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
            rows.getString(6), rows.getString(7));
      }
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** One row of {@code gov_person} as read. */
  private record Row(long version, String state, String keyId, @Nullable String keyCheck, @Nullable String name,
      @Nullable String identityNumber, @Nullable String mobile) {}

  /** The sealed texts of one write: the key check and the three fields. */
  private record Sealed(String keyCheck, String name, String identityNumber, String mobile) {

    void bind(PreparedStatement statement, int first) throws SQLException {
      statement.setString(first, keyCheck);
      statement.setString(first + 1, name);
      statement.setString(first + 2, identityNumber);
      statement.setString(first + 3, mobile);
    }
  }
}
