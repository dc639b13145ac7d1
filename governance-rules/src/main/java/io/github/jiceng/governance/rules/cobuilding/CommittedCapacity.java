package io.github.jiceng.governance.rules.cobuilding;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The claim capacity the co-building agreements in force bring to matching at an instant
 * (认领能力来自共建承诺): a co-building unit claims demands (认领) on the strength of what it
 * committed when it reported (报到), and no further than the service it still owes.
 *
 * <p><b>In force.</b> An agreement is in force at an instant when it has been reported by then
 * ({@code reportedAt} at or before the instant) and the instant lies inside its period (from the
 * start, before the end): one not yet started, ended or reported later gives nothing.
 *
 * <p><b>Still owed.</b> The service an agreement still owes is its committed service hours minus
 * what the reporter has delivered so far, measured as {@link Fulfilment} measures it (the
 * reporter's services that started inside the period and before the instant), never below zero.
 * It is turned into services, each taking {@link #perService()} (the host's figure for one
 * demand's service; the article gives none), rounded down: an agreement with half a service left
 * owes none. An agreement that commits no service hours owes no service, so its resources are lent
 * but not claimed through.
 *
 * <p><b>Capacity of a resource.</b> Only {@link Channel#CLAIM} resources draw on commitments. Each
 * agreement in force, in id order, shares the services it still owes among the resources it
 * commits, in the order the reporter listed them: each takes what room it has left (its own
 * {@link Resource#capacityPerPeriod()} less what earlier agreements gave it) up to what the
 * agreement has left. Two agreements committing the same resource <em>add up</em> (both owe
 * service through it), never past the resource's own capacity. A claim resource committed by no
 * agreement in force has capacity zero. {@link Channel#PURCHASE} and {@link Channel#UNDERTAKE}
 * resources are not commitments (the community buys the one within its budget and serves the
 * other itself): they keep their capacity, and an agreement naming one gives it no share.
 *
 * <p>So the demands the claim stage may take through an agreement's resources never exceed the
 * services it still owes. The matching problem's current load is subtracted from the derived
 * capacity as from any capacity, so a demand claimed but not yet served counts against the
 * commitment too; a host whose load also counts demands already served (and so already in the
 * fulfilment) should give the load of those still to be served, or the claim stage keeps that
 * much in reserve.
 *
 * <pre>{@code
 * CommittedCapacity committed = CommittedCapacity.at(now, Duration.ofHours(2), agreements, services);
 * MatchingResult r = Matcher.optimal(committed.applyTo(problem));
 * // with project claims: committed.applyTo(SingleDemandPool.of(problem, register))
 * }</pre>
 *
 * <p><b>Limits.</b> The instant lies within {@link TimeLimits} (rule {@code instant-range}, field
 * {@code at}); one service takes whole minutes, 1 minute to {@link #MAX_PER_SERVICE} (rule {@code
 * minutes-range}, field {@code perService}); agreement ids, service ids and resource ids are each
 * listed once (rule {@code unique-id}, fields {@code agreements}, {@code services}, {@code
 * resources}). Within them nothing overflows: an agreement runs at most {@link
 * CoBuildingAgreement#MAX_PERIOD_DAYS} days, so it owes at most 5,270,400 services of a minute;
 * delivered service is added up only until it reaches what was committed; a resource's capacity
 * never exceeds its own {@code int} capacity.
 *
 * <p>Deterministic (agreements in id order, resources in the reporter's order, capacities in
 * resource id order), immutable and thread-safe.
 */
public final class CommittedCapacity {

  /** The longest one service may take: one day. */
  public static final Duration MAX_PER_SERVICE = Duration.ofDays(1);

  private static final String SUBJECT = "CommittedCapacity";

  private final Instant at;
  private final Duration perService;
  private final List<Commitment> inForce;

  private CommittedCapacity(Instant at, Duration perService, List<Commitment> inForce) {
    this.at = at;
    this.perService = perService;
    this.inForce = List.copyOf(inForce);
  }

  /**
   * What one agreement in force still owes at the instant.
   *
   * @param agreement the agreement
   * @param resources the resources it commits, in the reporter's order
   * @param committed the service committed over the whole period
   * @param delivered the service the reporter delivered in the period before the instant, counted
   *     up to {@code committed}
   * @param services the services still owed: {@code (committed - delivered) / perService}, rounded
   *     down
   */
  public record Commitment(AgreementId agreement, List<ResourceId> resources, Duration committed, Duration delivered,
      int services) {

    /** Checks the parts are present and fit together, and copies the list. */
    public Commitment {
      requireNonNull(agreement, "agreement");
      resources = List.copyOf(DomainChecks.noNullElements(resources, "resources"));
      requireNonNull(committed, "committed");
      requireNonNull(delivered, "delivered");
      DomainChecks.notNegative("Commitment", "delivered", delivered);
      DomainChecks.check(delivered.compareTo(committed) <= 0, "Commitment", "delivered", "delivered-within-committed",
          "the service delivered is counted up to the service committed");
      DomainChecks.notNegative("Commitment", "services", services);
    }

    /** Returns the service still owed: committed less delivered. */
    public Duration remaining() {
      return committed.minus(delivered);
    }
  }

  /**
   * Derives the commitments in force at an instant and what they still owe.
   *
   * @param at the instant matching runs at
   * @param perService how long one demand's service takes: whole minutes, 1 minute to {@link
   *     #MAX_PER_SERVICE}
   * @param agreements the agreements reported to the community (those not in force at {@code at}
   *     are skipped); ids unique
   * @param services the service records to measure fulfilment from (any; those that do not count
   *     for an agreement are skipped); ids unique
   * @return the capacity the agreements in force bring
   * @throws DomainValidationException if the instant, the service length or a repeated id is
   *     outside the limits above
   */
  public static CommittedCapacity at(Instant at, Duration perService, Collection<CoBuildingAgreement> agreements,
      Collection<ServiceRecord> services) {
    requireNonNull(at, "at");
    requireNonNull(perService, "perService");
    DomainChecks.noNullElements(agreements, "agreements");
    DomainChecks.noNullElements(services, "services");
    TimeLimits.check(SUBJECT, "at", at);
    if (perService.isNegative() || perService.isZero() || perService.toSecondsPart() != 0
        || perService.toNanosPart() != 0 || perService.compareTo(MAX_PER_SERVICE) > 0) {
      throw new DomainValidationException(new Violation(SUBJECT, "perService", "minutes-range",
          "one service takes whole minutes, 1 to " + MAX_PER_SERVICE.toMinutes() + ", was " + perService)
              .with("min", 1).with("max", MAX_PER_SERVICE.toMinutes()).with("value", perService));
    }
    Map<AgreementId, CoBuildingAgreement> byId = new TreeMap<>();
    for (CoBuildingAgreement a : agreements) {
      if (byId.put(a.id(), a) != null) {
        throw new DomainValidationException(new Violation(SUBJECT, "agreements", "unique-id",
            "agreement " + a.id() + " is listed twice"));
      }
    }
    // each service under its provider and each of its performers, once
    Set<ServiceId> seen = new HashSet<>();
    Map<ActorId, List<ServiceRecord>> byActor = new HashMap<>();
    for (ServiceRecord s : services) {
      if (!seen.add(s.id())) {
        throw new DomainValidationException(new Violation(SUBJECT, "services", "unique-id",
            "service " + s.id() + " is listed twice"));
      }
      Set<ActorId> actors = new LinkedHashSet<>();
      actors.add(s.provider());
      actors.addAll(s.performedBy());
      for (ActorId actor : actors) {
        byActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(s);
      }
    }
    long perServiceSeconds = perService.toSeconds();
    List<Commitment> inForce = new ArrayList<>();
    for (CoBuildingAgreement a : byId.values()) {
      if (!inForce(a, at)) {
        continue;
      }
      long committed = a.serviceHours().toSeconds(); // at most ten years of seconds
      long delivered = 0;
      for (ServiceRecord s : byActor.getOrDefault(a.reporter(), List.of())) {
        if (delivered >= committed) {
          break;
        }
        if (Fulfilment.inWindow(a, s, at) && Fulfilment.deliveredBy(a.reporter(), s)) {
          // each term and the running sum stay at most the committed seconds, so nothing overflows
          delivered = Math.min(committed, delivered + Math.min(committed, s.effort().toSeconds()));
        }
      }
      int owed = (int) ((committed - delivered) / perServiceSeconds);
      inForce.add(new Commitment(a.id(), a.resources(), a.serviceHours(), Duration.ofSeconds(delivered), owed));
    }
    return new CommittedCapacity(at, perService, inForce);
  }

  /**
   * Returns whether an agreement is in force at an instant: reported by then, and the instant
   * inside its period.
   *
   * @param agreement the agreement
   * @param at the instant
   * @return whether it is in force
   */
  public static boolean inForce(CoBuildingAgreement agreement, Instant at) {
    requireNonNull(agreement, "agreement");
    requireNonNull(at, "at");
    return !agreement.reportedAt().isAfter(at) && agreement.period().contains(at);
  }

  /** Returns the instant the capacity is derived for. */
  public Instant at() {
    return at;
  }

  /** Returns how long one demand's service takes. */
  public Duration perService() {
    return perService;
  }

  /** Returns the agreements in force and what each still owes, in agreement id order. */
  public List<Commitment> inForce() {
    return inForce;
  }

  /**
   * Returns what an agreement still owes, if it is in force.
   *
   * @param agreement the agreement's id
   * @return its commitment; empty if it is not in force or was not given
   */
  public Optional<Commitment> commitment(AgreementId agreement) {
    requireNonNull(agreement, "agreement");
    for (Commitment c : inForce) {
      if (c.agreement().equals(agreement)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the capacity each claim resource brings from the commitments in force, as the class
   * describes: the services the agreements still owe, shared in the reporters' order, bounded by
   * each resource's own capacity; zero for one no agreement in force commits.
   *
   * @param resources the resources of a matching problem; ids unique
   * @return per {@link Channel#CLAIM} resource, its capacity, in resource id order; purchase and
   *     undertake resources are absent (they keep their own); unmodifiable
   * @throws DomainValidationException (rule {@code unique-id}, field {@code resources}) if a
   *     resource id is listed twice
   */
  public Map<ResourceId, Integer> capacities(Collection<Resource> resources) {
    DomainChecks.noNullElements(resources, "resources");
    Map<ResourceId, Resource> claims = new TreeMap<>();
    Set<ResourceId> ids = new HashSet<>();
    for (Resource r : resources) {
      if (!ids.add(r.id())) {
        throw new DomainValidationException(new Violation(SUBJECT, "resources", "unique-id",
            "resource " + r.id() + " is listed twice"));
      }
      if (r.channel() == Channel.CLAIM) {
        claims.put(r.id(), r);
      }
    }
    Map<ResourceId, Integer> given = new TreeMap<>();
    for (ResourceId id : claims.keySet()) {
      given.put(id, 0);
    }
    for (Commitment c : inForce) {
      int left = c.services();
      for (ResourceId id : c.resources()) {
        if (left == 0) {
          break;
        }
        Resource r = claims.get(id);
        if (r == null) {
          continue;
        }
        int before = given.get(id);
        int share = Math.min(r.capacityPerPeriod() - before, left);
        given.put(id, before + share);
        left -= share;
      }
    }
    return Collections.unmodifiableMap(given);
  }

  /**
   * Returns the problem with each claim resource's capacity replaced by the capacity the
   * commitments in force bring ({@link #capacities}); everything else — the demands, the other
   * resources, the order of the lists, the policy, weights, budget, ratings and current load — is
   * kept. {@code rules.matching.Matcher} then matches it as any problem, so its optimal mode stays
   * exact on it.
   *
   * @param problem the period's problem, built as usual
   * @return the problem with committed claim capacity
   */
  public MatchingProblem applyTo(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    Map<ResourceId, Integer> capacity = capacities(problem.resources());
    List<Resource> resources = new ArrayList<>(problem.resources().size());
    for (Resource r : problem.resources()) {
      Integer c = capacity.get(r.id());
      resources.add(c == null || c == r.capacityPerPeriod() ? r : withCapacity(r, c));
    }
    return MatchingProblem.builder()
        .hierarchy(problem.hierarchy())
        .addAllDemands(problem.demands())
        .addAllResources(resources)
        .policy(problem.policy())
        .weights(problem.weights())
        .purchaseBudget(problem.purchaseBudget())
        .putAllPastRatings(problem.pastRatings())
        .putAllCurrentLoad(problem.currentLoad())
        .build();
  }

  private static Resource withCapacity(Resource r, int capacity) {
    return Resource.builder().id(r.id()).claimant(r.claimant()).channel(r.channel())
        .addAllCapabilities(r.capabilities()).addAllCoverage(r.coverage()).capacityPerPeriod(capacity)
        .costPerService(r.costPerService()).available(r.available()).spaceForService(r.spaceForService()).build();
  }

  /** Returns the instant, the service length and the commitments' ids and figures. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("CommittedCapacity[at=").append(at).append(", perService=").append(perService)
        .append(", inForce=[");
    for (int i = 0; i < inForce.size(); i++) {
      Commitment c = inForce.get(i);
      b.append(i == 0 ? "" : ", ").append(c.agreement()).append(" owes ").append(c.services());
    }
    return b.append("]]").toString();
  }
}
