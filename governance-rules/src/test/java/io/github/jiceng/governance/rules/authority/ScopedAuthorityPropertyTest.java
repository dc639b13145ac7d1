package io.github.jiceng.governance.rules.authority;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.authority.PostGrant;
import io.github.jiceng.governance.model.authority.RoleGrant;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.rules.post.ActingHolders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random absences, random deputies and random policies (within what the model allows) over the
 * Baiyun territory, checked at random instants and targets against three laws: an allowed action
 * lies in the subtree of its basis's scope (by a naive walk up the parents), a post is used only by
 * its acting holder, and a deputy never dispatches or approves through the deputy role.
 */
final class ScopedAuthorityPropertyTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final GridHierarchy TERRITORY = territory();
  private static final List<GridId> GRIDS = TERRITORY.nodes().stream().map(GridNode::id).toList();

  static LongStream seeds() {
    return SeedCount.longs(300);
  }

  private static boolean inSubtree(GridId scope, GridId target) {
    for (GridId at = target; ; at = TERRITORY.parent(at).orElseThrow()) {
      if (at.equals(scope)) {
        return true;
      }
      if (TERRITORY.parent(at).isEmpty()) {
        return false;
      }
    }
  }

  private static Set<Action> someActions(SplittableRandom r, Set<Action> from) {
    Set<Action> out = EnumSet.noneOf(Action.class);
    from.forEach(a -> {
      if (r.nextBoolean()) {
        out.add(a);
      }
    });
    return out;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void decisionsObeyScopeActingHolderAndTheDeputyRule(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Roster base = roster();
    List<Absence> absences = new ArrayList<>();
    List<PersonId> holders = base.posts().stream().flatMap(p -> p.holders().stream()).distinct().toList();
    for (int i = 0; i < r.nextInt(10); i++) {
      long start = r.nextInt(24 * 30);
      absences.add(new Absence(holders.get(r.nextInt(holders.size())),
          Interval.of(T0.plus(Duration.ofHours(start)), T0.plus(Duration.ofHours(start + 1 + r.nextInt(24 * 7)))), AbsenceKind.LEAVE));
    }
    List<Person> persons = new ArrayList<>(base.persons());
    List<PersonId> deputies = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Set<GridId> served = new HashSet<>();
      served.add(GRIDS.get(r.nextInt(GRIDS.size())));
      PersonId id = PersonId.of("p-dep-" + i);
      deputies.add(id);
      persons.add(person(id, "代表" + i).addRole(new Role.Deputy(DeputyKind.values()[i], served)).build());
    }
    AuthorityPolicy.Builder policy = AuthorityPolicy.builder()
        .addRoleGrant(new RoleGrant(io.github.jiceng.governance.model.actor.RoleKind.DEPUTY,
            someActions(r, AuthorityPolicy.DEPUTY_ACTIONS)));
    for (PostKind kind : List.of(PostKind.EXECUTIVE_SECRETARY, PostKind.GRID_HEAD, PostKind.COMPOUND_LIAISON)) {
      policy.addPostGrant(new PostGrant(kind, someActions(r, EnumSet.allOf(Action.class))));
    }
    Roster roster = Roster.builder().addAllPersons(persons).addAllOrganizations(base.organizations())
        .addAllHouseholds(base.households()).addAllSquads(base.squads()).addAllPosts(base.posts()).addAllAbsences(absences).build();
    ScopedAuthority authority = ScopedAuthority.of(TERRITORY, roster, policy.build());

    List<PersonId> actors = new ArrayList<>(holders);
    actors.addAll(deputies);
    for (int i = 0; i < 200; i++) {
      PersonId actor = actors.get(r.nextInt(actors.size()));
      GridId grid = GRIDS.get(r.nextInt(GRIDS.size()));
      Action action = Action.values()[r.nextInt(Action.values().length)];
      Instant at = T0.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 40)));
      AuthorityDecision d = authority.decide(actor, Target.of(grid, action), at);
      if (deputies.contains(actor)) {
        assertThat(d.isAllowed() && (action == Action.DISPATCH || action == Action.APPROVE))
            .as("seed %s: deputy %s may %s", seed, actor, action).isFalse();
      }
      if (d instanceof AuthorityDecision.Allowed) {
        Basis basis = ((AuthorityDecision.Allowed) d).basis();
        assertThat(inSubtree(basis.scope(), grid)).as("seed %s: %s at %s rests on %s", seed, actor, grid, basis).isTrue();
        if (basis instanceof Basis.ViaPost) {
          Post post = roster.post(((Basis.ViaPost) basis).post()).orElseThrow();
          Acting acting = ActingHolders.resolve(post, absences, at);
          assertThat(acting).as("seed %s: only the acting holder uses post %s at %s", seed, post.id(), at)
              .isEqualTo(new Acting.Holder(actor, ((Basis.ViaPost) basis).slot()));
        }
      } else {
        // a refusal is never a silent pass: re-asking gives the same answer
        assertThat(authority.decide(actor, Target.of(grid, action), at)).as("seed %s", seed).isEqualTo(d);
      }
    }
  }
}
