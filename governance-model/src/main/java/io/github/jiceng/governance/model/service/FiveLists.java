package io.github.jiceng.governance.model.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The five linked lists (五项清单) of one community: demands (需求), resources (资源), projects
 * (项目), services (服务) and outcomes (成效), with every link checked.
 *
 * <p>Records refer to each other by id: a project lists its demands, a service its demands and
 * resource, an outcome its service. From any outcome one walks back to its demands
 * ({@link #demandsOf(OutcomeId)}); from any demand forward to its services and outcomes
 * ({@link #outcomesOf(DemandId)}). Every list is kept in id order, so walks and reports are
 * deterministic.
 *
 * <pre>{@code
 * FiveLists lists = FiveLists.of(demands, resources, projects, services, outcomes);
 * lists.outcomesOf(DemandId.of("d-0001"));   // what came of it
 * lists.demandsOf(OutcomeId.of("o-0107"));   // what it answered
 * }</pre>
 */
public final class FiveLists {

  private final NavigableMap<DemandId, Demand> demands;
  private final NavigableMap<ResourceId, Resource> resources;
  private final NavigableMap<ProjectId, Project> projects;
  private final NavigableMap<ServiceId, ServiceRecord> services;
  private final NavigableMap<OutcomeId, Outcome> outcomes;
  private final Map<DemandId, ProjectId> projectByDemand;
  private final Map<DemandId, List<ServiceId>> servicesByDemand;
  private final Map<ServiceId, List<OutcomeId>> outcomesByService;

  private FiveLists(NavigableMap<DemandId, Demand> demands, NavigableMap<ResourceId, Resource> resources,
      NavigableMap<ProjectId, Project> projects, NavigableMap<ServiceId, ServiceRecord> services,
      NavigableMap<OutcomeId, Outcome> outcomes) {
    this.demands = Collections.unmodifiableNavigableMap(demands);
    this.resources = Collections.unmodifiableNavigableMap(resources);
    this.projects = Collections.unmodifiableNavigableMap(projects);
    this.services = Collections.unmodifiableNavigableMap(services);
    this.outcomes = Collections.unmodifiableNavigableMap(outcomes);
    Map<DemandId, ProjectId> byDemand = new TreeMap<>();
    for (Project p : projects.values()) {
      for (DemandId d : p.demands()) {
        byDemand.put(d, p.id());
      }
    }
    this.projectByDemand = byDemand;
    Map<DemandId, List<ServiceId>> sByD = new TreeMap<>();
    for (ServiceRecord s : services.values()) {
      for (DemandId d : s.demands()) {
        sByD.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id());
      }
    }
    this.servicesByDemand = sByD;
    Map<ServiceId, List<OutcomeId>> oByS = new TreeMap<>();
    for (Outcome o : outcomes.values()) {
      oByS.computeIfAbsent(o.service(), k -> new ArrayList<>()).add(o.id());
    }
    this.outcomesByService = oByS;
  }

  /** Returns the five lists with nothing in them. */
  public static FiveLists empty() {
    return of(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Checks and links the five lists.
   *
   * @param demands the demand list
   * @param resources the resource list
   * @param projects the project list
   * @param services the service list
   * @param outcomes the outcome list
   * @return the linked lists; never null
   * @throws DomainValidationException listing every broken link: a repeated id, a project, service
   *     or outcome naming a record that is not there, a demand in two projects, a service whose
   *     provider or channel differs from its resource's
   */
  public static FiveLists of(Collection<Demand> demands, Collection<Resource> resources, Collection<Project> projects,
      Collection<ServiceRecord> services, Collection<Outcome> outcomes) {
    List<Violation> violations = new ArrayList<>();
    NavigableMap<DemandId, Demand> d = index("Demand", "demands", demands, Demand::id, violations);
    NavigableMap<ResourceId, Resource> r = index("Resource", "resources", resources, Resource::id, violations);
    NavigableMap<ProjectId, Project> p = index("Project", "projects", projects, Project::id, violations);
    NavigableMap<ServiceId, ServiceRecord> s = index("ServiceRecord", "services", services, ServiceRecord::id, violations);
    NavigableMap<OutcomeId, Outcome> o = index("Outcome", "outcomes", outcomes, Outcome::id, violations);
    Map<DemandId, ProjectId> grouped = new TreeMap<>();
    for (Project project : p.values()) {
      String subject = "Project[" + project.id() + "]";
      for (DemandId demand : project.demands()) {
        if (!d.containsKey(demand)) {
          violations.add(new Violation(subject, "demands", "demand-exists", "no demand " + demand + " on the demand list"));
        }
        ProjectId earlier = grouped.putIfAbsent(demand, project.id());
        if (earlier != null) {
          violations.add(new Violation(subject, "demands", "one-project-per-demand",
              "demand " + demand + " is already in project " + earlier));
        }
      }
    }
    for (ServiceRecord service : s.values()) {
      String subject = "ServiceRecord[" + service.id() + "]";
      for (DemandId demand : service.demands()) {
        if (!d.containsKey(demand)) {
          violations.add(new Violation(subject, "demands", "demand-exists", "no demand " + demand + " on the demand list"));
        }
      }
      Resource resource = r.get(service.resource());
      if (resource == null) {
        violations.add(new Violation(subject, "resource", "resource-exists",
            "no resource " + service.resource() + " on the resource list"));
      } else {
        if (!resource.claimant().equals(service.provider())) {
          violations.add(new Violation(subject, "provider", "provider-offers-resource",
              "resource " + resource.id() + " is offered by " + resource.claimant() + ", not " + service.provider()));
        }
        if (resource.channel() != service.channel()) {
          violations.add(new Violation(subject, "channel", "channel-of-resource",
              "resource " + resource.id() + " is offered through " + resource.channel() + ", not " + service.channel()));
        }
      }
    }
    for (Outcome outcome : o.values()) {
      if (!s.containsKey(outcome.service())) {
        violations.add(new Violation("Outcome[" + outcome.id() + "]", "service", "service-exists",
            "no service " + outcome.service() + " on the service list"));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
    return new FiveLists(d, r, p, s, o);
  }

  private static <K extends Comparable<K>, V> NavigableMap<K, V> index(String type, String field,
      Collection<V> values, Function<V, K> id, List<Violation> violations) {
    requireNonNull(values, field);
    NavigableMap<K, V> map = new TreeMap<>();
    for (V v : values) {
      requireNonNull(v, field + " contains null");
      K key = id.apply(v);
      if (map.putIfAbsent(key, v) != null) {
        violations.add(new Violation(type + "[" + key + "]", "id", "unique-id", "id " + key + " is used twice"));
      }
    }
    return map;
  }

  /** Returns the demand list in id order; unmodifiable. */
  public Collection<Demand> demands() {
    return demands.values();
  }

  /** Returns the resource list in id order; unmodifiable. */
  public Collection<Resource> resources() {
    return resources.values();
  }

  /** Returns the project list in id order; unmodifiable. */
  public Collection<Project> projects() {
    return projects.values();
  }

  /** Returns the service list in id order; unmodifiable. */
  public Collection<ServiceRecord> services() {
    return services.values();
  }

  /** Returns the outcome list in id order; unmodifiable. */
  public Collection<Outcome> outcomes() {
    return outcomes.values();
  }

  /** Returns the demand with the id, if listed. */
  public Optional<Demand> demand(DemandId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(demands.get(id));
  }

  /** Returns the resource with the id, if listed. */
  public Optional<Resource> resource(ResourceId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(resources.get(id));
  }

  /** Returns the project with the id, if listed. */
  public Optional<Project> project(ProjectId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(projects.get(id));
  }

  /** Returns the service with the id, if listed. */
  public Optional<ServiceRecord> service(ServiceId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(services.get(id));
  }

  /** Returns the outcome with the id, if listed. */
  public Optional<Outcome> outcome(OutcomeId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(outcomes.get(id));
  }

  /** Walks forward: the project the demand was grouped into, if any. */
  public Optional<Project> projectOf(DemandId demand) {
    requireNonNull(demand, "demand");
    return Optional.ofNullable(projectByDemand.get(demand)).map(projects::get);
  }

  /** Walks forward: the services that served the demand, in id order. */
  public List<ServiceRecord> servicesOf(DemandId demand) {
    requireNonNull(demand, "demand");
    List<ServiceRecord> out = new ArrayList<>();
    for (ServiceId s : servicesByDemand.getOrDefault(demand, List.of())) {
      out.add(services.get(s));
    }
    return Collections.unmodifiableList(out);
  }

  /** Walks forward: the outcomes of every service that served the demand, in id order. */
  public List<Outcome> outcomesOf(DemandId demand) {
    requireNonNull(demand, "demand");
    TreeSet<OutcomeId> ids = new TreeSet<>();
    for (ServiceId s : servicesByDemand.getOrDefault(demand, List.of())) {
      ids.addAll(outcomesByService.getOrDefault(s, List.of()));
    }
    List<Outcome> out = new ArrayList<>(ids.size());
    for (OutcomeId id : ids) {
      out.add(outcomes.get(id));
    }
    return Collections.unmodifiableList(out);
  }

  /** Walks forward: the outcomes of one service, in id order. */
  public List<Outcome> outcomesOf(ServiceId service) {
    requireNonNull(service, "service");
    List<Outcome> out = new ArrayList<>();
    for (OutcomeId id : outcomesByService.getOrDefault(service, List.of())) {
      out.add(outcomes.get(id));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Walks back: the demands the outcome answers, through its service, in id order.
   *
   * @throws DomainValidationException (rule {@code listed}) if no such outcome is listed
   */
  public List<Demand> demandsOf(OutcomeId outcome) {
    requireNonNull(outcome, "outcome");
    Outcome o = outcomes.get(outcome);
    if (o == null) {
      throw new DomainValidationException("FiveLists", "outcome", "listed", "no outcome " + outcome + " on the outcome list");
    }
    return demandsOf(o.service());
  }

  /**
   * Walks back: the demands a service served, in id order.
   *
   * @throws DomainValidationException (rule {@code listed}) if no such service is listed
   */
  public List<Demand> demandsOf(ServiceId service) {
    requireNonNull(service, "service");
    ServiceRecord s = services.get(service);
    if (s == null) {
      throw new DomainValidationException("FiveLists", "service", "listed", "no service " + service + " on the service list");
    }
    TreeSet<DemandId> ids = new TreeSet<>(s.demands());
    List<Demand> out = new ArrayList<>(ids.size());
    for (DemandId id : ids) {
      out.add(demands.get(id));
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns {@code FiveLists[d demands, r resources, p projects, s services, o outcomes]}. */
  @Override
  public String toString() {
    return "FiveLists[" + demands.size() + " demands, " + resources.size() + " resources, " + projects.size()
        + " projects, " + services.size() + " services, " + outcomes.size() + " outcomes]";
  }
}
