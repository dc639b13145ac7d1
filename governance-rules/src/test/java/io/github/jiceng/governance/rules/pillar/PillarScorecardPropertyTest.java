package io.github.jiceng.governance.rules.pillar;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.B1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.B2;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.BAIYUN;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.DEPUTY;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G2;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.G2_B1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.LANTIAN;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.RESIDENT1;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.RESIDENT3;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.STATION;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.TEAM;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.TIEBEI;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.TIEBEI_BRANCH;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.UNIT;
import static io.github.jiceng.governance.rules.fixtures.Baiyun.XUEMEILI;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.YEAR;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.Patrol;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded worlds of generated records on 白云 and 铁北: the scorecard's record figures equal the records
 * of the community and period counted naively, coverage stays within 0 to 1000 per mille, a pillar is
 * flagged exactly when it has no record, and records outside the period or the community, added to a
 * world, change nothing.
 */
final class PillarScorecardPropertyTest {

  private static final int SEEDS = 300;

  /** 白云's subtree, written out rather than asked of the hierarchy. */
  private static final Set<GridId> BAIYUN_SUBTREE = Set.of(BAIYUN, G1, XUEMEILI, B1, B2, G2, G2_B1);
  private static final List<GridId> INSIDE = List.copyOf(new java.util.TreeSet<>(BAIYUN_SUBTREE));
  private static final List<GridId> OUTSIDE = List.of(LANTIAN, TIEBEI);
  private static final List<GridId> ALL = List.of(LANTIAN, BAIYUN, G1, XUEMEILI, B1, B2, G2, G2_B1, TIEBEI);
  private static final Set<ActorId> MEMBERS = Set.of(RESIDENT1, RESIDENT3, UNIT, TEAM);
  private static final List<ActorId> NOT_MEMBERS = List.of(DEPUTY, TIEBEI_BRANCH);
  private static final List<OrganizationId> PROVIDERS = List.of(TEAM, STATION, UNIT);
  private static final Roster ROSTER = PillarScorecardTest.roster();

  /** A day of the year or, for {@code outside}, of the half years around it. */
  private static LocalDate day(Random r, boolean outside) {
    LocalDate first = LocalDate.parse("2024-01-01");
    if (!outside) {
      return first.plusDays(r.nextInt(366));
    }
    return r.nextBoolean() ? first.minusDays(1 + r.nextInt(180)) : first.plusDays(366 + r.nextInt(180));
  }

