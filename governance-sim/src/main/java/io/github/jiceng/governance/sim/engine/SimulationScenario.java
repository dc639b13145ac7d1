package io.github.jiceng.governance.sim.engine;

import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.shared.DomainStyle;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything a simulation plays on (模拟情景), as one value: the grid hierarchy, the roster
 * (persons, households, organizations, squads, posts and the absences already known), the
 * taxonomy, the resources offered to the service chain, the policies (authority, staffing,
 * channels and scores, deadlines, points and the service catalogue, the fund, proposal handling,
 * check-ins, assessment), the records already there when it starts, and the
 * {@link SimulationParameters} saying how the community behaves.
 *
 * <p>Every policy has the article's practice as its default. Construction checks that the
 * scenario's parts refer to each other: resources to organizations of the roster and grids of the
 * hierarchy, the fund to a grid and its payer to a person, records to dates before the start;
 * every broken reference is reported at once.
 */
@Value.Immutable
@DomainStyle
public abstract class SimulationScenario {

  SimulationScenario() {}

  /** Returns a builder; {@code name}, {@code hierarchy}, {@code roster} and {@code parameters} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the scenario's name, such as {@code "jungar-banner"}; 1-100 characters. */
  public abstract String name();

  /** Returns the territorial grid hierarchy. */
  public abstract GridHierarchy hierarchy();

  /** Returns the persons, households, organizations, squads, posts and absences known at the start. */
  public abstract Roster roster();

  /** Returns the taxonomy of 一核五共; default the article's. */
  @Value.Default
  public OneCoreFiveCo taxonomy() {
    return OneCoreFiveCo.ARTICLE;
  }

  /** Returns the resources offered to the service chain (资源清单). */
  public abstract List<Resource> resources();

  /** Returns which posts, roles and organizations may take which actions; default the article's. */
  @Value.Default
  public AuthorityPolicy authority() {
    return AuthorityPolicy.DEFAULT;
  }

  /** Returns what a complete dual hierarchy must have, for the audit at the start; default the article's. */
  @Value.Default
  public StaffingPolicy staffing() {
    return StaffingPolicy.ARTICLE;
  }

  /** Returns the order and shares of the channels (认领, 购买, 承接); default claim, purchase, undertake. */
  @Value.Default
  public ChannelPolicy channels() {
    return ChannelPolicy.standard();
  }

  /** Returns the weights of the matching score; default the standard weights. */
  @Value.Default
  public ScoreWeights weights() {
    return ScoreWeights.standard();
  }

  /** Returns the time limits of the demand states; default the standard limits. */
  @Value.Default
  public DeadlinePolicy deadlines() {
    return DeadlinePolicy.standard();
  }

  /** Returns the rating at or above which a demand may close; default 3 of 5. */
  @Value.Default
  public int satisfactoryRating() {
    return 3;
  }

  /** Returns the red-star points policy; default {@link RedStarPolicies#article()}. */
  @Value.Default
  public PointsPolicy points() {
    return RedStarPolicies.article();
  }

  /** Returns the services points are redeemed for; default none. */
  @Value.Default
  public ServiceCatalogue catalogue() {
    return ServiceCatalogue.of();
  }

  /** Returns the co-building fund, if the scenario has one. */
  public abstract Optional<FundSetup> fund();

  /** Returns the deadlines and escalation of proposals; default {@link HandlingPolicy#streetDefault()}. */
  @Value.Default
  public HandlingPolicy handling() {
    return HandlingPolicy.streetDefault();
  }

  /** Returns the thresholds of the check-in audit; default {@link CheckInPolicy#defaults()}. */
  @Value.Default
  public CheckInPolicy checkIn() {
    return CheckInPolicy.defaults();
  }

  /** Returns the assessment scheme of party members; default {@link AssessmentSchemes#partyMembers()}. */
  @Value.Default
  public AssessmentScheme memberAssessment() {
    return AssessmentSchemes.partyMembers();
  }

  /** Returns the assessment scheme of units; default {@link AssessmentSchemes#units()}. */
  @Value.Default
  public AssessmentScheme unitAssessment() {
    return AssessmentSchemes.units();
  }

