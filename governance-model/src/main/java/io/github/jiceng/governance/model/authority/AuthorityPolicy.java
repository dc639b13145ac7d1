package io.github.jiceng.governance.model.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which actions each post, role and organization kind grants, as data (权限策略).
 *
 * <p>A grant holds only within a scope: a post's grid subtree while its holder is the acting
 * holder, the grids a role binds a person to, the grids an organization is bound to; the
 * {@code rules.authority} rule applies it. One rule is not policy but law of the model: a deputy
 * (两代表一委员) raises and advises and does nothing else, so a grant of any other action to
 * {@link RoleKind#DEPUTY} is rejected.
 *
 * <p>{@link #DEFAULT} is the SDK's reading of the article: the party organization leads (一统领),
 * so the secretary (党组织书记) and a deputy secretary (副书记) of a party organization, like the
 * executive secretary, may do everything in their post's scope; a grid head raises, advises and
 * dispatches; liaisons and party group leaders raise and advise; every role raises, and party
 * members, social workers, police and deputies also advise; co-building units and social
 * organizations raise. Every post and every role but a deputy's also reads the records of its
 * scope ({@link Action#READ}), which the platform's sections show with personal data masked by
 * section; deputies and organizations read nothing through this policy.
 *
 * <p>The secretary's grants, each read from the article or assumed where it is silent:
 *
 * <ul>
 *   <li>{@link Action#RAISE}: the article's community secretary collects residents' opinions and
 *       turns them into work (征集居民意见的时候 ... 我们就 ...), so a secretary raises demands,
 *       proposals and clues anywhere in the post's subtree.
 *   <li>{@link Action#ADVISE}: the party organization convenes the joint meeting (共建联席会议)
 *       and leads deliberation (大事共议); the secretary advises on and deliberates every matter
 *       of the subtree. Convening a meeting is not an action of its own in this policy: a meeting
 *       is a record, and advising is what the rule checks.
 *   <li>{@link Action#DISPATCH}: the community dispatches (社区下单) what is grouped into projects;
 *       the party organization leads that step, so its secretary dispatches in the subtree.
 *   <li>{@link Action#APPROVE}: an assumption, the article names no approver. The party
 *       organization leads, and someone above a grid must approve what reaches a community, a
 *       street, a town or the banner (a fund disbursement, a proposal's answer), so a secretary
 *       approves at the tier of the post's scope and below.
 *   <li>Assigning holders to grid posts is not an action the policy grants: the post rules record
 *       who holds a post, and who may appoint is the host's organisation chart.
 * </ul>
 *
 * <p>A deputy secretary ({@code PostKind.DEPUTY_SECRETARY}, as 薛家湾镇党委副书记) has the same
 * grants in the scope of the deputy's own post: an assumption, taken because the article shows a
 * deputy secretary presenting and running the town's platform. The A/B mechanism is the one every
 * post has: the deputy is normally the B holder of the secretary's post and acts on it only while
 * the secretary is away; the deputy's own post is a second post, with its own A and B holders.
 */
@Value.Immutable
public abstract class AuthorityPolicy {

  /** The actions a deputy may be granted: raise and advise, never dispatch or approve. */
  public static final Set<Action> DEPUTY_ACTIONS = Collections.unmodifiableSet(EnumSet.of(Action.RAISE, Action.ADVISE));

  /** The SDK's reading of the article's practice; see the class description. */
  public static final AuthorityPolicy DEFAULT = builder()
      .addPostGrant(new PostGrant(PostKind.EXECUTIVE_SECRETARY, EnumSet.allOf(Action.class)))
      .addPostGrant(new PostGrant(PostKind.GRID_HEAD,
          EnumSet.of(Action.RAISE, Action.ADVISE, Action.DISPATCH, Action.READ)))
      .addPostGrant(new PostGrant(PostKind.COMPOUND_LIAISON,
          EnumSet.of(Action.RAISE, Action.ADVISE, Action.READ)))
      .addPostGrant(new PostGrant(PostKind.PARTY_GROUP_LEADER,
          EnumSet.of(Action.RAISE, Action.ADVISE, Action.READ)))
      .addPostGrant(new PostGrant(PostKind.VILLAGER_GROUP_HEAD,
          EnumSet.of(Action.RAISE, Action.ADVISE, Action.READ)))
      .addPostGrant(new PostGrant(PostKind.PARTY_SECRETARY, EnumSet.allOf(Action.class)))
      .addPostGrant(new PostGrant(PostKind.DEPUTY_SECRETARY, EnumSet.allOf(Action.class)))
      .addRoleGrant(new RoleGrant(RoleKind.RESIDENT, EnumSet.of(Action.RAISE, Action.READ)))
      .addRoleGrant(new RoleGrant(RoleKind.PARTY_MEMBER,
          EnumSet.of(Action.RAISE, Action.ADVISE, Action.READ)))
      .addRoleGrant(new RoleGrant(RoleKind.VOLUNTEER, EnumSet.of(Action.RAISE, Action.READ)))
      .addRoleGrant(new RoleGrant(RoleKind.SOCIAL_WORKER,
          EnumSet.of(Action.RAISE, Action.ADVISE, Action.READ)))
      .addRoleGrant(new RoleGrant(RoleKind.POLICE_OFFICER,
          EnumSet.of(Action.RAISE, Action.ADVISE, Action.READ)))
      .addRoleGrant(new RoleGrant(RoleKind.BUILDING_HEAD, EnumSet.of(Action.RAISE, Action.READ)))
      .addRoleGrant(new RoleGrant(RoleKind.SAFETY_VOLUNTEER, EnumSet.of(Action.RAISE, Action.READ)))
      .addRoleGrant(new RoleGrant(RoleKind.DEPUTY, DEPUTY_ACTIONS))
      .addOrganizationGrant(new OrganizationGrant(OrganizationKind.RESIDENT_UNIT, EnumSet.of(Action.RAISE)))
      .addOrganizationGrant(new OrganizationGrant(OrganizationKind.PAIRED_UNIT, EnumSet.of(Action.RAISE)))
      .addOrganizationGrant(new OrganizationGrant(OrganizationKind.SOCIAL_ORGANIZATION, EnumSet.of(Action.RAISE)))
      .build();

  AuthorityPolicy() {}

  /** Returns a builder; every list may be empty (then nothing is allowed). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the version; a district raises it when it changes the policy. Default 1. */
  @Value.Default
  public int version() {
    return 1;
  }

  /** Returns the grants of post kinds, each kind at most once. */
  public abstract List<PostGrant> postGrants();

  /** Returns the grants of role kinds, each kind at most once. */
  public abstract List<RoleGrant> roleGrants();

  /** Returns the grants of organization kinds, each kind at most once. */
  public abstract List<OrganizationGrant> organizationGrants();

  /** Returns the actions granted to the acting holder of a post of the kind; empty if none. */
  public final Set<Action> actionsOf(PostKind kind) {
    requireNonNull(kind, "kind");
    return postGrants().stream().filter(g -> g.kind().equals(kind)).map(PostGrant::actions).findFirst().orElse(Set.of());
  }

  /** Returns the actions granted to a role of the kind; empty if none. */
  public final Set<Action> actionsOf(RoleKind kind) {
    requireNonNull(kind, "kind");
    return roleGrants().stream().filter(g -> g.kind() == kind).map(RoleGrant::actions).findFirst().orElse(Set.of());
  }

  /** Returns the actions granted to an organization of the kind; empty if none. */
  public final Set<Action> actionsOf(OrganizationKind kind) {
    requireNonNull(kind, "kind");
    return organizationGrants().stream().filter(g -> g.kind() == kind).map(OrganizationGrant::actions).findFirst()
        .orElse(Set.of());
  }

  @Value.Check
  final void check() {
    String subject = "AuthorityPolicy[v" + version() + "]";
    List<Violation> violations = new ArrayList<>();
    if (version() < 1) {
      violations.add(new Violation(subject, "version", "version-positive",
          "the version is at least 1, was " + version())
              .with("value", version()));
    }
    Set<Object> seen = new HashSet<>();
    postGrants().forEach(g -> unique(seen, g.kind(), "postGrants", subject, violations));
    roleGrants().forEach(g -> unique(seen, g.kind(), "roleGrants", subject, violations));
    organizationGrants().forEach(g -> unique(seen, g.kind(), "organizationGrants", subject, violations));
    for (RoleGrant g : roleGrants()) {
      if (g.kind() == RoleKind.DEPUTY && !DEPUTY_ACTIONS.containsAll(g.actions())) {
        Set<Action> extra = EnumSet.noneOf(Action.class);
        extra.addAll(g.actions());
        extra.removeAll(DEPUTY_ACTIONS);
        violations.add(new Violation(subject, "roleGrants", "deputies-raise-and-advise-only",
            "deputies raise and advise but never dispatch or approve; the policy grants them " + extra));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  private static void unique(Set<Object> seen, Object kind, String field, String subject, List<Violation> out) {
    if (!seen.add(kind)) {
      out.add(new Violation(subject, field, "grant-unique", "kind " + kind + " is granted twice"));
    }
  }

  /** The builder of {@link AuthorityPolicy}; each single attribute may be set once. */
  public static final class Builder extends ImmutableAuthorityPolicy.Builder {
    Builder() {}
  }
}
