package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.authority.OrganizationGrant;
import io.github.jiceng.governance.model.authority.PostGrant;
import io.github.jiceng.governance.model.authority.RoleGrant;
import io.github.jiceng.governance.model.post.PostKind;
import java.util.List;
import java.util.Set;

/** The bindings of scoped authority: actions, the grants of posts, roles and organizations, the policy. */
public final class AuthorityCodecs {

  private AuthorityCodecs() {}

  /** {@link Action} by name. */
  public static final EnumCodec<Action> ACTION = Codecs.enumeration(Action.class,
      "What an actor may do at a grid (行为): raise, advise, dispatch, approve, read.");

  private static final ListCodec<Action, Set<Action>> ACTIONS = Codecs.set(ACTION);

  /** {@link PostGrant}: post kind and actions. */
  public static final ObjectCodec<PostGrant> POST_GRANT = postGrant();

  /** {@link RoleGrant}: role kind and actions. */
  public static final ObjectCodec<RoleGrant> ROLE_GRANT = roleGrant();

  /** {@link OrganizationGrant}: organization kind and actions. */
  public static final ObjectCodec<OrganizationGrant> ORGANIZATION_GRANT = organizationGrant();

  /** {@link AuthorityPolicy}: version and the three lists of grants. */
  public static final ObjectCodec<AuthorityPolicy> AUTHORITY_POLICY = authorityPolicy();

  private static ObjectCodec<PostGrant> postGrant() {
    ObjectCodec.Builder<PostGrant> b = ObjectCodec.builder(PostGrant.class)
        .describe("The actions the acting holder of a post of one kind may take within the post's scope.");
    Slot<PostKind> kind = b.required("kind", PostGrant::kind, PostCodecs.POST_KIND);
    Slot<Set<Action>> actions = b.required("actions", PostGrant::actions, ACTIONS);
    return b.build(v -> new PostGrant(v.get(kind), v.get(actions)));
  }

  private static ObjectCodec<RoleGrant> roleGrant() {
    ObjectCodec.Builder<RoleGrant> b = ObjectCodec.builder(RoleGrant.class)
        .describe("The actions a person with a role of one kind may take at the grids the role binds them to.");
    Slot<RoleKind> kind = b.required("kind", RoleGrant::kind, ActorCodecs.ROLE_KIND);
    Slot<Set<Action>> actions = b.required("actions", RoleGrant::actions, ACTIONS);
    return b.build(v -> new RoleGrant(v.get(kind), v.get(actions)));
  }

  private static ObjectCodec<OrganizationGrant> organizationGrant() {
    ObjectCodec.Builder<OrganizationGrant> b = ObjectCodec.builder(OrganizationGrant.class)
        .describe("The actions an organization of one kind may take at the grids it is bound to.");
    Slot<OrganizationKind> kind = b.required("kind", OrganizationGrant::kind, ActorCodecs.ORGANIZATION_KIND);
    Slot<Set<Action>> actions = b.required("actions", OrganizationGrant::actions, ACTIONS);
    return b.build(v -> new OrganizationGrant(v.get(kind), v.get(actions)));
  }

  private static ObjectCodec<AuthorityPolicy> authorityPolicy() {
    ObjectCodec.Builder<AuthorityPolicy> b = ObjectCodec.builder(AuthorityPolicy.class)
        .describe("Which actions each post, role and organization kind grants (权限策略); each kind at most once, "
            + "and deputies only raise and advise.");
    Slot<Integer> version = b.required("version", AuthorityPolicy::version, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<List<PostGrant>> postGrants = b.defaulted("postGrants", AuthorityPolicy::postGrants,
        Codecs.list(POST_GRANT), List.of());
    Slot<List<RoleGrant>> roleGrants = b.defaulted("roleGrants", AuthorityPolicy::roleGrants,
        Codecs.list(ROLE_GRANT), List.of());
    Slot<List<OrganizationGrant>> organizationGrants = b.defaulted("organizationGrants",
        AuthorityPolicy::organizationGrants, Codecs.list(ORGANIZATION_GRANT), List.of());
    b.locate((violation, values) -> {
      if (violation.rule().equals("deputies-raise-and-advise-only")) {
        return Locators.first("roleGrants", values.peek(roleGrants), g -> g.kind() == RoleKind.DEPUTY, "/actions");
      }
      if (!violation.rule().equals("grant-unique")) {
        return null;
      }
      switch (violation.field()) {
        case "postGrants":
          return Locators.firstRepeat("postGrants", values.peek(postGrants), PostGrant::kind, "kind");
        case "roleGrants":
          return Locators.firstRepeat("roleGrants", values.peek(roleGrants), RoleGrant::kind, "kind");
        case "organizationGrants":
          return Locators.firstRepeat("organizationGrants", values.peek(organizationGrants),
              OrganizationGrant::kind, "kind");
        default:
          return null;
      }
    });
    return b.build(v -> AuthorityPolicy.builder().version(v.get(version)).addAllPostGrants(v.get(postGrants))
        .addAllRoleGrants(v.get(roleGrants)).addAllOrganizationGrants(v.get(organizationGrants)).build());
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(ACTION, POST_GRANT, ROLE_GRANT, ORGANIZATION_GRANT, AUTHORITY_POLICY);
  }
}
