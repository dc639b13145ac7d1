package io.github.jiceng.governance.rules.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.rules.post.ActingHolders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Scoped authority (属地权限): may this actor take this action at this grid at this instant?
 *
 * <p>An actor acts only within the grid subtrees of what it holds, and only with the actions the
 * {@link AuthorityPolicy} grants to it:
 *
 * <ul>
 *   <li>a <b>post</b> grants its kind's actions in the subtree of its scope, to its acting holder
 *       only: the A holder while present, the B holder only while A is away or unassigned
 *       ({@link ActingHolders});
 *   <li>a <b>role</b> grants its kind's actions at the grids it binds the person to: a resident's
 *       household grid, a party member's liaison households' grids, a volunteer's assigned grids
 *       (or else the team's), a social worker's station's grids, a police officer's, building
 *       head's, safety volunteer's or deputy's own grids. Deputies raise and advise and never
 *       dispatch: the policy cannot grant them more;
 *   <li>an <b>organization</b> grants its kind's actions at the grids it is bound to.
 * </ul>
 *
 * <p>"Within a subtree" means the target grid is the scope or lies below it
 * ({@link GridHierarchy#isAncestorOf}). Grants are tried in a fixed order (posts by id, then roles
 * in the person's order, then scopes by id), so the same question always gets the same answer
 * and the same basis. A refusal gives the most specific {@link DenialReason} as the code of a
 * {@link Refusal} whose arguments name the actor, the action, the grid and the grant that came
 * closest (see {@link DenialReason} for which code carries what).
 *
 * <pre>{@code
 * ScopedAuthority authority = ScopedAuthority.of(grids, roster, AuthorityPolicy.DEFAULT);
 * AuthorityDecision d = authority.decide(PersonId.of("p-7"), Target.of(demandGrid, Action.DISPATCH), now);
 * if (d instanceof AuthorityDecision.Denied denied) { ... denied.refusal().code().key() ... }
 * }</pre>
 *
 * <p>An instance is immutable and may be shared between threads; build it once per snapshot of
 * the roster.
 */
public final class ScopedAuthority {

  /** The order of the arguments a denial adds to actor, action and grid. */
  private static final List<String> ARGUMENT_ORDER = List.of("post", "slot", "scope", "granted");

  private final GridHierarchy territory;
  private final Roster roster;
  private final AuthorityPolicy policy;
  private final Map<PersonId, List<Post>> postsByHolder;
  private final Map<PersonId, SortedSet<GridId>> liaisonGrids;

  private ScopedAuthority(GridHierarchy territory, Roster roster, AuthorityPolicy policy) {
    this.territory = territory;
    this.roster = roster;
    this.policy = policy;
    Map<PersonId, List<Post>> posts = new HashMap<>();
    for (Post p : roster.posts()) {
      for (PersonId h : p.holders()) {
        posts.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
      }
    }
    posts.values().forEach(l -> l.sort(Comparator.comparing(Post::id)));
    this.postsByHolder = posts;
    Map<PersonId, SortedSet<GridId>> liaisons = new HashMap<>();
    for (Household h : roster.households()) {
      h.liaison().ifPresent(l -> liaisons.computeIfAbsent(l, k -> new TreeSet<>()).add(h.grid()));
    }
    this.liaisonGrids = liaisons;
  }

  /**
   * Prepares the rule for one snapshot.
   *
   * @param territory the territorial grid hierarchy
   * @param roster the persons, households, organizations, posts and absences of the area
   * @param policy which posts, roles and organization kinds grant which actions
   * @return the rule; never null
   */
  public static ScopedAuthority of(GridHierarchy territory, Roster roster, AuthorityPolicy policy) {
    return new ScopedAuthority(requireNonNull(territory, "territory"), requireNonNull(roster, "roster"),
        requireNonNull(policy, "policy"));
  }

  /**
   * Decides whether the actor may take the target's action at the target's grid at the instant.
   *
   * @param actor a person or an organization
   * @param target the grid and the action
   * @param at the instant of the action
   * @return allowed with its basis, or denied with a refusal coded by a {@link DenialReason}; never null
   */
  public AuthorityDecision decide(ActorId actor, Target target, Instant at) {
    return decide(actor, target, at, basis -> true);
  }

  /**
   * Decides as {@link #decide(ActorId, Target, Instant)} does, trying only the grants whose basis
   * the filter accepts: the question "may this actor do this <em>as</em> …", such as reading
   * through a post of one kind rather than through any grant the actor holds. A grant the filter
   * rejects is not tried, so it gives neither the answer nor the reason of a denial.
   *
   * @param actor a person or an organization
   * @param target the grid and the action
   * @param at the instant of the action
   * @param through which bases may carry the action
   * @return allowed with a basis the filter accepts, or denied; never null
   */
  public AuthorityDecision decide(ActorId actor, Target target, Instant at, Predicate<Basis> through) {
    requireNonNull(actor, "actor");
    requireNonNull(target, "target");
    requireNonNull(at, "at");
    requireNonNull(through, "through");
    if (!territory.contains(target.grid())) {
      return new AuthorityDecision.Denied(denied(DenialReason.UNKNOWN_GRID, actor, target,
          "grid " + target.grid() + " is not in the hierarchy rooted at " + territory.root())
          .with("root", territory.root()));
    }
    Attempt attempt = new Attempt(target, through);
    if (actor instanceof PersonId) {
      Optional<Person> person = roster.person((PersonId) actor);
      if (person.isEmpty()) {
        return unknown(actor, target);
      }
      postGrants(person.get(), attempt, at);
      roleGrants(person.get(), attempt);
    } else {
      Optional<Organization> org = roster.organization((OrganizationId) actor);
      if (org.isEmpty()) {
        return unknown(actor, target);
      }
      Set<Action> actions = policy.actionsOf(org.get().kind());
      for (GridId scope : org.get().grids()) {
        attempt.consider(new Basis.ViaOrganization(org.get().kind(), scope), actions, Optional.empty(),
            "organization of kind " + org.get().kind() + " at " + scope);
      }
    }
    return attempt.decision(actor);
  }

  private void postGrants(Person person, Attempt attempt, Instant at) {
    for (Post post : postsByHolder.getOrDefault(person.id(), List.of())) {
      HolderSlot slot = post.slotOf(person.id()).orElseThrow();
      Acting acting = ActingHolders.resolve(post, absencesOfHolders(post), at);
      Optional<String> notActing = Optional.empty();
      if (!(acting instanceof Acting.Holder && ((Acting.Holder) acting).person().equals(person.id()))) {
        notActing = Optional.of(describeNotActing(post, slot, acting));
      }
      attempt.consider(new Basis.ViaPost(post.id(), slot, post.scope()), policy.actionsOf(post.kind()),
          notActing.map(why -> new NotActing(post.id().value(), slot, why)),
          "post " + post.id() + " (" + post.kind() + ", holder " + slot + ") over " + post.scope());
    }
  }

  private List<Absence> absencesOfHolders(Post post) {
    List<Absence> out = new ArrayList<>();
    post.holders().forEach(h -> out.addAll(roster.absencesOf(h)));
    return out;
  }

  private static String describeNotActing(Post post, HolderSlot slot, Acting acting) {
    if (acting instanceof Acting.Holder) {
      Acting.Holder other = (Acting.Holder) acting;
      return slot == HolderSlot.B
          ? "the B holder acts on post " + post.id() + " only while A is away, and A (" + other.person() + ") is present"
          : "the A holder of post " + post.id() + " is away; " + other.person() + " acts as " + other.slot();
    }
    return "the " + slot + " holder of post " + post.id() + " is away and the post is vacant ("
        + ((Acting.Vacant) acting).reason() + ")";
  }

  private void roleGrants(Person person, Attempt attempt) {
    for (Role role : person.roles()) {
      Set<Action> actions = policy.actionsOf(role.kind());
      for (GridId scope : scopesOf(person, role)) {
        attempt.consider(new Basis.ViaRole(role.kind(), scope), actions, Optional.empty(),
            "role " + role.kind() + " at " + scope);
      }
    }
  }

  private SortedSet<GridId> scopesOf(Person person, Role role) {
    SortedSet<GridId> scopes = new TreeSet<>(role.grids());
    if (role instanceof Role.Resident) {
      roster.household(((Role.Resident) role).household()).ifPresent(h -> scopes.add(h.grid()));
    } else if (role instanceof Role.PartyMember) {
      scopes.addAll(liaisonGrids.getOrDefault(person.id(), new TreeSet<>()));
    } else if (role instanceof Role.Volunteer && scopes.isEmpty()) {
      roster.organization(((Role.Volunteer) role).team()).ifPresent(t -> scopes.addAll(t.grids()));
    } else if (role instanceof Role.SocialWorker) {
      roster.organization(((Role.SocialWorker) role).station()).ifPresent(s -> scopes.addAll(s.grids()));
    }
    return scopes;
  }

  private static AuthorityDecision unknown(ActorId actor, Target target) {
    return new AuthorityDecision.Denied(denied(DenialReason.UNKNOWN_ACTOR, actor, target,
        (actor.isOrganization() ? "organization " : "person ") + actor.value() + " is not in the roster"));
  }

  /** The refusal with the arguments every denial carries: the actor, the action and the grid. */
  private static Refusal denied(DenialReason reason, ActorId actor, Target target, String detail) {
    return Refusal.of(reason, detail).with("actor", actor.value()).with("action", target.action())
        .with("grid", target.grid());
  }

  /** Why a post's holder may not use it now: the post, the holder's slot, and one sentence. */
  private record NotActing(String post, HolderSlot slot, String why) {}

  /** Collects the grants tried for one decision and the most specific reason any of them failed. */
  private final class Attempt {
    private final Target target;
    private final Predicate<Basis> through;
    private Optional<Basis> allowed = Optional.empty();
    private DenialReason reason = DenialReason.NO_GRANT;
    private String detail;
    private Map<String, Object> arguments = Map.of();

    Attempt(Target target, Predicate<Basis> through) {
      this.target = target;
      this.through = through;
      this.detail = "nothing the actor holds grants " + target.action();
    }

    void consider(Basis basis, Set<Action> actions, Optional<NotActing> notActing, String description) {
      if (allowed.isPresent() || !territory.contains(basis.scope()) || !through.test(basis)) {
        return;
      }
      boolean covers = basis.scope().equals(target.grid()) || territory.isAncestorOf(basis.scope(), target.grid());
      boolean grants = actions.contains(target.action());
      if (covers && grants && notActing.isEmpty()) {
        allowed = Optional.of(basis);
      } else if (covers && grants) {
        NotActing why = notActing.get();
        note(DenialReason.NOT_ACTING_HOLDER, why.why(), Map.of("post", why.post(), "slot", why.slot()));
      } else if (covers) {
        note(DenialReason.ACTION_NOT_GRANTED, description + " grants " + actions + ", not " + target.action(),
            Map.of("scope", basis.scope(), "granted", actions));
      } else if (grants) {
        note(DenialReason.OUTSIDE_SCOPE, description + " grants " + target.action() + " only within " + basis.scope()
            + ", and " + target.grid() + " lies outside it", Map.of("scope", basis.scope()));
      }
    }

    private void note(DenialReason candidate, String why, Map<String, Object> with) {
      if (candidate.ordinal() < reason.ordinal()) {
        reason = candidate;
        detail = why;
        arguments = with;
      }
    }

    AuthorityDecision decision(ActorId actor) {
      if (allowed.isPresent()) {
        return new AuthorityDecision.Allowed(allowed.get());
      }
      Refusal refusal = denied(reason, actor, target, actor.value() + " may not " + target.action() + " at "
          + target.grid() + ": " + detail);
      for (String name : ARGUMENT_ORDER) {
        if (arguments.containsKey(name)) {
          refusal = refusal.with(name, arguments.get(name));
        }
      }
      return new AuthorityDecision.Denied(refusal);
    }
  }

  /** Returns {@code ScopedAuthority[policy vN, hierarchy root, roster counts]}. */
  @Override
  public String toString() {
    return "ScopedAuthority[policy v" + policy.version() + ", root=" + territory.root() + ", " + roster + "]";
  }
}
