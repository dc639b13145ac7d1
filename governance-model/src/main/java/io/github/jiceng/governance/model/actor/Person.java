package io.github.jiceng.governance.model.actor;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A person (人员) and the roles they have: resident, party member, volunteer, social worker,
 * community police officer, building head, safety volunteer, deputy.
 *
 * <p>The name, identity number and mobile are personal data and mask themselves, so
 * {@link #toString} shows {@code name=张*}, never the full name; validation messages name the
 * person by id only.
 *
 * <pre>{@code
 * Person p = Person.builder()
 *     .id(PersonId.of("p-0001"))
 *     .name(PersonName.of("张三"))
 *     .identityNumber(IdentityNumber.of("150622199001010011"))
 *     .mobile(MobileNumber.of("13912345678"))
 *     .addRole(Role.PartyMember.of(OrganizationId.of("baiyun-branch")))
 *     .addRole(new Role.Deputy(DeputyKind.PEOPLES_CONGRESS_DEPUTY, Set.of(GridId.of("baiyun-g1"))))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /** Returns a builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the person's identifier. */
  public abstract PersonId id();

  /** Returns the person's name; masked in {@code toString}. */
  public abstract PersonName name();

  /** Returns the person's identity number, if recorded; masked in {@code toString}. */
  public abstract Optional<IdentityNumber> identityNumber();

  /** Returns the person's mobile number, if recorded; masked in {@code toString}. */
  public abstract Optional<MobileNumber> mobile();

  /**
   * Returns the person's roles in the order given. A person has at most one resident role, at
   * most one party membership, and no role twice.
   */
  public abstract List<Role> roles();

  /**
   * Returns the organizations the person belongs to beyond those their roles name: staff of a
   * co-building unit, of the community committee, and so on.
   */
  @Value.NaturalOrder
  public abstract SortedSet<OrganizationId> affiliations();

  /** Returns whether the person has a role of the given kind. */
  public final boolean hasRole(RoleKind kind) {
    requireNonNull(kind, "kind");
    return roles().stream().anyMatch(r -> r.kind() == kind);
  }

  /** Returns the person's roles of the given kind, in the order given. */
  public final List<Role> roles(RoleKind kind) {
    requireNonNull(kind, "kind");
    return roles().stream().filter(r -> r.kind() == kind).toList();
  }

  /** Returns the person's party membership, if they are a party member. */
  public final Optional<Role.PartyMember> partyMembership() {
    return roles().stream().filter(Role.PartyMember.class::isInstance).map(Role.PartyMember.class::cast).findFirst();
  }

  /** Returns every organization the person belongs to: their affiliations and those their roles name. */
  public final SortedSet<OrganizationId> organizations() {
    SortedSet<OrganizationId> all = new TreeSet<>(affiliations());
    roles().forEach(r -> all.addAll(r.organizations()));
    return Collections.unmodifiableSortedSet(all);
  }

  @Value.Check
  final void check() {
    String subject = "Person[" + id() + "]";
    List<Violation> violations = new ArrayList<>();
    Set<Role> seen = new HashSet<>();
    Set<RoleKind> single = EnumSet.noneOf(RoleKind.class);
    Set<DeputyKind> deputies = EnumSet.noneOf(DeputyKind.class);
    for (Role role : roles()) {
      if (!seen.add(role)) {
        violations.add(new Violation(subject, "roles", "role-unique", "the role " + role.kind() + " is listed twice"));
        continue;
      }
      if ((role.kind() == RoleKind.RESIDENT || role.kind() == RoleKind.PARTY_MEMBER) && !single.add(role.kind())) {
        violations.add(new Violation(subject, "roles", "role-single",
            "a person has at most one " + role.kind() + " role"));
      }
      if (role instanceof Role.Deputy && !deputies.add(((Role.Deputy) role).deputyKind())) {
        violations.add(new Violation(subject, "roles", "deputy-kind-single",
            "a person is a " + ((Role.Deputy) role).deputyKind() + " once; list all served grids in one role"));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link Person}; each single attribute may be set once. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
