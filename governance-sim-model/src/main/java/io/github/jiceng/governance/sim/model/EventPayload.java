package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;

/**
 * The record an event added to one of the lists, carried whole so that an event log alone
 * rebuilds the five lists (五项清单) and the fund's books (基金账簿) without the scenario.
 */
public sealed interface EventPayload {

  /**
   * A demand, on {@link EventKind#DEMAND_SUBMITTED}.
   *
   * @param demand the demand
   */
  record OfDemand(Demand demand) implements EventPayload {
    /** Checks the record is present. */
    public OfDemand {
      requireNonNull(demand, "demand");
    }
  }

  /**
   * A resource, on {@link EventKind#RESOURCE_LISTED}.
   *
   * @param resource the resource
   */
  record OfResource(Resource resource) implements EventPayload {
    /** Checks the record is present. */
    public OfResource {
      requireNonNull(resource, "resource");
    }
  }

  /**
   * A project, on {@link EventKind#PROJECT_FORMED}.
   *
   * @param project the project
   */
  record OfProject(Project project) implements EventPayload {
    /** Checks the record is present. */
    public OfProject {
      requireNonNull(project, "project");
    }
  }

  /**
   * A service record, on {@link EventKind#SERVICE_DELIVERED}.
   *
   * @param service the service record
   */
  record OfService(ServiceRecord service) implements EventPayload {
    /** Checks the record is present. */
    public OfService {
      requireNonNull(service, "service");
    }
  }

  /**
   * An outcome, on {@link EventKind#DEMAND_EVALUATED}.
   *
   * @param outcome the outcome
   */
  record OfOutcome(Outcome outcome) implements EventPayload {
    /** Checks the record is present. */
    public OfOutcome {
      requireNonNull(outcome, "outcome");
    }
  }

  /**
   * The fund and its disbursement policy, on {@link EventKind#FUND_OPENED}.
   *
   * @param fund the fund
   * @param policy its disbursement policy
   */
  record OfFund(Fund fund, DisbursementPolicy policy) implements EventPayload {
    /** Checks the records are present. */
    public OfFund {
      requireNonNull(fund, "fund");
      requireNonNull(policy, "policy");
    }
  }

  /**
   * A fund ledger entry, on {@link EventKind#DONATION_RECEIVED} and
   * {@link EventKind#DISBURSEMENT_PAID}.
   *
   * @param entry the donation or disbursement
   */
  record OfFundEntry(LedgerEntry entry) implements EventPayload {
    /** Checks the record is present. */
    public OfFundEntry {
      requireNonNull(entry, "entry");
    }
  }

  /**
   * A pledge to the fund, on {@link EventKind#PLEDGE_MADE}: recorded in the fund's books beside the
   * ledger, so that donations naming it pay it; never money.
   *
   * @param pledge the pledge
   */
  record OfPledge(Pledge pledge) implements EventPayload {
    /** Checks the record is present. */
    public OfPledge {
      requireNonNull(pledge, "pledge");
    }
  }
}
