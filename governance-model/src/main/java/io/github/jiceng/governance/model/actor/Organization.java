package io.github.jiceng.governance.model.actor;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An organization (组织): a party organization in its chain, a co-building unit (resident or
 * paired), a social organization, a social work station, a volunteer team or a resident merchant,
 * bound to the grid nodes it is located in or covers.
 *
 * <p>Rules checked on construction: kinds that require one carry a 统一社会信用代码
 * ({@link OrganizationKind#requiresCreditCode()}); a party organization names its level in the
 * party chain ({@code "COMPOUND_PARTY_GROUP"}, ...) and no other kind does; an organization is not
 * its own parent. Whether the chain fits a party level scheme, and whether a compound party group
 * covers a compound, are checked by the dual-hierarchy audit.
 *
 * <pre>{@code
 * Organization unit = Organization.builder()
 *     .id(OrganizationId.of("unit-power"))
 *     .kind(OrganizationKind.RESIDENT_UNIT)
 *     .name("准格尔旗供电公司")
 *     .creditCode(CreditCode.of("91152201078371135X"))
 *     .addGrid(GridId.of("zhanbei"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organization {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  Organization() {}

  /** Returns a builder; {@code id}, {@code kind} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the organization's identifier. */
  public abstract OrganizationId id();

  /** Returns the organization's kind. */
  public abstract OrganizationKind kind();

  /** Returns the organization's display name, such as {@code "白云社区党支部"}. */
  public abstract String name();

  /** Returns the unified social credit code; present for every kind that requires one. */
  public abstract Optional<CreditCode> creditCode();

  /** Returns the organization directly above in its chain, if any. */
  public abstract Optional<OrganizationId> parent();

  /**
   * Returns the level of a party organization in its party chain, a level key of a party
   * {@code LevelScheme} such as {@code "COMMUNITY_PARTY_BRANCH"}; empty for every other kind.
   */
  public abstract Optional<String> partyLevel();

  /**
   * Returns the grid nodes the organization is bound to: where a unit is located, what a party
   * group covers (its compounds), where a team serves. Sorted by id.
   */
  @Value.NaturalOrder
  public abstract SortedSet<GridId> grids();

  /**
   * Returns the number of members as reported, for teams whose members are not all listed as
   * persons (a volunteer team of 1,212); empty when not reported.
   */
  public abstract OptionalInt headcount();

  /** Returns the pillar of the given taxonomy that the organization's kind takes part in, if any. */
  public final Optional<Pillar> pillarIn(OneCoreFiveCo taxonomy) {
    requireNonNull(taxonomy, "taxonomy");
    return kind().mechanism().flatMap(taxonomy::pillarOf);
  }

  /** Returns the pillar of the article's taxonomy ({@link OneCoreFiveCo#ARTICLE}) the kind takes part in, if any. */
  public final Optional<Pillar> pillar() {
    return pillarIn(OneCoreFiveCo.ARTICLE);
  }

  @Value.Check
  final void check() {
    String subject = "Organization[" + id() + "]";
    List<Violation> violations = new ArrayList<>();
    if (name().isBlank() || name().length() > MAX_NAME_LENGTH) {
      violations.add(new Violation(subject, "name", "name-length",
          "a name is 1-" + MAX_NAME_LENGTH + " characters and not blank, was " + name().length() + " characters")
              .with("max", MAX_NAME_LENGTH).with("length", name().length()));
    }
    if (kind().requiresCreditCode() && creditCode().isEmpty()) {
      violations.add(new Violation(subject, "creditCode", "credit-code-required",
          "an organization of kind " + kind() + " carries a unified social credit code"));
    }
    boolean party = kind() == OrganizationKind.PARTY_ORGANIZATION;
    if (party && partyLevel().isEmpty()) {
      violations.add(new Violation(subject, "partyLevel", "party-level-required",
          "a party organization names its level in the party chain"));
    }
    if (!party && partyLevel().isPresent()) {
      violations.add(new Violation(subject, "partyLevel", "party-level-only-for-party",
          "only a party organization has a party level, not one of kind " + kind()));
    }
    if (partyLevel().isPresent() && partyLevel().get().isBlank()) {
      violations.add(new Violation(subject, "partyLevel", "party-level-form", "a party level key is not blank"));
    }
    if (parent().isPresent() && parent().get().equals(id())) {
      violations.add(new Violation(subject, "parent", "parent-not-self", "an organization is not its own parent"));
    }
    if (headcount().isPresent() && headcount().getAsInt() < 0) {
      violations.add(new Violation(subject, "headcount", "headcount-not-negative",
          "a headcount is not negative, was " + headcount().getAsInt()));
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link Organization}; each single attribute may be set once. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
