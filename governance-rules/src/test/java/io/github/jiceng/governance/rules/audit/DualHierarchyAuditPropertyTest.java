package io.github.jiceng.governance.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random communities (grids, compounds, buildings, households) staffed completely, then broken at
 * random: liaisons removed or overloaded, grid heads and squads removed, B holders removed. The
 * report must name exactly what a naive recount finds, be clean before the damage, and not depend
 * on the order of the roster's lists.
 */
final class DualHierarchyAuditPropertyTest {

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  private static final OrganizationId BRANCH = OrganizationId.of("branch");
  private static final OrganizationId STATION = OrganizationId.of("station");

  /** One generated community; lists are mutable so that a test can break them. */
  static final class Community {
    final List<GridNode> nodes = new ArrayList<>();
    final List<Person> persons = new ArrayList<>();
    final List<Organization> orgs = new ArrayList<>();
    final List<Household> households = new ArrayList<>();
    final List<GridSquad> squads = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<GridId> grids = new ArrayList<>();
    int serial;

    PersonId person(Role... roles) {
      PersonId id = PersonId.of("p" + serial++);
      persons.add(Person.builder().id(id).name(PersonName.of("张" + serial)).addRoles(roles).build());
      return id;
    }

    Roster roster(SplittableRandom shuffle) {
      List<Person> p = new ArrayList<>(persons);
      List<Household> h = new ArrayList<>(households);
      List<Post> s = new ArrayList<>(posts);
      List<GridSquad> q = new ArrayList<>(squads);
      if (shuffle != null) {
        shuffle(p, shuffle);
        shuffle(h, shuffle);
        shuffle(s, shuffle);
        shuffle(q, shuffle);
      }
      return Roster.builder().addAllPersons(p).addAllOrganizations(orgs).addAllHouseholds(h).addAllSquads(q)
          .addAllPosts(s).build();
    }
  }

