package io.github.jiceng.governance.model.actor;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * The stable identifier of an organization (组织标识): a party organization, co-building unit, social organization, social work station, volunteer team or merchant.
 *
 * <p>One to 64 characters: ASCII letters and digits, then also {@code . _ : -}. Identifiers are
 * opaque and carry no personal data; they order as {@link ActorId} does, so ties always break on them.
 *
 * @param value the identifier text, such as {@code "org-zhanbei-branch"}
 */
public record OrganizationId(String value) implements ActorId {

  /**
   * Validates the identifier.
   *
   * @throws DomainValidationException if the value is not of the documented form
   */
  public OrganizationId {
    IdForm.check("OrganizationId", value);
  }

  /** Returns the identifier with the given text; same as the constructor. */
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