  /**
   * Returns the working calendar that times volunteer records; default mainland China's official
   * calendar, {@link WorkingCalendars#mainlandChina()}. A run must lie within the years the
   * calendar covers, unless it counts weekends only outside them (see {@link Simulator#start}).
   */
  @Value.Default
  public WorkingCalendar calendar() {
    return WorkingCalendars.mainlandChina();
  }

  /**
   * Returns the root of the subtree whose five lists the report shows and within which it ranks
   * the assessment; default the hierarchy's root. The run's other figures (service rate and
   * waiting, points, the fund, proposals, clues) always cover the whole scenario.
   */
  public abstract Optional<GridId> reportRoot();

  /** Returns demands raised before the start, still to be reviewed. */
  public abstract List<Demand> initialDemands();

  /**
   * Returns the fund's entries booked before the start (donations and paid disbursements), in
   * booking order; they are recorded again through the fund's books when the simulation starts.
   */
  public abstract List<LedgerEntry> initialFundEntries();

  /**
   * Returns the cases of issue clues reported before the start, in whatever state they are; their
   * recorded steps are taken again through the clue register when the simulation starts, and the
   * simulation goes on working those not finished.
   */
  public abstract List<ClueCase> initialClues();

  /**
   * Returns the records of proposals received before the start, in whatever state they are; the
   * simulation goes on handling those not closed.
   */
  public abstract List<ProposalRecord> initialProposals();

  /** Returns how the community behaves. */
  public abstract SimulationParameters parameters();

  /** Returns the first instant simulated: the start day's midnight in the parameters' zone. */
  public final Instant startInstant() {
    return parameters().start().atStartOfDay(parameters().zone()).toInstant();
  }

  /** Returns the root of the report's subtree. */
  public final GridId root() {
    return reportRoot().orElse(hierarchy().root());
  }

  /** Returns this scenario with another points policy; everything else the same. */
  public final SimulationScenario withPoints(io.github.jiceng.governance.model.points.PointsPolicy policy) {
    return copy(policy, channels(), parameters(), calendar());
  }

  /** Returns this scenario with another channel policy; everything else the same. */
  public final SimulationScenario withChannels(ChannelPolicy policy) {
    return copy(points(), policy, parameters(), calendar());
  }

  /** Returns this scenario with other parameters; everything else the same. */
  public final SimulationScenario withParameters(SimulationParameters parameters) {
    return copy(points(), channels(), parameters, calendar());
  }

  /** Returns this scenario with another working calendar; everything else the same. */
  public final SimulationScenario withCalendar(WorkingCalendar calendar) {
    return copy(points(), channels(), parameters(), calendar);
  }

  private SimulationScenario copy(io.github.jiceng.governance.model.points.PointsPolicy points, ChannelPolicy channels,
      SimulationParameters parameters, WorkingCalendar calendar) {
    return builder().name(name()).hierarchy(hierarchy()).roster(roster()).taxonomy(taxonomy())
        .addAllResources(resources()).authority(authority()).staffing(staffing()).channels(channels)
        .weights(weights()).deadlines(deadlines()).satisfactoryRating(satisfactoryRating()).points(points)
        .catalogue(catalogue()).fund(fund()).handling(handling()).checkIn(checkIn())
        .memberAssessment(memberAssessment()).unitAssessment(unitAssessment()).calendar(calendar)
        .reportRoot(reportRoot()).addAllInitialDemands(initialDemands()).addAllInitialFundEntries(initialFundEntries())
        .addAllInitialClues(initialClues()).addAllInitialProposals(initialProposals()).parameters(parameters).build();
  }

