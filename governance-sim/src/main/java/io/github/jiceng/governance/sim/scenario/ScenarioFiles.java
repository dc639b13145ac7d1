package io.github.jiceng.governance.sim.scenario;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.authority.PostGrant;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.sim.model.ClueStream;
import io.github.jiceng.governance.sim.model.DemandStream;
import io.github.jiceng.governance.sim.model.DisbursementStream;
import io.github.jiceng.governance.sim.model.DonationStream;
import io.github.jiceng.governance.sim.model.IntRange;
import io.github.jiceng.governance.sim.model.MoneyRange;
import io.github.jiceng.governance.sim.model.ProposalStream;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scenario files (情景文件) for the simulator: reading and writing one, the name a run calls it by, and
 * the parameters a file without a {@code simulation} section is played with. The scenario read is
 * the one scenario type, {@link Scenario}, which {@link io.github.jiceng.governance.sim.engine.Simulator}
 * plays as it is (ADR 0036).
 *
 * <pre>{@code
 * Path file = Path.of("seeds/jungar-banner/scenario.json");
 * SimulationResult r = Simulator.run(ScenarioFiles.read(file), 1L, 365,
 *     SimulationOptions.defaults().withScenarioName(ScenarioFiles.nameOf(file)));
 * }</pre>
 */
public final class ScenarioFiles {

  /** The most a drawn amount may be, in whole yuan: what one entry may move. */
  private static final long MAX_DRAWN_YUAN = Money.MAX_ENTRY.fen() / 100;


