package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person's row in the {@link PersonRegister} does not authenticate (人员数据被篡改): a ciphertext,
 * the key id, the write counter or the state was edited outside the register, or the key provider
 * answered a key other than the one the row was written under. Nothing of the row is returned.
 *
 * <p>Its code is {@link StoreErrorCode#PERSON_TAMPERED}; its arguments are the person's id and the
 * field that failed: {@code keyId} (the key id, the write counter or the key check), {@code state},
 * {@code name}, {@code identityNumber} or {@code mobile}. The message never holds a value of the
 * row, decrypted or not.
 */
public final class PersonTamperedException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String person;
  private final String field;

  PersonTamperedException(PersonId person, String field, @Nullable Throwable cause) {
    super(StoreErrorCode.PERSON_TAMPERED, Map.of("person", person.value(), "field", field),
        "Person " + person.value() + ": the stored field " + field
            + " does not authenticate under the person's key; the row was edited or the key is wrong", cause);
    this.person = person.value();
    this.field = requireNonNull(field, "field");
  }

  /**
   * Returns the id of the person whose row failed.
   *
   * @return the person's id
   */
  public PersonId person() {
    return PersonId.of(person);
  }

  /**
   * Returns the field that failed: {@code keyId}, {@code state}, {@code name}, {@code
   * identityNumber} or {@code mobile}.
   *
   * @return the field's name
   */
  public String field() {
    return field;
  }
}
