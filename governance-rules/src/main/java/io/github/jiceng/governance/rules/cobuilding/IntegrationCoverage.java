package io.github.jiceng.governance.rules.cobuilding;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.IntegrationDefinition;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 一统领四融合 computed from records (融合覆盖情况): for one community and period, each of the
 * district's configured integrations with the agreements that serve it, the units and party
 * members who reported them, the services they delivered and the people those services reached;
 * an integration no agreement serves is {@linkplain Row#uncovered() uncovered}.
 *
 * <p>An agreement counts when it was reported to the community and its period overlaps the
 * report's. Its services are those {@link Fulfilment} counts for it, started inside both periods.
 * A service counts once per integration even when two agreements serving it claim it; people
 * reached are summed service by service, so a resident served twice counts twice, as the service
 * records count beneficiaries. Integrations an agreement names that the district did not
 * configure are left out: {@link CoBuildingRules} refuses such reports.
 *
 * <p>Immutable; rows in the configuration's order.
 *
 * @param community the community
 * @param period the period
 * @param rows one per configured integration, in the configuration's order
 */
public record IntegrationCoverage(GridId community, Interval period, List<Row> rows) {

  /**
   * One integration's coverage.
   *
   * @param integration the integration and its display name
   * @param agreements the agreements that serve it
   * @param units the units (their party organizations) that reported them
   * @param members the party members who reported them
   * @param services the services delivered under them
   * @param peopleReached the beneficiaries of those services, summed service by service
   */
  public record Row(IntegrationDefinition integration, int agreements, int units, int members, int services,
      long peopleReached) {

    /** Checks the part is present. */
    public Row {
      requireNonNull(integration, "integration");
    }

    /** Returns whether no agreement serves the integration: the flag a district looks for. */
    public boolean uncovered() {
      return agreements == 0;
    }
  }

  /** Checks the parts are present and copies the rows. */
  public IntegrationCoverage {
    requireNonNull(community, "community");
    requireNonNull(period, "period");
    rows = List.copyOf(DomainChecks.noNullElements(rows, "rows"));
  }

  /**
   * Computes the coverage.
   *
   * @param config the district's configured integrations
   * @param community the community
   * @param period the period
   * @param agreements the agreements (any community; others are skipped)
   * @param services the service records
   * @return the coverage, one row per configured integration
   */
  public static IntegrationCoverage of(OneLeadFourIntegrations config, GridId community, Interval period,
      Collection<CoBuildingAgreement> agreements, Collection<ServiceRecord> services) {
    requireNonNull(config, "config");
    requireNonNull(community, "community");
    requireNonNull(period, "period");
    DomainChecks.noNullElements(agreements, "agreements");
    DomainChecks.noNullElements(services, "services");
    List<CoBuildingAgreement> here = agreements.stream()
        .filter(a -> a.community().equals(community) && a.period().overlaps(period))
        .sorted(java.util.Comparator.comparing(a -> a.id().value())).toList();
    List<Row> rows = new ArrayList<>();
    for (IntegrationDefinition d : config.integrations()) {
      Integration i = d.integration();
      Set<String> units = new TreeSet<>();
      Set<String> members = new TreeSet<>();
      Map<ServiceId, ServiceRecord> served = new TreeMap<>(java.util.Comparator.comparing(ServiceId::value));
      int count = 0;
      for (CoBuildingAgreement a : here) {
        if (!a.integrations().contains(i)) {
          continue;
        }
        count++;
        if (a.reporter() instanceof OrganizationId o) {
          units.add(o.value());
        } else if (a.reporter() instanceof PersonId p) {
          members.add(p.value());
        }
        for (ServiceRecord s : services) {
          Instant start = s.time().start();
          if (period.contains(start) && a.period().contains(start) && Fulfilment.deliveredBy(a.reporter(), s)) {
            served.put(s.id(), s);
          }
        }
      }
      long reached = served.values().stream().mapToLong(ServiceRecord::beneficiaries).sum();
      rows.add(new Row(d, count, units.size(), members.size(), served.size(), reached));
    }
    return new IntegrationCoverage(community, period, rows);
  }

  /** Returns the integrations no agreement serves, in the configuration's order. */
  public List<Integration> uncovered() {
    return rows.stream().filter(Row::uncovered).map(r -> r.integration().integration()).toList();
  }
}