  static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, r.nextInt(i + 1));
    }
  }

  static Community generate(SplittableRandom r, int maxLoad) {
    Community c = new Community();
    c.nodes.add(GridNode.builder().id(GridId.of("street")).level("STREET").name("街道").build());
    c.nodes.add(GridNode.builder().id(GridId.of("comm")).level("COMMUNITY").parent(GridId.of("street")).name("社区").build());
    c.orgs.add(Organization.builder().id(BRANCH).kind(OrganizationKind.PARTY_ORGANIZATION).name("支部")
        .partyLevel("COMMUNITY_PARTY_BRANCH").addGrid(GridId.of("comm")).build());
    c.orgs.add(Organization.builder().id(STATION).kind(OrganizationKind.SOCIAL_WORK_STATION).name("站").build());
    int grids = 1 + r.nextInt(5);
    List<GridId> buildings = new ArrayList<>();
    for (int g = 0; g < grids; g++) {
      GridId grid = GridId.of("g" + g);
      c.grids.add(grid);
      c.nodes.add(GridNode.builder().id(grid).level("GRID").parent(GridId.of("comm")).name("网格" + g).build());
      GridId compound = GridId.of("g" + g + "-c");
      c.nodes.add(GridNode.builder().id(compound).level("COMPOUND").parent(grid).name("小区" + g).build());
      OrganizationId group = OrganizationId.of("group-" + g);
      c.orgs.add(Organization.builder().id(group).kind(OrganizationKind.PARTY_ORGANIZATION).name("党小组" + g)
          .partyLevel("COMPOUND_PARTY_GROUP").parent(BRANCH).addGrid(compound).build());
      List<PersonId> squad = new ArrayList<>();
      int nb = 1 + r.nextInt(4);
      for (int b = 0; b < nb; b++) {
        GridId building = GridId.of("g" + g + "-b" + b);
        buildings.add(building);
        c.nodes.add(GridNode.builder().id(building).level("BUILDING").parent(compound).name("楼" + b).build());
        squad.add(c.person(new Role.BuildingHead(building)));
      }
      squad.add(c.person(Role.PartyMember.of(BRANCH, group)));
      squad.add(c.person(new Role.SocialWorker(STATION)));
      squad.add(c.person(new Role.PoliceOfficer(Set.of(grid))));
      squad.add(c.person(new Role.SafetyVolunteer(grid)));
      c.squads.add(GridSquad.builder().grid(grid).addAllPersons(squad).build());
      PersonId a = c.person(Role.PartyMember.of(BRANCH));
      PersonId bh = c.person(Role.PartyMember.of(BRANCH, group));
      c.posts.add(Post.builder().id(PostId.of("head-" + g)).kind(PostKind.GRID_HEAD).organization(BRANCH).scope(grid)
          .holderA(a).holderB(bh).build());
    }
    int households = r.nextInt(60);
    List<PersonId> liaisons = new ArrayList<>();
    Map<PersonId, Integer> load = new HashMap<>();
    for (int i = 0; i < households; i++) {
      if (liaisons.isEmpty() || r.nextInt(4) == 0) {
        liaisons.add(c.person(Role.PartyMember.of(BRANCH)));
      }
      PersonId liaison = liaisons.get(r.nextInt(liaisons.size()));
      if (load.merge(liaison, 1, Integer::sum) > maxLoad) {
        liaison = c.person(Role.PartyMember.of(BRANCH));
        liaisons.add(liaison);
        load.put(liaison, 1);
      }
      c.households.add(Household.builder().id(HouseholdId.of(String.format("h%03d", i)))
          .grid(buildings.get(r.nextInt(buildings.size()))).liaison(liaison).build());
    }
    return c;
  }

  static StaffingPolicy withLoad(int max) {
    StaffingPolicy a = StaffingPolicy.ARTICLE;
    return StaffingPolicy.builder().maxLiaisonLoad(max).addAllGridRequirements(a.gridRequirements())
        .addAllPartyCoverages(a.partyCoverages()).addAllPartySchemes(a.partySchemes()).build();
  }

  static TreeSet<String> subjects(AuditReport report, String rule) {
    TreeSet<String> out = new TreeSet<>();
    report.violationsOf(rule).forEach(v -> out.add(v.subject()));
    return out;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void reportsExactlyWhatANaiveRecountFinds(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int maxLoad = 1 + r.nextInt(8);
    StaffingPolicy policy = withLoad(maxLoad);
    Community c = generate(r, maxLoad);
    GridHierarchy territory = GridHierarchy.of(LevelSchemes.URBAN, c.nodes);
    assertThat(DualHierarchyAudit.audit(territory, c.roster(null), policy).violations())
        .as("seed %s: the generated community is complete", seed).isEmpty();

    // break it
    for (int i = 0; i < c.households.size(); i++) {
      Household h = c.households.get(i);
      int dice = r.nextInt(10);
      if (dice == 0) {
        c.households.set(i, Household.builder().id(h.id()).grid(h.grid()).build());
      } else if (dice == 1 && i > 0 && c.households.get(0).liaison().isPresent()) {
        c.households.set(i, Household.builder().id(h.id()).grid(h.grid()).liaison(c.households.get(0).liaison().get()).build());
      }
    }
    TreeSet<String> squadless = new TreeSet<>();
    TreeSet<String> headless = new TreeSet<>();
    TreeSet<String> withoutB = new TreeSet<>();
    for (GridId g : c.grids) {
      int dice = r.nextInt(6);
      if (dice == 0) {
        c.squads.removeIf(s -> s.grid().equals(g));
        squadless.add("Grid[" + g + "]");
      } else if (dice == 1) {
        c.posts.removeIf(p -> p.scope().equals(g));
        headless.add("Grid[" + g + "]");
      } else if (dice == 2) {
        Post p = c.posts.stream().filter(x -> x.scope().equals(g)).findFirst().orElseThrow();
        c.posts.set(c.posts.indexOf(p), Post.builder().id(p.id()).kind(p.kind()).organization(p.organization())
            .scope(p.scope()).holderA(p.holderA().orElseThrow()).build());
        withoutB.add("Post[" + p.id() + "]");
      }
    }
    AuditReport report = DualHierarchyAudit.audit(territory, c.roster(null), policy);

    TreeSet<String> noLiaison = new TreeSet<>();
    Map<PersonId, Integer> load = new HashMap<>();
    for (Household h : c.households) {
      if (h.liaison().isEmpty()) {
        noLiaison.add("Household[" + h.id() + "]");
      } else {
        load.merge(h.liaison().get(), 1, Integer::sum);
      }
    }
    Map<GridId, Boolean> fieldServed = new TreeMap<>();
    for (Household h : c.households) {
      fieldServed.merge(h.grid(), h.liaison().isPresent(), Boolean::logicalOr);
    }
    TreeSet<String> unservedFields = new TreeSet<>();
    fieldServed.forEach((g, served) -> {
      if (!served) {
        unservedFields.add("GridNode[" + g + "]");
      }
    });
    TreeSet<String> overloaded = new TreeSet<>();
    load.forEach((p, n) -> {
      if (n > maxLoad) {
        overloaded.add("Person[" + p + "]");
      }
    });
    assertThat(subjects(report, "household-has-liaison")).as("seed %s", seed).isEqualTo(noLiaison);
    assertThat(subjects(report, "household-field-liaison")).as("seed %s", seed).isEqualTo(unservedFields);
    assertThat(subjects(report, "liaison-load")).as("seed %s", seed).isEqualTo(overloaded);
    assertThat(subjects(report, "grid-squad-present")).as("seed %s", seed).isEqualTo(squadless);
    assertThat(subjects(report, "grid-head-present")).as("seed %s", seed).isEqualTo(headless);
    assertThat(subjects(report, "post-holders-present")).as("seed %s", seed).isEqualTo(withoutB);
    assertThat(report.violations()).as("seed %s: nothing else is reported", seed).hasSize(noLiaison.size()
        + unservedFields.size() + overloaded.size() + squadless.size() + headless.size() + withoutB.size());

    List<Violation> shuffled = DualHierarchyAudit.audit(territory, c.roster(new SplittableRandom(seed + 1)), policy).violations();
    assertThat(shuffled).as("seed %s: the report does not depend on list order", seed).isEqualTo(report.violations());
  }
}