  @Value.Check
  final void check() {
    String subject = "SimulationScenario[" + name() + "]";
    List<Violation> out = new ArrayList<>();
    if (name().isBlank() || name().length() > 100) {
      out.add(new Violation(subject, "name", "name-length", "a name is 1-100 characters and not blank").with("max", 100)
          .with("length", name().length()));
    }
    if (satisfactoryRating() < Outcome.MIN_RATING || satisfactoryRating() > Outcome.MAX_RATING) {
      out.add(new Violation(subject, "satisfactoryRating", "rating-range",
          "a rating is 1-5, was " + satisfactoryRating())
              .with("min", Outcome.MIN_RATING).with("max", Outcome.MAX_RATING).with("value", satisfactoryRating()));
    }
    GridHierarchy h = hierarchy();
    Roster r = roster();
    // a gap in the dual hierarchy is reported when the run starts; an id that resolves to nothing
    // is broken data, and a run over it would fail where the id is first used
    out.addAll(DualHierarchyAudit.references(h, r).violations());
    Set<Object> seen = new HashSet<>();
    for (Resource res : resources()) {
      if (!seen.add(res.id())) {
        out.add(new Violation(subject, "resources", "id-unique", "resource " + res.id() + " is listed twice"));
      }
      if (r.organization(res.claimant()).isEmpty()) {
        out.add(new Violation("Resource[" + res.id() + "]", "claimant", "organization-exists",
            "organization " + res.claimant() + " is not in the roster"));
      }
      for (GridId g : res.coverage()) {
        if (!h.contains(g)) {
          out.add(new Violation("Resource[" + res.id() + "]", "coverage", "grid-exists",
              "grid " + g + " is not in the hierarchy"));
        }
      }
    }
    reportRoot().filter(g -> !h.contains(g)).ifPresent(g -> out.add(new Violation(subject, "reportRoot",
        "grid-exists", "grid " + g + " is not in the hierarchy")));
    List<Optional<GridId>> confined = new ArrayList<>();
    parameters().demandStreams().forEach(d -> confined.add(d.within()));
    parameters().clues().ifPresent(c -> confined.add(c.within()));
    parameters().proposals().ifPresent(p -> confined.add(p.within()));
    confined.stream().flatMap(Optional::stream).filter(g -> !h.contains(g)).distinct().forEach(g -> out.add(
        new Violation(subject, "parameters", "grid-exists", "a stream is confined to grid " + g
            + ", which is not in the hierarchy")));
    // the simulator's days start at midnight in its zone, and points expire at midnight in theirs:
    // in two zones an expiry would fall inside a day and be booked unseen by a later award
    if (!points().zone().equals(parameters().zone())) {
      out.add(new Violation(subject, "points", "zone-of-the-run", "the points policy keeps time in "
          + points().zone() + ", the simulation in " + parameters().zone() + "; they must agree"));
    }
    fund().ifPresent(f -> {
      if (!h.contains(f.fund().grid())) {
        out.add(new Violation(subject, "fund", "grid-exists",
            "the fund's grid " + f.fund().grid() + " is not in the hierarchy"));
      }
      if (r.person(f.payer()).isEmpty()) {
        out.add(new Violation(subject, "fund", "person-exists", "the payer " + f.payer() + " is not in the roster"));
      }
    });
    Instant start = startInstant();
    for (Demand d : initialDemands()) {
      if (!d.submittedAt().isBefore(start) || !h.contains(d.grid())) {
        out.add(new Violation("Demand[" + d.id() + "]", "submittedAt", "before-start",
            "an initial demand is raised before the start, at a grid of the hierarchy"));
      }
    }
    for (LedgerEntry entry : initialFundEntries()) {
      if (!entry.at().isBefore(start)) {
        out.add(new Violation("LedgerEntry[" + entry.id() + "]", "at", "before-start",
            "an initial fund entry is dated before the start"));
      }
    }
    for (ClueCase c : initialClues()) {
      if (!c.lastChangedAt().isBefore(start) || !h.contains(c.clue().grid())) {
        out.add(new Violation("IssueClue[" + c.id() + "]", "reportedAt", "before-start",
            "an initial clue's last step is before the start, at a grid of the hierarchy"));
      }
    }
    for (ProposalRecord p : initialProposals()) {
      if (!p.lastEventAt().isBefore(start) || !h.contains(p.handlingGrid())) {
        out.add(new Violation("Proposal[" + p.id() + "]", "events", "before-start",
            "an initial proposal's last event is before the start, at a grid of the hierarchy"));
      }
    }
    if (!out.isEmpty()) {
      throw new DomainValidationException(out);
    }
  }

  /** Returns {@code SimulationScenario[name, counts]}: no personal data. */
  @Override
  public String toString() {
    return "SimulationScenario[" + name() + ", " + hierarchy().size() + " grids, " + roster() + ", "
        + resources().size() + " resources, from " + parameters().start() + "]";
  }

  /** The builder of {@link SimulationScenario}; each single attribute may be set once. */
  public static final class Builder extends ImmutableSimulationScenario.Builder {
    Builder() {}
  }
}
