package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;

/**
 * What the {@link PersonRegister} holds for a person id (人员登记状态), as every call of the
 * register answers it: the person's data at a version, the fact that the person was erased, or
 * nothing. Writing to an erased person is refused by answering {@link Erased}: nothing is written.
 * {@code toString} shows personal data masked only.
 */
public sealed interface PersonRecord {

  /**
   * Returns the person's id.
   *
   * @return the id
   */
  PersonId person();

  /**
   * The person's data, decrypted, at the row's version.
   *
   * @param person the person's id
   * @param version the row's write counter: 1 after the first write, one more after each write
   * @param data the personal data
   */
  record Found(PersonId person, long version, PersonalData data) implements PersonRecord {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the version is below 1
     */
    public Found {
      requireNonNull(person, "person");
      requireNonNull(data, "data");
      if (version < 1) {
        throw new IllegalArgumentException("A stored person's version is at least 1, was " + version);
      }
    }

    /** Returns the id, version and masked data. */
    @Override
    public String toString() {
      return "Found[" + person + ", version " + version + ", " + data + "]";
    }
  }

  /**
   * The person was erased (已删除): their data key is destroyed, so their data can never be read
   * again, and no new data is accepted under their id. Ledgers that refer to the id are unchanged.
   *
   * @param person the person's id
   */
  record Erased(PersonId person) implements PersonRecord {

    /** Checks the id is not null. */
    public Erased {
      requireNonNull(person, "person");
    }
  }

  /**
   * The register holds nothing for the id.
   *
   * @param person the person's id
   */
  record Absent(PersonId person) implements PersonRecord {

    /** Checks the id is not null. */
    public Absent {
      requireNonNull(person, "person");
    }
  }
}