  private ScenarioFiles() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file
   * @return the scenario
   * @throws io.github.jiceng.governance.json.GovernanceFormatException if the file breaks its format
   * @throws IOException if it cannot be read
   */
  public static Scenario read(Path file) throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return GovernanceJson.files().readScenario(in);
    }
  }

  /**
   * Writes a scenario file.
   *
   * @param scenario the scenario
   * @param file where to write
   * @throws IOException if it cannot be written
   */
  public static void write(Scenario scenario, Path file) throws IOException {
    requireNonNull(scenario, "scenario");
    requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      GovernanceJson.files().writeScenario(scenario, out);
    }
  }

  /**
   * Returns what a run calls the scenario of a file: the file's name without {@code .json}, with
   * the folder the path names when the file's own name says no more than {@code scenario}
   * ({@code seeds/jungar-banner/scenario.json} is {@code jungar-banner/scenario}); the name
   * depends on the path as given, never on the working directory.
   *
   * @param file the file
   * @return the name, 1-100 characters
   */
  public static String nameOf(Path file) {
    requireNonNull(file, "file");
    Path own = file.getFileName();
    String name = own == null ? "" : own.toString();
    name = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    Path folder = file.normalize().getParent();
    if (name.equals("scenario") && folder != null && folder.getFileName() != null) {
      String parent = folder.getFileName().toString();
      name = parent.substring(0, Math.min(parent.length(), 60)) + "/scenario";
    }
    name = name.substring(0, Math.min(name.length(), 100));
    return name.isBlank() ? "scenario" : name;
  }

  /**
   * The parameters a scenario file without a {@code simulation} section is played with, derived
   * from its own records and policies:
   *
   * <ul>
   *   <li>the first day is the day after the latest record it holds (demand, outcome, fund entry,
   *       clue, proposal), in the points policy's zone, else the fund's, else Asia/Shanghai;
   *       2024-01-01 if it holds none;
   *   <li>the handling posts are the kinds the authority policy lets dispatch, grid heads first;
   *       demands, clues and proposals arrive at the level of the grid nodes those posts cover
   *       (the level most of them cover), so each has someone to handle it;
   *   <li>one demand stream per category of its service chain whose capabilities some resource
   *       offers, each category's pillar, source and capabilities taken from its first demand,
   *       arriving only where a resource offering its capabilities covers (a stream per covered
   *       subtree), one demand per node a day in all when every category can be served everywhere;
   *   <li>a purchase budget per month of what its service chain spent on purchases in its busiest
   *       month;
   *   <li>one donation stream per channel its fund was given through, at the rate it was given
   *       since the fund's launch, its amounts spread evenly around their mean from the smallest
   *       it was given; one disbursement stream per
   *       category it paid out for (directed projects apart, which come from clues), at the rate
   *       it paid since its launch, between the smallest and the largest amount it paid;
   *   <li>clues and proposals where and as often as its own came (the subtree of their grids'
   *       lowest common ancestor, the level most were raised at, their rate since the first), clues
   *       worked as its clues were (categories, rejections, implementations, costs, beneficiaries,
   *       durations) and proposals raised, rejected and rated in the shares its proposals were; a
   *       file without any gets them at the handling level at a modest rate; every other parameter
   *       its default.
   * </ul>
   *
   * @param s the scenario
   * @return the parameters
   */
  public static SimulationParameters derivedParameters(Scenario s) {
    requireNonNull(s, "s");
    // the run keeps the points policy's time, so that points expire at the start of a simulated day
    ZoneId zone = s.section(ScenarioSection.POINTS_POLICY).map(PointsPolicy::zone)
        .or(() -> s.section(ScenarioSection.FUND).map(f -> f.fund().zone())).orElse(SimulationParameters.CHINA);
    Instant latest = null;
    Optional<FiveLists> chain = s.section(ScenarioSection.SERVICE_CHAIN);
    List<Instant> instants = new ArrayList<>();
    chain.ifPresent(c -> {
      c.demands().forEach(d -> instants.add(d.submittedAt()));
      c.outcomes().forEach(o -> instants.add(o.evaluatedAt()));
    });
    s.section(ScenarioSection.FUND_ENTRIES).ifPresent(es -> es.forEach(e -> instants.add(e.at())));
    s.section(ScenarioSection.CLUES).ifPresent(cs -> cs.forEach(c -> instants.add(c.lastChangedAt())));
    s.section(ScenarioSection.PROPOSALS).ifPresent(ps -> ps.forEach(p -> instants.add(p.lastEventAt())));
    for (Instant t : instants) {
      latest = latest == null || t.isAfter(latest) ? t : latest;
    }
    LocalDate start = latest == null ? LocalDate.of(2024, 1, 1) : LocalDate.ofInstant(latest, zone).plusDays(1);
    AuthorityPolicy authority = s.sectionOrDefault(ScenarioSection.AUTHORITY_POLICY).orElseThrow();
    List<PostKind> kinds = new ArrayList<>();
    for (PostKind k : List.of(PostKind.GRID_HEAD, PostKind.EXECUTIVE_SECRETARY)) {
      if (authority.actionsOf(k).contains(Action.DISPATCH)) {
        kinds.add(k);
      }
    }
    authority.postGrants().stream().filter(g -> g.actions().contains(Action.DISPATCH) && !kinds.contains(g.kind()))
        .map(PostGrant::kind).sorted().forEach(kinds::add);
    GridHierarchy h = s.hierarchy();
    Map<String, Integer> scopeLevels = new TreeMap<>();
    for (Post p : s.section(ScenarioSection.ROSTER).map(Roster::posts).orElse(List.of())) {
      if (kinds.contains(p.kind()) && h.contains(p.scope())) {
        scopeLevels.merge(h.level(p.scope()).key(), 1, Integer::sum);
      }
    }
    String level = scopeLevels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(h.level(h.root()).key());
    SimulationParameters.Builder b = SimulationParameters.builder().start(start).zone(zone)
        .addAllHandlingPostKinds(kinds.isEmpty() ? SimulationParameters.DEFAULT_HANDLING_POST_KINDS : kinds);
    Set<String> offered = new TreeSet<>();
    s.section(ScenarioSection.RESOURCES).ifPresent(rs -> rs.forEach(r -> offered.addAll(r.capabilities())));
    Map<String, Demand> byCategory = new TreeMap<>();
    chain.ifPresent(c -> c.demands().forEach(d -> {
      if (offered.containsAll(d.requiredCapabilities())) {
        byCategory.putIfAbsent(d.category(), d);
      }
    }));
    b.purchaseBudgetPerMonth(busiestPurchaseMonth(chain, zone));
    Map<Urgency, Integer> urgency = new EnumMap<>(Urgency.class);
    urgency.put(Urgency.LOW, 2);
    urgency.put(Urgency.NORMAL, 6);
    urgency.put(Urgency.HIGH, 2);
    urgency.put(Urgency.CRITICAL, 1);
    int each = byCategory.isEmpty() ? 0 : Math.max(1, 1000 / byCategory.size());
    byCategory.forEach((category, d) -> {
      for (Optional<GridId> within : servedWithin(s, level, d.requiredCapabilities())) {
        b.addDemandStream(new DemandStream(category, level, each, d.requiredCapabilities(), d.pillar(), d.source(),
            urgency, IntRange.of(1, 3), 14, within));
      }
    });
    Map<DonationChannel, long[]> amounts = new EnumMap<>(DonationChannel.class);
    long[] income = {0};
    s.section(ScenarioSection.FUND_ENTRIES).ifPresent(es -> es.forEach(e -> {
      if (e instanceof Donation d) {
        // each amount is at most Money.MAX_ENTRY: the total is checked before it could overflow
        income[0] += d.amount().fen();
        if (income[0] > Money.MAX_TOTAL.fen()) {
          throw new DomainValidationException(new Violation("Donation[" + d.id() + "]", "amount", "fund-total-range",
              "the fund's donations come to more than " + Money.MAX_TOTAL + ", the most a fund takes in").with("max", Money.MAX_TOTAL));
        }
        long[] stats = amounts.computeIfAbsent(d.channel(), c -> new long[] {Long.MAX_VALUE, 0, 0});
        stats[0] = Math.min(stats[0], d.amount().fen());
        stats[1] += d.amount().fen();
        stats[2]++;
      }
    }));
    if (s.section(ScenarioSection.FUND).isPresent()) {
      long days = daysSinceLaunch(s, start);
      amounts.forEach((channel, stats) -> {
        long min = Math.max(1, stats[0] / 100);
        long mean = Math.max(min, stats[1] / stats[2] / 100);
        b.addDonation(new DonationStream(channel, perDay(stats[2], days), MoneyRange.ofYuan(min,
            Math.min(2 * mean - min, MAX_DRAWN_YUAN)), Optional.empty()));
      });
      disbursementStreams(s, start).forEach(b::addDisbursement);
    }
    List<ClueCase> clueCases = s.section(ScenarioSection.CLUES).orElse(List.of());
    b.clues(clueStream(h, level, clueCases, start, zone));
    List<ProposalRecord> proposals = s.section(ScenarioSection.PROPOSALS).orElse(List.of());
    b.proposals(proposalStream(h, level, proposals, start, zone));
    return b.build();
  }

  /**
   * What the service chain spent on purchases in its busiest calendar month: the monthly budget
   * its history shows the community had; zero if it bought nothing.
   */
  private static Money busiestPurchaseMonth(Optional<FiveLists> chain, ZoneId zone) {
    Map<YearMonth, Money> spent = new TreeMap<>();
    for (ServiceRecord r : chain.map(FiveLists::services).orElseGet(List::of)) {
      if (r.channel() == Channel.PURCHASE) {
        spent.merge(YearMonth.from(r.time().start().atZone(zone)), r.cost(), Money::plus);
      }
    }
    return spent.values().stream().max(Money::compareTo).orElse(Money.ZERO);
  }

  /**
   * Where demands needing these capabilities can be served: the coverage of the resources that
   * offer them all, as the subtrees no other of them contains, each holding nodes of the level
   * demands arrive at; the whole hierarchy (one empty subtree) when one of them covers the root.
   */
  private static List<Optional<GridId>> servedWithin(Scenario s, String level, Set<String> capabilities) {
    GridHierarchy h = s.hierarchy();
    TreeSet<GridId> covered = new TreeSet<>();
    for (Resource r : s.section(ScenarioSection.RESOURCES).orElse(List.of())) {
      if (r.capabilities().containsAll(capabilities)) {
        r.coverage().stream().filter(h::contains).forEach(covered::add);
      }
    }
    if (covered.contains(h.root())) {
      return List.of(Optional.empty());
    }
    List<Optional<GridId>> subtrees = new ArrayList<>();
    for (GridId g : covered) {
      boolean inner = covered.stream().anyMatch(o -> !o.equals(g) && h.isAncestorOf(o, g));
      if (!inner && !h.nodesAtLevel(level, g).isEmpty()) {
        subtrees.add(Optional.of(g));
      }
    }
    return subtrees;
  }

  /**
   * Where and how often records of one kind came: the subtree of their grids' lowest common
   * ancestor, the level most of them were raised at, and their rate per node of that level from
   * the first of them to the start.
   */
  private record Arrivals(String level, Optional<GridId> within, int milliPerDay) {

    static Optional<Arrivals> of(GridHierarchy h, List<GridId> grids, List<Instant> times, LocalDate start,
        ZoneId zone) {
      List<GridId> known = grids.stream().filter(h::contains).toList();
      if (known.isEmpty() || times.isEmpty()) {
        return Optional.empty();
      }
      GridId common = known.get(0);
      Map<String, Integer> levels = new TreeMap<>();
      for (GridId g : known) {
        common = h.lowestCommonAncestor(common, g);
        levels.merge(h.level(g).key(), 1, Integer::sum);
      }
      String level = levels.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      LocalDate first = LocalDate.ofInstant(times.stream().min(Instant::compareTo).orElseThrow(), zone);
      long days = Math.max(1, ChronoUnit.DAYS.between(first, start));
      int nodes = Math.max(1, h.nodesAtLevel(level, common).size());
      return Optional.of(new Arrivals(level, Optional.of(common), perDay(known.size(), days * nodes)));
    }
  }

  /**
   * The clue stream: where, how often and how the file's clues came and were worked (their
   * categories, rejections, implementations, costs, beneficiaries and durations); at the handling
   * level a modest rate, the article's four categories and middling figures when it has none.
   */
  private static ClueStream clueStream(GridHierarchy h, String level, List<ClueCase> cases, LocalDate start,
      ZoneId zone) {
    Optional<Arrivals> where = Arrivals.of(h, cases.stream().map(c -> c.clue().grid()).toList(),
        cases.stream().map(c -> c.clue().reportedAt()).toList(), start, zone);
    Set<ClueCategory> categories = new TreeSet<>();
    Map<ImplementationMode, Integer> modes = new EnumMap<>(ImplementationMode.class);
    long[] cost = {Long.MAX_VALUE, 0};
    long[] people = {Long.MAX_VALUE, 0};
    long[] days = {Long.MAX_VALUE, 0};
    int rejected = 0;
    for (ClueCase c : cases) {
      categories.add(c.clue().category());
      rejected += c.rejection().isPresent() ? 1 : 0;
      c.implementation().ifPresent(i -> modes.merge(i.mode(), 1, Integer::sum));
      c.evaluation().ifPresent(v -> {
        cost[0] = Math.min(cost[0], v.estimatedCost().fen() / 100);
        cost[1] = Math.max(cost[1], v.estimatedCost().fen() / 100);
        people[0] = Math.min(people[0], v.expectedBeneficiaries());
        people[1] = Math.max(people[1], v.expectedBeneficiaries());
      });
      if (c.startedAt().isPresent() && c.completion().isPresent()) {
        long d = Math.max(1, ChronoUnit.DAYS.between(c.startedAt().get(), c.completion().get().at()));
        days[0] = Math.min(days[0], d);
        days[1] = Math.max(days[1], d);
      }
    }
    if (modes.isEmpty()) {
      modes.putAll(Map.of(ImplementationMode.FUND_DIRECTED_PROJECT, 1, ImplementationMode.CO_BUILDING_CLAIM, 2,
          ImplementationMode.SERVICE_CHAIN, 2));
    }
    MoneyRange costs = cost[1] > 0 ? MoneyRange.ofYuan(Math.max(1, cost[0]), cost[1]) : MoneyRange.ofYuan(5_000, 100_000);
    IntRange served = people[1] > 0 ? IntRange.of((int) Math.max(1, people[0]), (int) people[1]) : IntRange.of(20, 500);
    IntRange duration = days[1] > 0 ? IntRange.of((int) days[0], (int) days[1]) : IntRange.of(7, 60);
    int reject = cases.isEmpty() ? 100 : (int) (1000L * rejected / cases.size());
    return new ClueStream(where.map(Arrivals::level).orElse(level), where.map(Arrivals::milliPerDay).orElse(50),
        categories.isEmpty() ? ClueCategory.ARTICLE_FOUR : List.copyOf(categories), 3, reject, modes, costs, served,
        duration, where.flatMap(Arrivals::within));
  }

  /**
   * The proposal stream: where and how often the file's proposals came, and the shares of them
   * raised through a deputy, not accepted, referred up by their handler, rated and rated 不满意; at
   * the handling level a modest rate and middling shares when it has none. Handlers act on a waiting proposal with a chance
   * of 600 per mille a day.
   */
  private static ProposalStream proposalStream(GridHierarchy h, String level, List<ProposalRecord> records,
      LocalDate start, ZoneId zone) {
    Optional<Arrivals> where = Arrivals.of(h, records.stream().map(r -> r.proposal().grid()).toList(),
        records.stream().map(r -> r.proposal().submittedAt()).toList(), start, zone);
    if (where.isEmpty()) {
      return new ProposalStream(level, 30, 200, 600, 50, 700, 150);
    }
    int n = records.size();
    long deputy = records.stream().filter(r -> r.proposal().submission() instanceof Submission.ViaDeputy).count();
    long rejected = records.stream().filter(r -> r.rejection().isPresent()).count();
    long rated = records.stream().filter(r -> r.satisfaction().isPresent()).count();
    long unhappy = records.stream().filter(r -> r.satisfaction().equals(Optional.of(Satisfaction.DISSATISFIED))).count();
    long referred = records.stream().filter(r -> r.events().stream()
        .anyMatch(e -> e.kind() == ProposalEvent.Kind.REFERRED)).count();
    return new ProposalStream(where.get().level(), where.get().milliPerDay(), (int) (1000 * deputy / n), 600,
        (int) (1000 * rejected / n), (int) (1000 * rated / n), rated == 0 ? 0 : (int) (1000 * unhappy / rated),
        where.get().within(), (int) (1000 * referred / n));
  }

  /** Days from the fund's launch to the first simulated day, at least one. */
  private static long daysSinceLaunch(Scenario s, LocalDate start) {
    LocalDate launched = s.section(ScenarioSection.FUND).orElseThrow().fund().launchedOn();
    return Math.max(1, ChronoUnit.DAYS.between(launched, start));
  }

  /** A rate in thousandths per day of {@code count} events in {@code days}, between 1 and 1,000. */
  private static int perDay(long count, long days) {
    return (int) Math.max(1, Math.min(1000, count * 1000 / days));
  }

  /** A stream per category the fund paid for, at its rate since the launch; see {@link #derivedParameters}. */
  private static List<DisbursementStream> disbursementStreams(Scenario s, LocalDate start) {
    long days = daysSinceLaunch(s, start);
    Map<OutflowCategory, long[]> paid = new EnumMap<>(OutflowCategory.class);
    s.section(ScenarioSection.FUND_ENTRIES).ifPresent(es -> es.forEach(e -> {
      if (e instanceof Disbursement d && !d.category().needsProject()) {
        long[] stats = paid.computeIfAbsent(d.category(), c -> new long[] {Long.MAX_VALUE, 0, 0});
        stats[0] = Math.min(stats[0], d.amount().fen());
        stats[1] = Math.max(stats[1], d.amount().fen());
        stats[2]++;
      }
    }));
    List<DisbursementStream> out = new ArrayList<>();
    paid.forEach((category, stats) -> {
      long min = Math.max(1, stats[0] / 100);
      out.add(new DisbursementStream(category, perDay(stats[2], days), MoneyRange.ofYuan(min, Math.max(min,
          stats[1] / 100))));
    });
    return out;
  }
}
