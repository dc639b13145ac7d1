package io.github.jiceng.governance.rules.audit;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.post.GridRequirement;
import io.github.jiceng.governance.model.post.PartyCoverage;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that the territory and the party chain bound to it (the dual hierarchy) are complete, and
 * reports every violation rather than the first.
 *
 * <table>
 *   <caption>Checks, in report order, with their rule names</caption>
 *   <tr><th>rule</th><th>what must hold</th></tr>
 *   <tr><td>{@code grid-exists}, {@code person-exists}, {@code organization-exists},
 *       {@code household-exists}, {@code organization-kind}</td>
 *       <td>every id a roster entry names resolves, to an organization of the right kind</td></tr>
 *   <tr><td>{@code household-has-liaison}</td><td>every household has exactly one party-member
 *       liaison (a household names at most one, so none is the violation)</td></tr>
 *   <tr><td>{@code household-field-liaison}</td><td>every household field (a grid node the
 *       roster places households on) has at least one household with a party-member liaison
 *       (党员联络员), the third level of the three-level core grid</td></tr>
 *   <tr><td>{@code liaison-is-party-member}</td><td>that liaison is a listed party member</td></tr>
 *   <tr><td>{@code liaison-load}</td><td>no liaison serves more households than the policy's maximum</td></tr>
 *   <tr><td>{@code party-level-known}, {@code party-chain-fits}</td><td>every party organization's level
 *       is a level of a party scheme, and its parent link fits that scheme (skipped when the
 *       policy lists no party scheme)</td></tr>
 *   <tr><td>{@code party-coverage}</td><td>every party organization of a covering level (a compound
 *       party group) covers at least one grid node of the covered level (a compound)</td></tr>
 *   <tr><td>{@code party-branch-present}, {@code party-group-present}, {@code party-presence}</td>
 *       <td>the other way round: every grid node of a covered level has a party organization of
 *       the covering level on it or inside it. The three-level core grid (三级核心网格) gives the
 *       first two their own codes: a coverage whose party level is the parent, in a party scheme,
 *       of another coverage's party level is the branch tier ({@code party-branch-present}: a
 *       community or a village without its party branch, 社区党支部 / 村党支部); one whose party
 *       level is the child of another's is the group tier ({@code party-group-present}: a compound
 *       or a villagers' group without its party group, 小区党小组 / 党小组); a coverage a district
 *       adds outside such a pair keeps {@code party-presence}</td></tr>
 *   <tr><td>{@code grid-head-present}, {@code grid-squad-present}, {@code grid-squad-roles},
 *       {@code grid-squad-organizations}</td><td>every grid a requirement applies to has a
 *       grid-head post with a holder, and a squad with the required roles and organizations</td></tr>
 *   <tr><td>{@code post-holders-present}</td><td>every post has an A and a B holder</td></tr>
 *   <tr><td>{@code post-holder-in-organization}</td><td>each holder belongs to the post's
 *       organization or to one below it in its chain</td></tr>
 * </table>
 *
 * <p>The audit is a pure function of its inputs; it runs in time linear in the size of the roster
 * and the hierarchy (plus sorting).
 */
public final class DualHierarchyAudit {

  private static final Logger log = LoggerFactory.getLogger(DualHierarchyAudit.class);

  private final GridHierarchy territory;
  private final Roster roster;
  private final StaffingPolicy policy;
  private final List<Violation> out = new ArrayList<>();

  private DualHierarchyAudit(GridHierarchy territory, Roster roster, StaffingPolicy policy) {
    this.territory = territory;
    this.roster = roster;
    this.policy = policy;
  }

  /**
   * Audits a roster against its territory and a staffing policy.
   *
   * @param territory the territorial grid hierarchy the roster's grid ids refer to
   * @param roster the persons, households, organizations, squads and posts of the area
   * @param policy what a complete dual hierarchy must have
   * @return the report of every violation; clean when there is none
   */
  public static AuditReport audit(GridHierarchy territory, Roster roster, StaffingPolicy policy) {
    requireNonNull(territory, "territory");
    requireNonNull(roster, "roster");
    requireNonNull(policy, "policy");
    DualHierarchyAudit audit = new DualHierarchyAudit(territory, roster, policy);
    audit.references();
    audit.liaisons();
    audit.householdFields();
    audit.partyChain();
    audit.partyCoverage();
    audit.gridRequirements();
    audit.posts();
    AuditReport report = new AuditReport(audit.out);
    log.debug("audited {} under {}: {}", roster, territory.root(), report);
    return report;
  }

