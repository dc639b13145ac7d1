package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The scenario indexed for the phases: who is where, sorted, with subtree ranges. Fixed for the
 * run (its caches aside) and read through queries.
 */
final class Indexes {
  private final Map<ResourceId, Resource> resourcesById = new TreeMap<>();
  private final TreeMap<PostId, Post> postsById = new TreeMap<>();
  private final Map<GridId, List<Post>> postsAtScope = new HashMap<>();
  private final Map<GridId, List<Post>> handlingCache = new HashMap<>();
  /** The nodes of each stream's level and subtree; looked up, never iterated. */
  private final Map<String, List<GridId>> streamNodes = new HashMap<>();
  private final List<PostKind> handlingKinds;
  private final GridHierarchy hierarchy;
  /** Households with at least one resident, by preorder position of their grid, then id. */
  private final List<Household> households = new ArrayList<>();
  private final int[] householdPositions;
  private final Map<HouseholdId, List<PersonId>> residentsOf = new HashMap<>();
  private final Map<HouseholdId, Household> householdById = new HashMap<>();
  private final List<HouseholdId> householdIds;
  private final List<PersonId> partyMembers = new ArrayList<>();
  private final List<PersonId> volunteers = new ArrayList<>();
  private final Map<PersonId, OrganizationId> volunteerTeams = new HashMap<>();
  private final TreeMap<PersonId, TreeSet<HouseholdId>> liaisons = new TreeMap<>();
  private final List<PersonId> deputies = new ArrayList<>();
  private final Map<PersonId, Set<GridId>> deputyGrids = new HashMap<>();
  private final Map<PersonId, DeputyKind> deputyKinds = new HashMap<>();
  private final Map<OrganizationKind, List<Organization>> organizationsByKind = new EnumMap<>(OrganizationKind.class);
  private final List<Organization> coBuildingUnits = new ArrayList<>();
  private final Map<PersonId, GridId> homeGrid = new HashMap<>();

