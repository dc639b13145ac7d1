package io.github.jiceng.governance.sim.engine.internal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import io.github.jiceng.governance.rules.service.DemandRules;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine reads of the scenario it plays, each section once with its default applied: a
 * view of the one {@link Scenario}, not a copy of it to keep. Construction checks that the
 * scenario can be played (it has a roster, and its parts refer to each other: resources to
 * organizations of the roster and grids of the hierarchy, the fund to a grid and its payer to a
 * person, records to dates before the start); every broken reference is reported at once.
 *
 * <p>What the sections become for the run:
 *
 * <ul>
 *   <li>the parameters are the {@code simulation} section, else derived from the scenario's own
 *       records ({@link ScenarioFiles#derivedParameters});
 *   <li>the service chain's demands without a service yet are the demands still waiting at the
 *       start; served ones are history and not played again;
 *   <li>of the assessment schemes the first scores party members and the second units;
 *   <li>the fund's payer is the parameters' {@code fundPayer}, else whoever paid the fund's latest
 *       disbursement if the roster lists them, else the first approver;
 *   <li>the working calendar is mainland China's official one when the scenario has none.
 * </ul>
 */
public final class Setting {

  private final Scenario scenario;
  private final String name;
  private final GridHierarchy hierarchy;
  private final Roster roster;
  private final OneCoreFiveCo taxonomy;
  private final List<Resource> resources;
  private final AuthorityPolicy authority;
  private final StaffingPolicy staffing;
  private final ChannelPolicy channels;
  private final ScoreWeights weights;
  private final DeadlinePolicy deadlines;
  private final PointsPolicy points;
  private final ServiceCatalogue catalogue;
  private final Optional<FundSetup> fund;
  private final Optional<PersonId> payer;
  private final HandlingPolicy handling;
  private final CheckInPolicy checkIn;
  private final AssessmentScheme memberAssessment;
  private final AssessmentScheme unitAssessment;
  private final WorkingCalendar calendar;
  private final List<Demand> initialDemands;
  private final List<LedgerEntry> initialFundEntries;
  private final List<ClueCase> initialClues;
  private final List<ProposalRecord> initialProposals;
  private final List<Pledge> initialPledges;
  private final List<Venue> venues;
  private final List<SpaceGrant> spaceGrants;
  private final List<CoBuildingAgreement> agreements;
  private final OneLeadFourIntegrations integrations;
  private final List<ServiceRecord> initialServices;
  private final List<JointMeeting> jointMeetings;
  private final SimulationParameters parameters;

  /**
   * Reads a scenario to play.
   *
   * @param scenario the scenario
   * @param name what the run calls it
   * @throws DomainValidationException if it has no roster, or its parts do not refer to each other
   */
  public Setting(Scenario scenario, String name) {
    this.scenario = requireNonNull(scenario, "scenario");
    this.name = requireNonNull(name, "name");
    if (scenario.section(ScenarioSection.ROSTER).isEmpty()) {
      throw new DomainValidationException(List.of(new Violation("Scenario", "roster", "section-present",
          "a scenario to simulate has a roster")));
    }
    this.parameters = parametersOf(scenario);
    this.hierarchy = scenario.hierarchy();
    this.roster = scenario.section(ScenarioSection.ROSTER).orElseThrow();
    this.taxonomy = scenario.sectionOrDefault(ScenarioSection.TAXONOMY).orElseThrow().oneCoreFiveCo();
    this.resources = scenario.section(ScenarioSection.RESOURCES).map(List::copyOf).orElse(List.of());
    this.authority = scenario.sectionOrDefault(ScenarioSection.AUTHORITY_POLICY).orElseThrow();
    this.staffing = scenario.sectionOrDefault(ScenarioSection.STAFFING_POLICY).orElseThrow();
    this.channels = scenario.sectionOrDefault(ScenarioSection.CHANNEL_POLICY).orElseThrow();
    this.weights = scenario.sectionOrDefault(ScenarioSection.SCORE_WEIGHTS).orElseThrow();
    this.deadlines = scenario.sectionOrDefault(ScenarioSection.DEADLINE_POLICY).orElseThrow();
    this.points = scenario.sectionOrDefault(ScenarioSection.POINTS_POLICY).orElseThrow();
    this.catalogue = scenario.section(ScenarioSection.SERVICE_CATALOGUE).orElseGet(ServiceCatalogue::of);
    this.handling = scenario.sectionOrDefault(ScenarioSection.HANDLING_POLICY).orElseThrow();
    this.checkIn = scenario.sectionOrDefault(ScenarioSection.CHECK_IN_POLICY).orElseThrow();
    this.calendar = scenario.section(ScenarioSection.WORKING_CALENDAR).orElseGet(WorkingCalendars::mainlandChina);
    List<AssessmentScheme> schemes = scenario.sectionOrDefault(ScenarioSection.ASSESSMENT_SCHEMES).orElseThrow();
    this.memberAssessment = schemes.isEmpty() ? AssessmentSchemes.partyMembers() : schemes.get(0);
    this.unitAssessment = schemes.size() > 1 ? schemes.get(1) : AssessmentSchemes.units();
    List<Demand> waiting = new ArrayList<>();
    scenario.section(ScenarioSection.SERVICE_CHAIN).ifPresent(chain -> {
      for (Demand d : chain.demands()) {
        if (chain.servicesOf(d.id()).isEmpty()) {
          waiting.add(d);
        }
      }
    });
    this.initialDemands = List.copyOf(waiting);
    this.initialFundEntries = scenario.section(ScenarioSection.FUND_ENTRIES).map(List::copyOf).orElse(List.of());
    this.initialClues = scenario.section(ScenarioSection.CLUES).map(List::copyOf).orElse(List.of());
    this.initialProposals = scenario.section(ScenarioSection.PROPOSALS).map(List::copyOf).orElse(List.of());
    this.initialPledges = scenario.section(ScenarioSection.FUND_PLEDGES).map(List::copyOf).orElse(List.of());
    this.venues = scenario.section(ScenarioSection.VENUES).map(List::copyOf).orElse(List.of());
    this.spaceGrants = scenario.section(ScenarioSection.SPACE_GRANTS).map(List::copyOf).orElse(List.of());
    this.agreements = scenario.section(ScenarioSection.CO_BUILDING_AGREEMENTS).map(List::copyOf).orElse(List.of());
    this.integrations = scenario.sectionOrDefault(ScenarioSection.TAXONOMY).orElseThrow().oneLeadFourIntegrations();
    this.initialServices = scenario.section(ScenarioSection.SERVICE_CHAIN).map(c -> List.copyOf(c.services()))
        .orElse(List.of());
    this.jointMeetings = scenario.section(ScenarioSection.JOINT_MEETINGS).map(List::copyOf).orElse(List.of());
    this.fund = scenario.section(ScenarioSection.FUND);
    this.payer = fund.map(f -> parameters.fundPayer()
        .or(() -> latestPayer(initialFundEntries).filter(p -> roster.person(p).isPresent()))
        .orElseGet(() -> f.policy().approvers().first()));
    check();
  }

  /**
   * The parameters a scenario is played with: its {@code simulation} section, else those derived
   * from its own records.
   *
   * @param scenario the scenario
   * @return the parameters
   */
  public static SimulationParameters parametersOf(Scenario scenario) {
    return scenario.section(ScenarioSection.SIMULATION).orElseGet(() -> ScenarioFiles.derivedParameters(scenario));
  }

  /** Who paid the fund's latest disbursement, if it paid any. */
  private static Optional<PersonId> latestPayer(List<LedgerEntry> entries) {
    Disbursement latest = null;
    for (LedgerEntry entry : entries) {
      if (entry instanceof Disbursement d && (latest == null || !d.at().isBefore(latest.at()))) {
        latest = d;
      }
    }
    return Optional.ofNullable(latest).map(Disbursement::paidBy);
  }

  private void check() {
    String subject = "Scenario[" + name + "]";
    List<Violation> out = new ArrayList<>();
    if (name.isBlank() || name.length() > 100) {
      out.add(new Violation(subject, "name", "name-length", "a name is 1-100 characters and not blank").with("max", 100)
          .with("length", name.length()));
    }
    GridHierarchy h = hierarchy;
    Roster r = roster;
    // a gap in the dual hierarchy is reported when the run starts; an id that resolves to nothing
    // is broken data, and a run over it would fail where the id is first used
    out.addAll(DualHierarchyAudit.references(h, r).violations());
    Set<Object> seen = new HashSet<>();
    for (Resource res : resources) {
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
    List<Optional<GridId>> confined = new ArrayList<>();
    parameters.demandStreams().forEach(d -> confined.add(d.within()));
    parameters.clues().ifPresent(c -> confined.add(c.within()));
    parameters.proposals().ifPresent(p -> confined.add(p.within()));
    confined.stream().flatMap(Optional::stream).filter(g -> !h.contains(g)).distinct().forEach(g -> out.add(
        new Violation(subject, "parameters", "grid-exists", "a stream is confined to grid " + g
            + ", which is not in the hierarchy")));
    // the simulator's days start at midnight in its zone, and points expire at midnight in theirs:
    // in two zones an expiry would fall inside a day and be booked unseen by a later award
    if (!points.zone().equals(parameters.zone())) {
      out.add(new Violation(subject, "points", "zone-of-the-run", "the points policy keeps time in "
          + points.zone() + ", the simulation in " + parameters.zone() + "; they must agree"));
    }
    fund.ifPresent(f -> {
      if (!h.contains(f.fund().grid())) {
        out.add(new Violation(subject, "fund", "grid-exists",
            "the fund's grid " + f.fund().grid() + " is not in the hierarchy"));
      }
      if (r.person(payer.orElseThrow()).isEmpty()) {
        out.add(new Violation(subject, "fund", "person-exists", "the payer " + payer.orElseThrow()
            + " is not in the roster"));
      }
    });
    Instant start = startInstant();
    for (Demand d : initialDemands) {
      if (!d.submittedAt().isBefore(start) || !h.contains(d.grid())) {
        out.add(new Violation("Demand[" + d.id() + "]", "submittedAt", "before-start",
            "an initial demand is raised before the start, at a grid of the hierarchy"));
      }
    }
    for (LedgerEntry entry : initialFundEntries) {
      if (!entry.at().isBefore(start)) {
        out.add(new Violation("LedgerEntry[" + entry.id() + "]", "at", "before-start",
            "an initial fund entry is dated before the start"));
      }
    }
    for (Pledge p : initialPledges) {
      if (!p.at().isBefore(start)) {
        out.add(new Violation("Pledge[" + p.id() + "]", "at", "before-start",
            "an initial pledge is dated before the start"));
      }
    }
    for (SpaceGrant g : spaceGrants) {
      boolean room = venues.stream().anyMatch(v -> v.id().equals(g.venue()) && v.room(g.room()).isPresent());
      if (!room) {
        out.add(new Violation("SpaceGrant[" + g.id() + "]", "room", "room-exists",
            "room " + g.room() + " of venue " + g.venue() + " is not in the venues section"));
      }
      if (r.organization(g.organization()).isEmpty()) {
        out.add(new Violation("SpaceGrant[" + g.id() + "]", "organization", "organization-exists",
            "organization " + g.organization() + " is not in the roster"));
      }
    }
    for (Venue v : venues) {
      if (!h.contains(v.grid())) {
        out.add(new Violation("Venue[" + v.id() + "]", "grid", "grid-exists", "grid " + v.grid()
            + " is not in the hierarchy"));
      }
    }
    for (CoBuildingAgreement a : agreements) {
      if (!h.contains(a.community())) {
        out.add(new Violation("CoBuildingAgreement[" + a.id() + "]", "community", "grid-exists",
            "grid " + a.community() + " is not in the hierarchy"));
      }
      if (!a.reportedAt().isBefore(start)) {
        out.add(new Violation("CoBuildingAgreement[" + a.id() + "]", "reportedAt", "before-start",
            "an initial agreement is reported before the start"));
      }
    }
    for (ClueCase c : initialClues) {
      if (!c.lastChangedAt().isBefore(start) || !h.contains(c.clue().grid())) {
        out.add(new Violation("IssueClue[" + c.id() + "]", "reportedAt", "before-start",
            "an initial clue's last step is before the start, at a grid of the hierarchy"));
      }
    }
    for (ProposalRecord p : initialProposals) {
      if (!p.lastEventAt().isBefore(start) || !h.contains(p.handlingGrid())) {
        out.add(new Violation("Proposal[" + p.id() + "]", "events", "before-start",
            "an initial proposal's last event is before the start, at a grid of the hierarchy"));
      }
    }
    if (!out.isEmpty()) {
      throw new DomainValidationException(out);
    }
  }

  /** Returns the pledges to the fund made before the start, in the file's order. */
  public List<Pledge> initialPledges() {
    return initialPledges;
  }

  /** Returns the venues. */
  public List<Venue> venues() {
    return venues;
  }

  /** Returns the space-for-service grants. */
  public List<SpaceGrant> spaceGrants() {
    return spaceGrants;
  }

  /** Returns the co-building agreements reported before the start. */
  public List<CoBuildingAgreement> agreements() {
    return agreements;
  }

  /** Returns the district's configured integrations of 一统领四融合 (the taxonomy's, else the article's). */
  public OneLeadFourIntegrations integrations() {
    return integrations;
  }

  /** Returns the service records the service chain holds at the start: history, not played again. */
  public List<ServiceRecord> initialServices() {
    return initialServices;
  }

  /** Returns the joint meetings held before the start. */
  public List<JointMeeting> jointMeetings() {
    return jointMeetings;
  }

  /** Returns the scenario read. */
  public Scenario scenario() {
    return scenario;
  }

  /** Returns what the run calls the scenario. */
  public String name() {
    return name;
  }

  /** Returns the territorial grid hierarchy. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** Returns the persons, households, organizations, squads, posts and absences known at the start. */
  public Roster roster() {
    return roster;
  }

  /** Returns the taxonomy of 一核五共. */
  public OneCoreFiveCo taxonomy() {
    return taxonomy;
  }

  /** Returns the resources offered to the service chain. */
  public List<Resource> resources() {
    return resources;
  }

  /** Returns which posts, roles and organizations may take which actions. */
  public AuthorityPolicy authority() {
    return authority;
  }

  /** Returns what a complete dual hierarchy must have. */
  public StaffingPolicy staffing() {
    return staffing;
  }

  /** Returns the order and shares of the channels. */
  public ChannelPolicy channels() {
    return channels;
  }

  /** Returns the weights of the matching score. */
  public ScoreWeights weights() {
    return weights;
  }

  /** Returns the time limits of the demand states. */
  public DeadlinePolicy deadlines() {
    return deadlines;
  }

  /** Returns the rating at or above which a demand may close: the rules' default. */
  public int satisfactoryRating() {
    return DemandRules.DEFAULT_SATISFACTORY_RATING;
  }

  /** Returns the red-star points policy. */
  public PointsPolicy points() {
    return points;
  }

  /** Returns the services points are redeemed for. */
  public ServiceCatalogue catalogue() {
    return catalogue;
  }

  /** Returns the co-building fund, if the scenario has one. */
  public Optional<FundSetup> fund() {
    return fund;
  }

  /** Returns who pays the fund's approved requests; present when the scenario has a fund. */
  public Optional<PersonId> payer() {
    return payer;
  }

  /** Returns the deadlines and escalation of proposals. */
  public HandlingPolicy handling() {
    return handling;
  }

  /** Returns the thresholds of the check-in audit. */
  public CheckInPolicy checkIn() {
    return checkIn;
  }

  /** Returns the assessment scheme of party members. */
  public AssessmentScheme memberAssessment() {
    return memberAssessment;
  }

  /** Returns the assessment scheme of units. */
  public AssessmentScheme unitAssessment() {
    return unitAssessment;
  }

  /** Returns the working calendar that times volunteer records. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** Returns the root of the report's subtree: the hierarchy's root. */
  public GridId root() {
    return hierarchy.root();
  }

  /** Returns demands raised before the start, still to be reviewed. */
  public List<Demand> initialDemands() {
    return initialDemands;
  }

  /** Returns the fund's entries booked before the start, in booking order. */
  public List<LedgerEntry> initialFundEntries() {
    return initialFundEntries;
  }

  /** Returns the cases of issue clues reported before the start. */
  public List<ClueCase> initialClues() {
    return initialClues;
  }

  /** Returns the records of proposals received before the start. */
  public List<ProposalRecord> initialProposals() {
    return initialProposals;
  }

  /** Returns how the community behaves. */
  public SimulationParameters parameters() {
    return parameters;
  }

  /** Returns the first instant simulated: the start day's midnight in the parameters' zone. */
  public Instant startInstant() {
    return parameters.start().atStartOfDay(parameters.zone()).toInstant();
  }

  /** Returns {@code Scenario[name, counts]}: no personal data. */
  @Override
  public String toString() {
    return "Scenario[" + name + ", " + hierarchy.size() + " grids, " + roster + ", " + resources.size()
        + " resources, from " + parameters.start() + "]";
  }
}