  /**
   * Checks only that every id the roster names resolves: grids in the territory, persons,
   * households and organizations in the roster, organizations of the kind a role needs (the
   * first row of the audit's checks). A roster that fails these is broken data rather than an
   * incomplete dual hierarchy: a simulator or an import refuses it, where the full audit only
   * reports gaps.
   *
   * @param territory the territorial grid hierarchy the roster's grid ids refer to
   * @param roster the persons, households, organizations, squads and posts of the area
   * @return the report of every dangling reference; clean when there is none
   */
  public static AuditReport references(GridHierarchy territory, Roster roster) {
    requireNonNull(territory, "territory");
    requireNonNull(roster, "roster");
    // the staffing policy plays no part in the reference checks
    DualHierarchyAudit audit = new DualHierarchyAudit(territory, roster, StaffingPolicy.builder().build());
    audit.references();
    return new AuditReport(audit.out);
  }

  private void add(String subject, String field, String rule, String detail) {
    out.add(new Violation(subject, field, rule, detail));
  }

  private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(order);
    return copy;
  }

  private List<Person> persons() {
    return sorted(roster.persons(), Comparator.comparing(Person::id));
  }

  private List<Household> households() {
    return sorted(roster.households(), Comparator.comparing(Household::id));
  }

  private List<Organization> organizations() {
    return sorted(roster.organizations(), Comparator.comparing(Organization::id));
  }

  private List<Post> postsSorted() {
    return sorted(roster.posts(), Comparator.comparing(Post::id));
  }

  private void grid(String subject, String field, GridId grid) {
    if (!territory.contains(grid)) {
      add(subject, field, "grid-exists", "grid " + grid + " is not in the hierarchy rooted at " + territory.root());
    }
  }

  private void person(String subject, String field, PersonId person) {
    if (roster.person(person).isEmpty()) {
      add(subject, field, "person-exists", "person " + person + " is not in the roster");
    }
  }

  private void organization(String subject, String field, OrganizationId id, Optional<OrganizationKind> kind) {
    Optional<Organization> org = roster.organization(id);
    if (org.isEmpty()) {
      add(subject, field, "organization-exists", "organization " + id + " is not in the roster");
    } else if (kind.isPresent() && org.get().kind() != kind.get()) {
      add(subject, field, "organization-kind",
          "organization " + id + " is a " + org.get().kind() + ", not a " + kind.get());
    }
  }

  private void references() {
    for (Person p : persons()) {
      String subject = "Person[" + p.id() + "]";
      for (Role role : p.roles()) {
        role.grids().forEach(g -> grid(subject, "roles", g));
        if (role instanceof Role.Resident) {
          if (roster.household(((Role.Resident) role).household()).isEmpty()) {
            add(subject, "roles", "household-exists",
                "household " + ((Role.Resident) role).household() + " is not in the roster");
          }
        } else if (role instanceof Role.PartyMember) {
          Role.PartyMember m = (Role.PartyMember) role;
          organization(subject, "roles", m.branch(), Optional.of(OrganizationKind.PARTY_ORGANIZATION));
          m.group().ifPresent(g -> organization(subject, "roles", g, Optional.of(OrganizationKind.PARTY_ORGANIZATION)));
        } else if (role instanceof Role.Volunteer) {
          organization(subject, "roles", ((Role.Volunteer) role).team(), Optional.of(OrganizationKind.VOLUNTEER_TEAM));
        } else if (role instanceof Role.SocialWorker) {
          organization(subject, "roles", ((Role.SocialWorker) role).station(),
              Optional.of(OrganizationKind.SOCIAL_WORK_STATION));
        }
      }
      p.affiliations().forEach(o -> organization(subject, "affiliations", o, Optional.empty()));
    }
    for (Household h : households()) {
      String subject = "Household[" + h.id() + "]";
      grid(subject, "grid", h.grid());
      h.members().forEach(m -> person(subject, "members", m));
    }
    for (Organization o : organizations()) {
      String subject = "Organization[" + o.id() + "]";
      o.parent().ifPresent(p -> organization(subject, "parent", p, Optional.empty()));
      o.grids().forEach(g -> grid(subject, "grids", g));
    }
    for (GridSquad s : sorted(roster.squads(), Comparator.comparing(GridSquad::grid))) {
      String subject = "GridSquad[" + s.grid() + "]";
      grid(subject, "grid", s.grid());
      s.persons().forEach(p -> person(subject, "persons", p));
      s.organizations().forEach(o -> organization(subject, "organizations", o, Optional.empty()));
    }
    for (Post p : postsSorted()) {
      String subject = "Post[" + p.id() + "]";
      organization(subject, "organization", p.organization(), Optional.empty());
      grid(subject, "scope", p.scope());
      p.holders().forEach(h -> person(subject, "holders", h));
    }
  }

  private void liaisons() {
    Map<PersonId, List<Household>> served = new TreeMap<>();
    for (Household h : households()) {
      String subject = "Household[" + h.id() + "]";
      if (h.liaison().isEmpty()) {
        add(subject, "liaison", "household-has-liaison", "the household has no party-member liaison");
        continue;
      }
      PersonId liaison = h.liaison().get();
      served.computeIfAbsent(liaison, k -> new ArrayList<>()).add(h);
      Optional<Person> person = roster.person(liaison);
      if (person.isEmpty() || !person.get().hasRole(RoleKind.PARTY_MEMBER)) {
        add(subject, "liaison", "liaison-is-party-member",
            "liaison " + liaison + (person.isEmpty() ? " is not in the roster" : " is not a party member"));
      }
    }
    served.forEach((liaison, households) -> {
      if (households.size() > policy.maxLiaisonLoad()) {
        out.add(new Violation("Person[" + liaison + "]", "households", "liaison-load", "liaison serves "
            + households.size() + " households, more than the maximum of " + policy.maxLiaisonLoad())
            .with("max", policy.maxLiaisonLoad()).with("count", households.size()));
      }
    });
  }

  private Optional<LevelScheme> partySchemeOf(String level) {
    return policy.partySchemes().stream().filter(s -> s.level(level).isPresent()).findFirst();
  }

  private void partyChain() {
    if (policy.partySchemes().isEmpty()) {
      return;
    }
    for (Organization o : organizations()) {
      if (o.kind() != OrganizationKind.PARTY_ORGANIZATION || o.partyLevel().isEmpty()) {
        continue;
      }
      String subject = "Organization[" + o.id() + "]";
      String level = o.partyLevel().get();
      Optional<LevelScheme> scheme = partySchemeOf(level);
      if (scheme.isEmpty()) {
        add(subject, "partyLevel", "party-level-known", "party level " + level + " is in none of the party schemes");
        continue;
      }
      boolean root = scheme.get().rootLevels().contains(level);
      Optional<Organization> parent = o.parent().flatMap(roster::organization);
      if (o.parent().isEmpty()) {
        if (!root) {
          add(subject, "parent", "party-chain-fits", "a party organization of level " + level
              + " sits below another in scheme " + scheme.get().name() + ", but has no parent");
        }
        continue;
      }
      if (parent.isEmpty()) {
        continue; // reported as organization-exists
      }
      if (parent.get().kind() != OrganizationKind.PARTY_ORGANIZATION) {
        add(subject, "parent", "party-chain-fits", "the parent " + parent.get().id() + " of a party organization is a "
            + parent.get().kind() + ", not a party organization");
        continue;
      }
      Optional<String> parentLevel = parent.get().partyLevel();
      boolean sameScheme = parentLevel.isPresent() && scheme.get().level(parentLevel.get()).isPresent();
      if (sameScheme && !scheme.get().allows(parentLevel.get(), level)) {
        add(subject, "parent", "party-chain-fits", "scheme " + scheme.get().name() + " does not allow level " + level
            + " below " + parentLevel.get() + " (parent " + parent.get().id() + ")");
      } else if (!sameScheme && !root) {
        add(subject, "parent", "party-chain-fits", "a party organization of level " + level
            + " needs a parent of scheme " + scheme.get().name() + ", parent " + parent.get().id() + " is not one");
      }
    }
  }

  private void partyCoverage() {
    for (PartyCoverage coverage : policy.partyCoverages()) {
      for (Organization o : organizations()) {
        if (o.kind() != OrganizationKind.PARTY_ORGANIZATION || !o.partyLevel().equals(Optional.of(coverage.partyLevel()))) {
          continue;
        }
        boolean covers = o.grids().stream().anyMatch(g -> territory.contains(g)
            && territory.level(g).key().equals(coverage.territorialLevel()));
        if (!covers) {
          add("Organization[" + o.id() + "]", "grids", "party-coverage", "a party organization of level "
              + coverage.partyLevel() + " covers no grid node of level " + coverage.territorialLevel());
        }
      }
    }
    partyPresence();
  }

  /** Every grid node of a covered level has a party organization of the covering level on it or inside it. */
  private void partyPresence() {
    for (PartyCoverage coverage : policy.partyCoverages()) {
      if (territory.scheme().level(coverage.territorialLevel()).isEmpty()) {
        continue; // a coverage of the other scheme (rural levels under an urban territory)
      }
      Set<GridId> present = new HashSet<>();
      for (Organization o : roster.organizations()) {
        if (o.kind() == OrganizationKind.PARTY_ORGANIZATION && o.partyLevel().equals(Optional.of(coverage.partyLevel()))) {
          for (GridId g : o.grids()) {
            if (territory.contains(g)) {
              present.add(g);
              present.addAll(territory.ancestors(g));
            }
          }
        }
      }
      CoreTier tier = tierOf(coverage);
      for (GridId node : territory.nodesAtLevel(coverage.territorialLevel())) {
        if (!present.contains(node)) {
          String subject = "GridNode[" + node + "]";
          String detail = "no party organization of level " + coverage.partyLevel() + " is on this "
              + coverage.territorialLevel() + " node or inside it";
          switch (tier) {
            case BRANCH -> add(subject, "party", "party-branch-present", detail);
            case GROUP -> add(subject, "party", "party-group-present", detail);
            default -> add(subject, "party", "party-presence", detail);
          }
        }
      }
    }
  }

  /** The tier of the three-level core grid a party coverage stands for, if any. */
  private enum CoreTier {
    /** 党支部: the coverage's party level is the parent of another coverage's. */
    BRANCH,
    /** 党小组: the coverage's party level is the child of another coverage's. */
    GROUP,
    /** A coverage paired with no other. */
    OTHER
  }

  /**
   * The tier of the coverage: the group tier if another coverage's party level is the parent of
   * this one's in a party scheme, else the branch tier if another's is its child, else none.
   */
  private CoreTier tierOf(PartyCoverage coverage) {
    boolean coveredParent = false;
    boolean coveredChild = false;
    for (PartyCoverage other : policy.partyCoverages()) {
      if (other.partyLevel().equals(coverage.partyLevel())) {
        continue;
      }
      for (LevelScheme scheme : policy.partySchemes()) {
        if (scheme.level(coverage.partyLevel()).isPresent() && scheme.level(other.partyLevel()).isPresent()) {
          coveredParent |= scheme.allows(other.partyLevel(), coverage.partyLevel());
          coveredChild |= scheme.allows(coverage.partyLevel(), other.partyLevel());
        }
      }
    }
    return coveredParent ? CoreTier.GROUP : coveredChild ? CoreTier.BRANCH : CoreTier.OTHER;
  }

  /** Every grid node holding households has at least one household with a party-member liaison. */
  private void householdFields() {
    Map<GridId, Boolean> served = new TreeMap<>();
    for (Household h : households()) {
      if (territory.contains(h.grid())) {
        served.merge(h.grid(), h.liaison().isPresent(), Boolean::logicalOr);
      }
    }
    served.forEach((grid, anyLiaison) -> {
      if (!anyLiaison) {
        add("GridNode[" + grid + "]", "liaison", "household-field-liaison",
            "no household of this household field has a party-member liaison");
      }
    });
  }

  private boolean applies(GridRequirement requirement, GridId node) {
    if (!territory.level(node).key().equals(requirement.level())) {
      return false;
    }
    return requirement.within().isEmpty()
        || territory.ancestors(node).stream().anyMatch(a -> territory.level(a).key().equals(requirement.within().get()));
  }

  private void gridRequirements() {
    Set<GridId> headed = new HashSet<>();
    for (Post p : roster.posts()) {
      if (p.kind().equals(policy.gridHeadKind()) && !p.holders().isEmpty()) {
        headed.add(p.scope());
      }
    }
    Map<GridId, List<GridRequirement>> byNode = new HashMap<>();
    for (GridRequirement r : policy.gridRequirements()) {
      if (territory.scheme().level(r.level()).isEmpty()) {
        continue;
      }
      for (GridId node : territory.nodesAtLevel(r.level())) {
        if (applies(r, node)) {
          byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(r);
        }
      }
    }
    for (GridId node : territory.nodes().stream().map(n -> n.id()).filter(byNode::containsKey).toList()) {
      String subject = "Grid[" + node + "]";
      List<GridRequirement> requirements = byNode.get(node);
      if (requirements.stream().anyMatch(GridRequirement::gridHead) && !headed.contains(node)) {
        add(subject, "gridHead", "grid-head-present", "the grid has no " + policy.gridHeadKind() + " post with a holder");
      }
      EnumSet<RoleKind> roles = EnumSet.noneOf(RoleKind.class);
      EnumSet<OrganizationKind> kinds = EnumSet.noneOf(OrganizationKind.class);
      requirements.forEach(r -> {
        roles.addAll(r.squadRoles());
        kinds.addAll(r.squadOrganizations());
      });
      if (roles.isEmpty() && kinds.isEmpty()) {
        continue;
      }
      Optional<GridSquad> squad = roster.squad(node);
      if (squad.isEmpty()) {
        add(subject, "squad", "grid-squad-present", "the grid has no grid squad");
        continue;
      }
      EnumSet<RoleKind> missingRoles = EnumSet.noneOf(RoleKind.class);
      missingRoles.addAll(roles);
      squad.get().persons().forEach(p -> roster.person(p).ifPresent(person -> person.roles()
          .forEach(r -> missingRoles.remove(r.kind()))));
      if (!missingRoles.isEmpty()) {
        add(subject, "squad", "grid-squad-roles", "the grid squad has no member with role " + missingRoles);
      }
      EnumSet<OrganizationKind> missingKinds = EnumSet.noneOf(OrganizationKind.class);
      missingKinds.addAll(kinds);
      squad.get().organizations().forEach(o -> roster.organization(o).ifPresent(org -> missingKinds.remove(org.kind())));
      if (!missingKinds.isEmpty()) {
        add(subject, "squad", "grid-squad-organizations", "the grid squad has no organization of kind " + missingKinds);
      }
    }
  }

  private void posts() {
    for (Post p : postsSorted()) {
      String subject = "Post[" + p.id() + "]";
      if (p.holderA().isEmpty() || p.holderB().isEmpty()) {
        add(subject, p.holderA().isEmpty() ? "holderA" : "holderB", "post-holders-present",
            "the post has no " + (p.holderA().isEmpty() ? (p.holderB().isEmpty() ? "A or B" : "A") : "B") + " holder");
      }
    }
    for (Post p : postsSorted()) {
      if (roster.organization(p.organization()).isEmpty()) {
        continue; // reported as organization-exists
      }
      for (PersonId holder : p.holders()) {
        if (roster.person(holder).isPresent() && !roster.belongsTo(holder, p.organization())) {
          add("Post[" + p.id() + "]", "holders", "post-holder-in-organization", "holder " + holder
              + " belongs neither to " + p.organization() + " nor to an organization below it");
        }
      }
    }
  }
}
