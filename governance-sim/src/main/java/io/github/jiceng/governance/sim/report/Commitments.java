package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.rules.venue.ServiceStanding;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the run's promises came to at its end (承诺兑现): the fund's pledges with what is
 * outstanding (认领, never counted in the balance), the ledger of each space-for-service grant —
 * service owed against service delivered, and whether the organization is behind (以空间换服务) —,
 * each co-building agreement's latest review by a joint meeting (共建协议), and per community with
 * agreements the coverage of its configured integrations over the run (一统领四融合). Computed by
 * the rules from the run's result; text, JSON and HTML render this one value.
 *
 * @param pledges every pledge with money outstanding at the end, by pledge id
 * @param pledged the pledges' amounts added up
 * @param pledgePaid what donations naming a pledge paid, added up
 * @param spaceGrants one line per space-for-service grant, by grant id
 * @param agreements one line per co-building agreement, by agreement id
 * @param coverage per community with agreements, in id order, its integrations' coverage over the run
 */
public record Commitments(List<PledgeLine> pledges, Money pledged, Money pledgePaid, List<SpaceLine> spaceGrants,
    List<AgreementLine> agreements, List<IntegrationCoverage> coverage) {

  /**
   * A pledge with money outstanding.
   *
   * @param pledge the pledge's id
   * @param donor who pledged
   * @param amount the amount pledged
   * @param paid what donations naming it paid
   */
  public record PledgeLine(PledgeId pledge, ActorId donor, Money amount, Money paid) {
    /** Checks the parts are present. */
    public PledgeLine {
      requireNonNull(pledge, "pledge");
      requireNonNull(donor, "donor");
      requireNonNull(amount, "amount");
      requireNonNull(paid, "paid");
    }

    /** Returns what is promised and not paid. */
    public Money outstanding() {
      return amount.minus(paid);
    }
  }

  /**
   * One grant's ledger at the end of the run, or at the end of its period if that came first.
   *
   * @param grant the grant
   * @param organization the organization that owes the service
   * @param standing owed, delivered and the grace, at that instant
   * @param flagged whether the latest review that changed the standing found it behind
   */
  public record SpaceLine(GrantId grant, OrganizationId organization, ServiceStanding standing, boolean flagged) {
    /** Checks the parts are present. */
    public SpaceLine {
      requireNonNull(grant, "grant");
      requireNonNull(organization, "organization");
      requireNonNull(standing, "standing");
    }
  }

  /**
   * One agreement and its latest review, if a joint meeting reviewed it.
   *
   * @param agreement the agreement's id
   * @param community the community reported to
   * @param reporter who reported
   * @param kind a unit's report or a party member's
   * @param reviews how many joint meetings reviewed it
   * @param latest the fulfilment the latest review recorded
   */
  public record AgreementLine(AgreementId agreement, GridId community, ActorId reporter, CoBuildingAgreement.Kind kind,
      int reviews, Optional<Fulfilment> latest) {
    /** Checks the parts are present. */
    public AgreementLine {
      requireNonNull(agreement, "agreement");
      requireNonNull(community, "community");
      requireNonNull(reporter, "reporter");
      requireNonNull(kind, "kind");
      requireNonNull(latest, "latest");
    }
  }

  /** Checks the parts are present and copies the lists. */
  public Commitments {
    pledges = List.copyOf(pledges);
    requireNonNull(pledged, "pledged");
    requireNonNull(pledgePaid, "pledgePaid");
    spaceGrants = List.copyOf(spaceGrants);
    agreements = List.copyOf(agreements);
    coverage = List.copyOf(coverage);
  }

  /** Returns whether the run had no pledge, grant or agreement to report. */
  public boolean isEmpty() {
    return pledged.isZero() && spaceGrants.isEmpty() && agreements.isEmpty();
  }

  /** Returns the pledges' outstanding money added up: promised, not paid, and not in the balance. */
  public Money outstanding() {
    return pledged.minus(pledgePaid);
  }

  /**
   * Computes the commitments of a run.
   *
   * @param r the run
   * @return its commitments
   */
  public static Commitments of(SimulationResult r) {
    requireNonNull(r, "r");
    List<PledgeLine> open = new ArrayList<>();
    Money pledged = Money.ZERO;
    Money paid = Money.ZERO;
    List<PledgeStanding> standings = r.fundBook().map(b -> b.pledges()).orElse(List.of());
    for (PledgeStanding p : standings) {
      pledged = pledged.plus(p.pledge().amount());
      paid = paid.plus(p.paid());
      if (!p.outstanding().isZero()) {
        open.add(new PledgeLine(p.pledge().id(), p.pledge().donor(), p.pledge().amount(), p.paid()));
      }
    }
    Instant end = r.period().end();
    List<SpaceLine> space = new ArrayList<>();
    for (SpaceLedger l : r.spaceLedgers()) {
      SpaceGrant g = l.grant().orElseThrow();
      Instant at = end.isBefore(g.period().end()) ? end : g.period().end();
      space.add(new SpaceLine(g.id(), g.organization(), l.standing(at), l.flagged()));
    }
    List<AgreementLine> lines = new ArrayList<>();
    List<CoBuildingAgreement> reported = new ArrayList<>();
    TreeSet<GridId> communities = new TreeSet<>();
    for (AgreementCase c : r.agreements()) {
      CoBuildingAgreement a = c.agreement().orElseThrow();
      reported.add(a);
      communities.add(a.community());
      lines.add(new AgreementLine(a.id(), a.community(), a.reporter(), a.kind(), c.reviews().size(),
          c.latestReview().map(CoBuildingEvent.Reviewed::fulfilment)));
    }
    List<IntegrationCoverage> coverage = new ArrayList<>();
    if (!communities.isEmpty()) {
      OneLeadFourIntegrations config = r.scenario().sectionOrDefault(ScenarioSection.TAXONOMY).orElseThrow()
          .oneLeadFourIntegrations();
      List<ServiceRecord> services = new ArrayList<>();
      r.scenario().section(ScenarioSection.SERVICE_CHAIN).ifPresent(chain -> services.addAll(chain.services()));
      services.addAll(r.fiveLists().services());
      for (GridId community : communities) {
        coverage.add(IntegrationCoverage.of(config, community, r.period(), reported, services));
      }
    }
    return new Commitments(open, pledged, paid, space, lines, coverage);
  }

  /** Returns the display names of a coverage's uncovered integrations, joined by the separator. */
  static String uncoveredNames(IntegrationCoverage coverage, String separator) {
    StringBuilder b = new StringBuilder();
    for (IntegrationCoverage.Row row : coverage.rows()) {
      if (row.uncovered()) {
        b.append(b.length() == 0 ? "" : separator).append(SafeText.line(row.integration().name()));
      }
    }
    return b.toString();
  }
}
