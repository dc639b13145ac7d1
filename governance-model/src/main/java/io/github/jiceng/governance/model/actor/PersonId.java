package io.github.jiceng.governance.model.actor;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of a person (人员标识): a resident, party member, volunteer, social worker, police officer or deputy.
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they order as {@link ActorId} does, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "p-000123"}
 */
public record PersonId(String value) implements ActorId {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public PersonId {
    IdForm.check("PersonId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