  private static Instant at(Random r, LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant().plusSeconds(r.nextInt(86_400));
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** The generated world, and the same world with noise that no figure of 白云 in 2024 may count. */
  private record World(PillarRecords records, PillarRecords noisy) {}

  private static World world(long seed) {
    Random r = new Random(seed);
    List<JointMeeting> meetings = new ArrayList<>();
    List<DeputyContact> contacts = new ArrayList<>();
    List<MajorAffair> affairs = new ArrayList<>();
    List<AffairDecision> decisions = new ArrayList<>();
    List<AffairProject> links = new ArrayList<>();
    List<Patrol> patrols = new ArrayList<>();
    List<Incident> incidents = new ArrayList<>();
    List<Demand> demands = new ArrayList<>();
    List<ServiceRecord> services = new ArrayList<>();
    List<LedgerEntry> points = new ArrayList<>();
    List<ClueCase> clues = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int kind = r.nextInt(3);
      clues.add(kind == 0 ? PillarWorld.clue("CL" + i) : kind == 1 ? PillarWorld.decidedClue("CL" + i, "PC" + i)
          : PillarWorld.decidedClue("CL" + i, "PC" + r.nextInt(3)));
    }
    // every kind of record twice over: first the world, then the noise outside 白云 or 2024
    World[] out = new World[1];
    for (int pass = 0; pass < 2; pass++) {
      boolean noise = pass == 1;
      String p = noise ? "n-" : "w-";
      for (int i = r.nextInt(6); i > 0; i--) {
        boolean late = noise && r.nextBoolean();
        GridId g = noise && !late ? pick(r, OUTSIDE) : pick(r, ALL);
        List<Resolution> res = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
          res.add(r.nextBoolean() ? PillarWorld.agreed(p + "r" + i + "-" + k)
              : PillarWorld.project(p + "r" + i + "-" + k, "P" + r.nextInt(4)));
        }
        if (res.stream().map(x -> x.project()).filter(java.util.Optional::isPresent).distinct().count()
            != res.stream().filter(x -> x.project().isPresent()).count()) {
          res.removeIf(x -> x.project().isPresent());
        }
        meetings.add(PillarWorld.meeting(p + "m" + i, g, at(r, day(r, late)), res.toArray(Resolution[]::new)));
      }
      for (int i = r.nextInt(8); i > 0; i--) {
        boolean late = noise && r.nextBoolean();
        GridId g = noise && !late ? pick(r, OUTSIDE) : pick(r, ALL);
        contacts.add(PillarWorld.contact(p + "c" + i, r.nextBoolean() ? DEPUTY : PillarScorecardTest.TIEBEI_DEPUTY, g,
            day(r, late).toString(), 1 + r.nextInt(40), List.of("CL" + r.nextInt(6), "CL" + r.nextInt(6)),
            r.nextBoolean() ? List.of("TA" + r.nextInt(4)) : List.of()));
      }
      for (int i = r.nextInt(5); i > 0; i--) {
        boolean late = noise && r.nextBoolean();
        GridId g = noise && !late ? pick(r, OUTSIDE) : pick(r, ALL);
        LocalDate d = day(r, late);
        MajorAffair a = PillarWorld.affair(p + "a" + i, g, d.atStartOfDay(ZONE).toInstant());
        affairs.add(a);
        if (r.nextInt(4) > 0) {
          boolean adopt = r.nextBoolean();
          decisions.add(PillarWorld.decide(a, adopt, at(r, d)));
          if (adopt && r.nextBoolean()) {
            links.add(new AffairProject(a.id(), ProjectId.of("PA" + r.nextInt(3))));
          }
        }
      }
      for (int i = r.nextInt(10); i > 0; i--) {
        GridId squad = r.nextBoolean() ? G1 : G2;
        LocalDate d = day(r, noise);
        GridId g = pick(r, ALL);
        Patrol pa = PillarWorld.patrol(p + "pa" + i, squad, g, d.toString(), 1 + r.nextInt(240));
        patrols.add(pa);
        if (r.nextBoolean() && g.equals(squad)) {
          incidents.add(new Incident(io.github.jiceng.governance.model.pillar.IncidentId.of(p + "i" + i), pa.id(),
              io.github.jiceng.governance.model.pillar.IncidentKind.OTHER, g, at(r, d)));
        }
      }
      for (int i = r.nextInt(6); i > 0; i--) {
        boolean late = noise && r.nextBoolean();
        GridId g = noise && !late ? pick(r, OUTSIDE) : pick(r, ALL);
        Demand dm = PillarWorld.demand(p + "d" + i, g);
        demands.add(dm);
        OrganizationId provider = pick(r, PROVIDERS);
        LocalDate d = day(r, late);
        services.add(PillarWorld.service(p + "s" + i, "r-" + provider.value(), provider, dm.id().value(),
            d.toString() + "T10:00", 1 + r.nextInt(300), r.nextInt(30)));
      }
      for (int i = r.nextInt(10); i > 0; i--) {
        boolean late = noise && r.nextBoolean();
        ActorId who = noise && !late ? pick(r, NOT_MEMBERS) : pick(r, r.nextBoolean() ? List.copyOf(
            new java.util.TreeSet<>(MEMBERS)) : NOT_MEMBERS);
        String when = day(r, late) + "T12:00";
        points.add(r.nextBoolean() ? PillarWorld.award(p + "e" + i, who, when, r.nextInt(50))
            : PillarWorld.redemption(p + "e" + i, who, when, r.nextInt(50)));
      }
      PillarRecords recs = PillarRecords.builder().meetings(meetings).contacts(contacts).affairs(affairs)
          .decisions(decisions).affairProjects(links).patrols(patrols).incidents(incidents).clues(clues)
          .lists(FiveLists.of(demands, resources(), List.of(), services, List.of())).points(points).build();
      if (!noise) {
        out[0] = new World(recs, recs);
      } else {
        out[0] = new World(out[0].records(), recs);
      }
    }
    return out[0];
  }

  private static List<Resource> resources() {
    return PROVIDERS.stream().map(o -> PillarWorld.resource("r-" + o.value(), o)).toList();
  }

  private static boolean inYear(Instant i) {
    return YEAR.contains(i);
  }

  private static boolean inYear(LocalDate d) {
    return YEAR.contains(d.atStartOfDay(ZONE).toInstant());
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 7_000_000})
  void theRecordFiguresAreTheCommunitysRecordsOfThePeriodAndNoiseChangesNothing(long from) {
    for (long seed = from; seed < from + SEEDS; seed++) {
      World w = world(seed);
      PillarRecords recs = w.records();
      PillarScorecard s = PillarScorecard.of(PillarScorecardTest.TERRITORY, BAIYUN, YEAR, ZONE, ROSTER, recs);
      String where = "seed " + seed;
      assertThat(s.figure(Figure.MEETINGS)).as(where).isEqualTo(
          recs.meetings().stream().filter(m -> BAIYUN_SUBTREE.contains(m.grid()) && inYear(m.heldAt())).count());
      assertThat(s.figure(Figure.CONTACTS)).as(where).isEqualTo(
          recs.contacts().stream().filter(c -> BAIYUN_SUBTREE.contains(c.grid()) && inYear(c.day())).count());
      java.util.Map<AffairId, MajorAffair> affairOf = new java.util.TreeMap<>();
      recs.affairs().forEach(a -> affairOf.put(a.id(), a));
      assertThat(s.figure(Figure.AFFAIRS_DECIDED)).as(where).isEqualTo(recs.decisions().stream()
          .filter(d -> BAIYUN_SUBTREE.contains(affairOf.get(d.affair()).grid()) && inYear(d.decidedAt())).count());
      assertThat(s.figure(Figure.PATROLS)).as(where).isEqualTo(recs.patrols().stream().filter(p -> inYear(p.day()))
          .count());
      assertThat(s.figure(Figure.PATROL_MINUTES)).as(where).isEqualTo(recs.patrols().stream()
          .filter(p -> inYear(p.day())).mapToLong(p -> p.duration().toMinutes()).sum());
      assertThat(s.figure(Figure.SERVICES_DELIVERED)).as(where).isEqualTo(recs.lists().services().stream()
          .filter(x -> (x.provider().equals(TEAM) || x.provider().equals(STATION)) && inYear(x.time().start())
              && BAIYUN_SUBTREE.contains(recs.lists().demand(x.demands().get(0)).orElseThrow().grid()))
          .count());
      assertThat(s.figure(Figure.AWARDS) + s.figure(Figure.REDEMPTIONS)).as(where).isEqualTo(recs.points().stream()
          .filter(e -> MEMBERS.contains(e.actor()) && inYear(e.at())).count());
      assertThat(s.figure(Figure.COVERAGE_PER_MILLE)).as(where).isBetween(0L, 1000L);
      assertThat(s.figure(Figure.INCIDENTS)).as(where).isLessThanOrEqualTo(s.figure(Figure.PATROLS));
      assertThat(s.figure(Figure.PROJECTS_FROM_RESOLUTIONS)).as(where).isLessThanOrEqualTo(s.figure(Figure.RESOLUTIONS));
      assertThat(s.figure(Figure.AFFAIRS_ADOPTED)).as(where).isLessThanOrEqualTo(s.figure(Figure.AFFAIRS_DECIDED));
      for (PillarScorecard.Row row : s.rows()) {
        long records = row.figures().entrySet().stream().filter(e -> e.getKey().isRecord())
            .mapToLong(java.util.Map.Entry::getValue).sum();
        assertThat(row.unrecorded()).as("%s, %s", where, row.pillar()).isEqualTo(records == 0);
      }
      assertThat(s.unrecorded()).as(where).isSubsetOf(Pillar.ARTICLE_FIVE);
      PillarScorecard noisy = PillarScorecard.of(PillarScorecardTest.TERRITORY, BAIYUN, YEAR, ZONE, ROSTER, w.noisy());
      assertThat(noisy).as("%s: records outside 白云 or 2024 change nothing", where).isEqualTo(s);
      assertThat(PillarScorecard.of(PillarScorecardTest.TERRITORY, BAIYUN, YEAR, ZONE, ROSTER, w.noisy()))
          .as("%s: the same records give the same scorecard", where).isEqualTo(noisy);
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 9_000_000})
  void weeklyCoverageStaysWithinAThousandPerMilleAndCountsOnlyTheSquadsPatrolsOfTheWeek(long from) {
    for (long seed = from; seed < from + SEEDS; seed++) {
      PillarRecords recs = world(seed).noisy();
      IsoWeek first = new IsoWeek(2023, 40);
      IsoWeek last = new IsoWeek(2025, 20);
      List<PatrolCoverage> weeks = PatrolCoverage.weekly(PillarScorecardTest.TERRITORY, G1, recs.patrols(), first,
          last);
      long patrols = 0;
      for (PatrolCoverage c : weeks) {
        assertThat(c.perMille()).as("seed %d, %s", seed, c.week()).isBetween(0, 1000);
        assertThat(c.area()).as("seed %d", seed).containsAll(c.patrolled());
        assertThat(c.outsideArea()).as("seed %d", seed).isLessThanOrEqualTo(c.patrols());
        patrols += c.patrols();
      }
      assertThat(patrols).as("seed %d", seed).isEqualTo(recs.patrols().stream().filter(p -> p.squad().equals(G1)
          && !p.day().isBefore(first.monday()) && !p.day().isAfter(last.sunday())).count());
    }
  }
}
