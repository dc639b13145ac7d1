package io.github.jiceng.governance.model.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A snapshot of who is where (名册): the persons, households, organizations, grid squads, posts and
 * absences of one area, typically one community or one partition of a region.
 *
 * <p>On construction the roster checks only that ids are unique (each kind of id within its
 * kind; a grid has at most one squad), listing every duplicate. Whether references resolve and
 * the dual hierarchy is complete is what the audit of {@code rules.audit} reports, so that an
 * incomplete roster can still be loaded and examined.
 */
@Value.Immutable
public abstract class Roster {

  Roster() {}

  /** Returns a builder; every list may be empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the persons in the order given. */
  public abstract List<Person> persons();

  /** Returns the households in the order given. */
  public abstract List<Household> households();

  /** Returns the organizations in the order given. */
  public abstract List<Organization> organizations();

  /** Returns the grid squads in the order given. */
  public abstract List<GridSquad> squads();

  /** Returns the posts in the order given. */
  public abstract List<Post> posts();

  /** Returns the absences in the order given. */
  public abstract List<Absence> absences();

  @Value.Lazy
  Map<PersonId, Person> personIndex() {
    return index(persons(), Person::id);
  }

  @Value.Lazy
  Map<HouseholdId, Household> householdIndex() {
    return index(households(), Household::id);
  }

  @Value.Lazy
  Map<OrganizationId, Organization> organizationIndex() {
    return index(organizations(), Organization::id);
  }

  @Value.Lazy
  Map<GridId, GridSquad> squadIndex() {
    return index(squads(), GridSquad::grid);
  }

  @Value.Lazy
  Map<PostId, Post> postIndex() {
    return index(posts(), Post::id);
  }

  @Value.Lazy
  Map<PersonId, List<Absence>> absenceIndex() {
    Map<PersonId, List<Absence>> byPerson = new TreeMap<>();
    for (Absence a : absences()) {
      byPerson.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a);
    }
    byPerson.replaceAll((k, v) -> List.copyOf(v.stream().sorted().toList()));
    return Collections.unmodifiableMap(byPerson);
  }

  /** Returns the person with the given id, if listed. */
  public final Optional<Person> person(PersonId id) {
    return Optional.ofNullable(personIndex().get(requireNonNull(id, "id")));
  }

  /** Returns the household with the given id, if listed. */
  public final Optional<Household> household(HouseholdId id) {
    return Optional.ofNullable(householdIndex().get(requireNonNull(id, "id")));
  }

  /** Returns the organization with the given id, if listed. */
  public final Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(organizationIndex().get(requireNonNull(id, "id")));
  }

  /** Returns the squad of the given grid, if listed. */
  public final Optional<GridSquad> squad(GridId grid) {
    return Optional.ofNullable(squadIndex().get(requireNonNull(grid, "grid")));
  }

  /** Returns the post with the given id, if listed. */
  public final Optional<Post> post(PostId id) {
    return Optional.ofNullable(postIndex().get(requireNonNull(id, "id")));
  }

  /** Returns the absences of the given person, sorted by period; empty if none. */
  public final List<Absence> absencesOf(PersonId person) {
    return absenceIndex().getOrDefault(requireNonNull(person, "person"), List.of());
  }

  /**
   * Returns whether the person is a member of the organization or of an organization below it in
   * its chain: a member of a compound party group belongs to the community branch above it.
   * Cycles in parent links end the walk.
   */
  public final boolean belongsTo(PersonId person, OrganizationId organization) {
    requireNonNull(organization, "organization");
    Optional<Person> p = person(requireNonNull(person, "person"));
    if (p.isEmpty()) {
      return false;
    }
    for (OrganizationId direct : p.get().organizations()) {
      OrganizationId at = direct;
      for (int steps = 0; steps <= organizations().size(); steps++) {
        if (at.equals(organization)) {
          return true;
        }
        Optional<OrganizationId> up = organization(at).flatMap(Organization::parent);
        if (up.isEmpty()) {
          break;
        }
        at = up.get();
      }
    }
    return false;
  }

  @Value.Check
  final void check() {
    List<Violation> violations = new ArrayList<>();
    duplicates(persons(), Person::id, "persons", violations);
    duplicates(households(), Household::id, "households", violations);
    duplicates(organizations(), Organization::id, "organizations", violations);
    duplicates(squads(), GridSquad::grid, "squads", violations);
    duplicates(posts(), Post::id, "posts", violations);
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  private static <K, V> void duplicates(List<V> values, Function<V, K> key, String field, List<Violation> out) {
    Map<K, Integer> seen = new HashMap<>();
    for (V v : values) {
      K k = key.apply(v);
      if (seen.merge(k, 1, Integer::sum) == 2) {
        out.add(new Violation("Roster", field, "id-unique", field + " lists " + k + " more than once"));
      }
    }
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new HashMap<>(values.size() * 2);
    for (V v : values) {
      map.put(key.apply(v), v);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Returns {@code Roster[n persons, ...]}: counts only, never personal data. */
  @Override
  public String toString() {
    return "Roster[" + persons().size() + " persons, " + households().size() + " households, "
        + organizations().size() + " organizations, " + squads().size() + " squads, " + posts().size()
        + " posts, " + absences().size() + " absences]";
  }

  /** The builder of {@link Roster}. */
  public static final class Builder extends ImmutableRoster.Builder {
    Builder() {}
  }
}