  Indexes(Setting scenario, Roster roster) {
    this.hierarchy = scenario.hierarchy();
    this.handlingKinds = scenario.parameters().handlers();
    for (Resource r : scenario.resources()) {
      resourcesById.put(r.id(), r);
    }
    for (Post p : roster.posts()) {
      postsById.put(p.id(), p);
      if (handlingKinds.contains(p.kind()) && hierarchy.contains(p.scope())) {
        postsAtScope.computeIfAbsent(p.scope(), k -> new ArrayList<>()).add(p);
      }
    }
    postsAtScope.values().forEach(l -> l.sort((a, b) -> {
      int c = Integer.compare(handlingKinds.indexOf(a.kind()), handlingKinds.indexOf(b.kind()));
      return c != 0 ? c : a.id().compareTo(b.id());
    }));
    List<Person> persons = new ArrayList<>(roster.persons());
    persons.sort((a, b) -> a.id().compareTo(b.id()));
    for (Person p : persons) {
      for (Role role : p.roles()) {
        if (role instanceof Role.Resident res) {
          residentsOf.computeIfAbsent(res.household(), k -> new ArrayList<>()).add(p.id());
        } else if (role instanceof Role.Volunteer v) {
          if (!volunteerTeams.containsKey(p.id())) {
            volunteers.add(p.id());
            volunteerTeams.put(p.id(), v.team());
          }
        } else if (role instanceof Role.Deputy d) {
          if (!deputyGrids.containsKey(p.id())) {
            deputies.add(p.id());
            deputyKinds.put(p.id(), d.deputyKind());
          }
          deputyGrids.computeIfAbsent(p.id(), k -> new TreeSet<>()).addAll(d.grids());
        }
      }
      if (p.hasRole(RoleKind.PARTY_MEMBER)) {
        partyMembers.add(p.id());
      }
    }
    List<Household> hs = new ArrayList<>();
    for (Household h : roster.households()) {
      householdById.put(h.id(), h);
      h.liaison().ifPresent(l -> liaisons.computeIfAbsent(l, k -> new TreeSet<>()).add(h.id()));
      List<PersonId> res = residentsOf.get(h.id());
      if (res != null && hierarchy.contains(h.grid())) {
        hs.add(h);
        for (PersonId p : res) {
          homeGrid.putIfAbsent(p, h.grid());
        }
      }
    }
    hs.sort((a, b) -> {
      int c = Integer.compare(hierarchy.position(a.grid()), hierarchy.position(b.grid()));
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    households.addAll(hs);
    householdPositions = new int[hs.size()];
    for (int i = 0; i < hs.size(); i++) {
      householdPositions[i] = hierarchy.position(hs.get(i).grid());
    }
    List<HouseholdId> ids = new ArrayList<>(householdById.keySet());
    ids.sort(null);
    this.householdIds = List.copyOf(ids);
    List<Organization> orgs = new ArrayList<>(roster.organizations());
    orgs.sort((a, b) -> a.id().compareTo(b.id()));
    for (Organization o : orgs) {
      organizationsByKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
      if (o.kind().isCoBuildingUnit()) {
        coBuildingUnits.add(o);
      }
    }
  }

  /** The handling posts whose scope is the grid or above it, nearest first. */
  List<Post> handlingPosts(GridId grid) {
    List<Post> cached = handlingCache.get(grid);
    if (cached != null) {
      return cached;
    }
    List<Post> out = new ArrayList<>();
    if (hierarchy.contains(grid)) {
      out.addAll(postsAtScope.getOrDefault(grid, List.of()));
      for (GridId up : hierarchy.ancestors(grid)) {
        out.addAll(postsAtScope.getOrDefault(up, List.of()));
      }
    }
    List<Post> frozen = List.copyOf(out);
    handlingCache.put(grid, frozen);
    return frozen;
  }

  /** The households with residents whose grid lies in the subtree of the node, as an index range. */
  int[] householdRange(GridId node) {
    int p = hierarchy.position(node);
    int end = p + hierarchy.subtreeSize(node);
    return new int[] {lowerBound(p), lowerBound(end)};
  }

  private int lowerBound(int position) {
    int lo = 0;
    int hi = householdPositions.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (householdPositions[mid] < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The nodes a stream arrives at: those of the level, in the hierarchy's order, confined to the
   * subtree of {@code within} when given (empty when the level or the node is not in the hierarchy).
   */
  List<GridId> streamNodes(String level, Optional<GridId> within) {
    return streamNodes.computeIfAbsent(level + "@" + within.map(GridId::value).orElse(""), k -> {
      if (hierarchy.scheme().level(level).isEmpty() || within.isPresent() && !hierarchy.contains(within.get())) {
        return List.of();
      }
      return hierarchy.nodesAtLevel(level, within.orElse(hierarchy.root()));
    });
  }

  /** Whether the grid is the node or below it. */
  boolean within(GridId node, GridId grid) {
    return hierarchy.contains(grid) && (node.equals(grid) || hierarchy.isAncestorOf(node, grid));
  }

  /** The scenario's resources in id order. */
  Collection<Resource> resources() {
    return Collections.unmodifiableCollection(resourcesById.values());
  }

  /** The resource of the id. */
  Resource resource(ResourceId id) {
    return resourcesById.get(id);
  }

  /** The roster's posts in id order. */
  Collection<Post> posts() {
    return Collections.unmodifiableCollection(postsById.values());
  }

  /** The households with residents, by preorder position of their grid, then id. */
  List<Household> households() {
    return Collections.unmodifiableList(households);
  }

  /** Every household of the roster, in id order. */
  List<HouseholdId> householdIds() {
    return householdIds;
  }

  /** The household of the id. */
  Household household(HouseholdId id) {
    return householdById.get(id);
  }

  /** The residents of a household, in id order. */
  List<PersonId> residents(HouseholdId household) {
    return Collections.unmodifiableList(residentsOf.get(household));
  }

  /** The home grid of a resident, else the fallback. */
  GridId homeGrid(PersonId person, GridId fallback) {
    return homeGrid.getOrDefault(person, fallback);
  }

  /** The party members in id order. */
  List<PersonId> partyMembers() {
    return Collections.unmodifiableList(partyMembers);
  }

  /** The volunteers in id order. */
  List<PersonId> volunteers() {
    return Collections.unmodifiableList(volunteers);
  }

  /** The team of a volunteer. */
  OrganizationId team(PersonId volunteer) {
    return volunteerTeams.get(volunteer);
  }

  /** The liaisons in id order, each with the households they serve in id order. */
  Map<PersonId, List<HouseholdId>> liaisons() {
    Map<PersonId, List<HouseholdId>> out = new TreeMap<>();
    liaisons.forEach((l, hs) -> out.put(l, List.copyOf(hs)));
    return out;
  }

  /** The deputies in id order. */
  List<PersonId> deputies() {
    return Collections.unmodifiableList(deputies);
  }

  /** The grids a deputy serves. */
  Set<GridId> deputyGrids(PersonId deputy) {
    return Collections.unmodifiableSet(deputyGrids.get(deputy));
  }

  /** The kind of a deputy. */
  DeputyKind deputyKind(PersonId deputy) {
    return deputyKinds.get(deputy);
  }

  /** The organizations of a kind in id order. */
  List<Organization> organizations(OrganizationKind kind) {
    return Collections.unmodifiableList(organizationsByKind.getOrDefault(kind, List.of()));
  }

  /** The co-building units in id order. */
  List<Organization> coBuildingUnits() {
    return Collections.unmodifiableList(coBuildingUnits);
  }
}
