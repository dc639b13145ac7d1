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
import static io.github.jiceng.governance.rules.pillar.PillarWorld.END;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.YEAR;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.ZONE;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.affair;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.agreed;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.award;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.contact;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.decide;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.decidedClue;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.demand;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.incident;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.local;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.meeting;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.mergedClue;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.patrol;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.project;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.redemption;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.resource;
import static io.github.jiceng.governance.rules.pillar.PillarWorld.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.fixtures.Baiyun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each figure of the scorecard from a small hand-built world, and what it refuses. */
final class PillarScorecardTest {

  static final GridHierarchy TERRITORY = Baiyun.territory();

  static final PersonId TIEBEI_DEPUTY = PersonId.of("p-tiebei-deputy");

  /** Baiyun's roster with one more deputy, linked to 铁北. */
  static Roster roster() {
    List<Person> persons = new ArrayList<>(Baiyun.persons());
    persons.add(Baiyun.person(TIEBEI_DEPUTY, "钱多多")
        .addRole(new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of(TIEBEI))).build());
    return Roster.builder().addAllPersons(persons).addAllOrganizations(Baiyun.organizations())
        .addAllHouseholds(Baiyun.households()).addAllSquads(Baiyun.squads()).addAllPosts(Baiyun.posts()).build();
  }

  static final MajorAffair A1 = affair("a1", G2, local("2024-03-20T09:00"));
  static final MajorAffair A2 = affair("a2", BAIYUN, local("2024-06-20T09:00"));
  static final MajorAffair A3 = affair("a3", TIEBEI, local("2024-03-20T09:00"));
  static final MajorAffair A4 = affair("a4", BAIYUN, local("2025-01-20T09:00"));

  static PillarRecords records() {
    return PillarRecords.builder()
        .meetings(List.of(
            meeting("m1", BAIYUN, local("2024-03-01T10:00"), project("r1", "P1"), agreed("r2")),
            // below the community counts; P1 again is one project
            meeting("m2", G1, local("2024-06-01T10:00"), project("r3", "P1"), project("r4", "P2")),
            // the street's meeting is the street's
            meeting("m3", LANTIAN, local("2024-06-02T10:00"), project("r5", "P9")),
            meeting("m4", TIEBEI, local("2024-06-03T10:00"), agreed("r6")),
            // one second before the year starts in Beijing time
            meeting("m5", BAIYUN, local("2023-12-31T23:59:59"), project("r7", "P10"))))
        .affairs(List.of(A1, A2, A3, A4))
        .decisions(List.of(decide(A1, true, local("2024-04-01T10:00")), decide(A2, false, local("2024-07-01T10:00")),
            decide(A3, true, local("2024-04-01T10:00")), decide(A4, true, local("2025-02-01T10:00"))))
        .affairProjects(List.of(new AffairProject(AffairId.of("a1"), ProjectId.of("P6")),
            new AffairProject(AffairId.of("a3"), ProjectId.of("P7")),
            new AffairProject(AffairId.of("a4"), ProjectId.of("P8"))))
        .contacts(List.of(
            contact("c1", DEPUTY, Baiyun.XUEMEILI, "2024-02-10", 12, List.of("CL1", "CL2"), List.of("TA1")),
            contact("c2", DEPUTY, G2, "2024-05-05", 5, List.of("CL2"), List.of()),
            contact("c3", DEPUTY, TIEBEI, "2024-05-06", 30, List.of("CL3"), List.of()),
            contact("c4", DEPUTY, G1, "2025-01-01", 9, List.of("CL1"), List.of())))
        .clues(List.of(decidedClue("CL1", "P3"), mergedClue("CL2", "CL4"), decidedClue("CL4", "P4"),
            decidedClue("CL3", "P5")))
        .patrols(List.of(
            patrol("pa1", G1, B1, "2024-03-04", 60),
            patrol("pa2", G1, B1, "2024-03-05", 30),
            patrol("pa3", G2, G2, "2024-03-06", 45),
            // the other grid's building is outside squad G1's area: a patrol that covers nothing
            patrol("pa4", G1, G2_B1, "2024-03-07", 15),
            patrol("pa5", G1, B2, "2025-01-02", 20)))
        .incidents(List.of(
            incident("i1", "pa1", B1, "2024-03-04T10:00"),
            incident("i2", "pa3", G2_B1, "2024-03-06T23:59"),
            incident("i3", "pa5", B2, "2025-01-02T08:00")))
        .lists(FiveLists.of(List.of(demand("d1", B1), demand("d2", TIEBEI), demand("d3", G2_B1)),
            List.of(resource("r-team", TEAM), resource("r-station", STATION), resource("r-unit", UNIT)), List.of(),
            List.of(
                service("s1", "r-team", TEAM, "d1", "2024-05-01T09:00", 120, 8),
                service("s2", "r-station", STATION, "d3", "2024-06-01T09:00", 90, 5),
                service("s3", "r-unit", UNIT, "d1", "2024-06-02T09:00", 60, 40),
                service("s4", "r-team", TEAM, "d2", "2024-06-03T09:00", 60, 40),
                service("s5", "r-station", STATION, "d3", "2025-03-01T09:00", 60, 40)),
            List.of()))
        .points(List.of(
            award("aw1", RESIDENT1, "2024-02-01T10:00", 10),
            award("aw2", RESIDENT1, "2024-03-01T10:00", 5),
            award("aw3", UNIT, "2024-04-01T10:00", 0),
            // a deputy in no household is nobody's member
            award("aw4", DEPUTY, "2024-04-01T10:00", 7),
            award("aw5", RESIDENT3, "2025-01-05T10:00", 3),
            award("aw6", TIEBEI_BRANCH, "2024-05-01T10:00", 20),
            redemption("rd1", RESIDENT1, "2024-06-01T10:00", 8),
            redemption("rd2", RESIDENT3, "2023-12-01T10:00", 4)))
        .build();
  }

  static PillarScorecard baiyun() {
    return PillarScorecard.of(TERRITORY, BAIYUN, YEAR, ZONE, roster(), records());
  }

  @Test
  void partyMassCoBuildingCountsTheCommunitysMeetingsTheirResolutionsAndTheDistinctProjects() {
    PillarScorecard s = baiyun();
    assertThat(s.row(Pillar.PARTY_MASS_CO_BUILDING).orElseThrow().figures().keySet())
        .containsExactly(Figure.MEETINGS, Figure.RESOLUTIONS, Figure.PROJECTS_FROM_RESOLUTIONS);
    assertThat(s.figure(Figure.MEETINGS)).isEqualTo(2);
    assertThat(s.figure(Figure.RESOLUTIONS)).isEqualTo(4);
    assertThat(s.figure(Figure.PROJECTS_FROM_RESOLUTIONS)).as("P1 twice, P2").isEqualTo(2);
  }

  @Test
  void majorAffairsCoDeliberationCountsDeputiesContactsProblemsAffairsAndTheirProjects() {
    PillarScorecard s = baiyun();
    assertThat(s.figure(Figure.DEPUTIES)).isEqualTo(1);
    assertThat(s.figure(Figure.CONTACTS)).isEqualTo(2);
    assertThat(s.figure(Figure.RESIDENTS_MET)).isEqualTo(17);
    assertThat(s.figure(Figure.PROBLEMS_CARRIED)).as("CL1, CL2, TA1").isEqualTo(3);
    assertThat(s.figure(Figure.PROJECTS_FROM_PROBLEMS)).as("CL1 → P3, CL2 merged into CL4 → P4").isEqualTo(2);
    assertThat(s.figure(Figure.AFFAIRS_DECIDED)).isEqualTo(2);
    assertThat(s.figure(Figure.AFFAIRS_ADOPTED)).isEqualTo(1);
    assertThat(s.figure(Figure.PROJECTS_FROM_AFFAIRS)).isEqualTo(1);
  }

  @Test
  void safetyCoManagementCountsSquadsPatrolsMinutesCoverageAndIncidents() {
    PillarScorecard s = baiyun();
    assertThat(s.figure(Figure.SQUADS)).isEqualTo(2);
    assertThat(s.figure(Figure.PATROLS)).isEqualTo(4);
    assertThat(s.figure(Figure.PATROL_MINUTES)).isEqualTo(150);
    assertThat(s.figure(Figure.COVERAGE_PER_MILLE)).as("B1 and the second grid's building of three buildings")
        .isEqualTo(666);
    assertThat(s.figure(Figure.INCIDENTS)).isEqualTo(2);
  }

  @Test
  void civilityCoCreationCountsTeamsAndStationsServingTheCommunitysDemands() {
    PillarScorecard s = baiyun();
    assertThat(s.figure(Figure.TEAMS)).isEqualTo(1);
    assertThat(s.figure(Figure.STATIONS)).isEqualTo(1);
    assertThat(s.figure(Figure.SERVICES_DELIVERED)).isEqualTo(2);
    assertThat(s.figure(Figure.PEOPLE_REACHED)).isEqualTo(13);
    assertThat(s.figure(Figure.SERVICE_MINUTES)).isEqualTo(210);
  }

  @Test
  void serviceSharingCountsTheMembersAwardsRedemptionsAndEarners() {
    PillarScorecard s = baiyun();
    assertThat(s.figure(Figure.AWARDS)).isEqualTo(3);
    assertThat(s.figure(Figure.POINTS_AWARDED)).isEqualTo(15);
    assertThat(s.figure(Figure.REDEMPTIONS)).isEqualTo(1);
    assertThat(s.figure(Figure.POINTS_REDEEMED)).isEqualTo(8);
    assertThat(s.figure(Figure.MEMBERS_EARNING)).as("an award of zero points earns nothing").isEqualTo(1);
  }

  @Test
  void rowsComeInTheArticlesOrderAndNoPillarOfBaiyunIsUnrecorded() {
    PillarScorecard s = baiyun();
    assertThat(s.rows()).extracting(PillarScorecard.Row::pillar).containsExactlyElementsOf(Pillar.ARTICLE_FIVE);
    assertThat(s.unrecorded()).isEmpty();
    assertThat(s.row(Pillar.SAFETY_CO_MANAGEMENT).orElseThrow().records()).isEqualTo(4);
    assertThat(s.row(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION).orElseThrow().records()).isEqualTo(4);
    assertThat(s.row(Pillar.SERVICE_SHARING).orElseThrow().records()).isEqualTo(4);
  }

  @Test
  void aPillarWithNoRecordInThePeriodIsFlagged() {
    PillarScorecard tiebei = PillarScorecard.of(TERRITORY, TIEBEI, YEAR, ZONE, roster(), records());
    assertThat(tiebei.unrecorded()).containsExactly(Pillar.SAFETY_CO_MANAGEMENT);
    assertThat(tiebei.figure(Figure.DEPUTIES)).isEqualTo(1);
    assertThat(tiebei.figure(Figure.MEETINGS)).isEqualTo(1);
    assertThat(tiebei.figure(Figure.PROJECTS_FROM_AFFAIRS)).isEqualTo(1);
    assertThat(tiebei.figure(Figure.POINTS_AWARDED)).isEqualTo(20);
    PillarScorecard none = PillarScorecard.of(TERRITORY, BAIYUN, YEAR, ZONE, roster(), PillarRecords.EMPTY);
    assertThat(none.unrecorded()).containsExactlyElementsOf(Pillar.ARTICLE_FIVE);
    assertThat(none.figure(Figure.DEPUTIES)).as("linked, but no record of work").isEqualTo(1);
    assertThat(none.figure(Figure.SQUADS)).isEqualTo(2);
    assertThat(none.figure(Figure.COVERAGE_PER_MILLE)).isZero();
    PillarScorecard nextYear = PillarScorecard.of(TERRITORY, BAIYUN, Interval.of(END, END.plus(Duration.ofDays(365))),
        ZONE, roster(), records());
    assertThat(nextYear.unrecorded()).containsExactly(Pillar.PARTY_MASS_CO_BUILDING);
    assertThat(nextYear.figure(Figure.CONTACTS)).as("the first day of the next year is in it").isEqualTo(1);
  }

  @Test
  void theStreetCountsEveryCommunityBelowIt() {
    PillarScorecard street = PillarScorecard.of(TERRITORY, LANTIAN, YEAR, ZONE, roster(), records());
    assertThat(street.figure(Figure.MEETINGS)).isEqualTo(4);
    assertThat(street.figure(Figure.CONTACTS)).isEqualTo(3);
    assertThat(street.figure(Figure.DEPUTIES)).isEqualTo(2);
    assertThat(street.figure(Figure.SERVICES_DELIVERED)).isEqualTo(3);
  }

  private static List<String> rules(Runnable r) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, r::run);
    assertThat(e).as("refused").isNotNull();
    return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
  }

  @Test
  void recordsThatDoNotFitTogetherAreRefusedByField() {
    PillarRecords ok = records();
    assertThat(rules(() -> ok.toBuilder().patrols(List.of(patrol("pa1", G2, G2, "2024-03-04", 5))).build()))
        .containsExactly("patrols:record-ids-distinct");
    assertThat(rules(() -> ok.toBuilder().decisions(List.of(decide(affair("zz", BAIYUN, YEAR.start()), true,
        YEAR.start()))).build())).containsExactly("affair:decision-of-known-affair");
    assertThat(rules(() -> ok.toBuilder().decisions(List.of(decide(A2, true, local("2024-08-01T00:00")))).build()))
        .containsExactly("affair:one-decision-per-affair");
    assertThat(rules(() -> ok.toBuilder().affairProjects(List.of(new AffairProject(AffairId.of("a2"),
        ProjectId.of("P99")))).build())).containsExactly("affair:project-of-adopted-affair");
    assertThat(rules(() -> ok.toBuilder().incidents(List.of(incident("i9", "pa-none", B1, "2024-03-04T10:00")))
        .build())).containsExactly("patrol:incident-of-known-patrol");
  }

  @Test
  void theScorecardRefusesUnknownSquadsMisplacedIncidentsUnknownCommunitiesAndLongPeriods() {
    Roster roster = roster();
    PillarRecords unknownSquad = records().toBuilder().patrols(List.of(patrol("pa9", B1, B1, "2024-03-04", 5))).build();
    assertThat(rules(() -> PillarScorecard.of(TERRITORY, BAIYUN, YEAR, ZONE, roster, unknownSquad)))
        .containsExactly("squad:patrol-of-known-squad");
    PillarRecords wrongDay = records().toBuilder().incidents(List.of(incident("i9", "pa1", B1, "2024-03-05T00:00")))
        .build();
    assertThat(rules(() -> PillarScorecard.of(TERRITORY, BAIYUN, YEAR, ZONE, roster, wrongDay)))
        .containsExactly("grid:incident-on-patrol");
    PillarRecords wrongGrid = records().toBuilder().incidents(List.of(incident("i9", "pa1", B2, "2024-03-04T11:00")))
        .build();
    assertThat(rules(() -> PillarScorecard.of(TERRITORY, BAIYUN, YEAR, ZONE, roster, wrongGrid)))
        .containsExactly("grid:incident-on-patrol");
    assertThat(rules(() -> PillarScorecard.of(TERRITORY, io.github.jiceng.governance.model.grid.GridId.of("nowhere"),
        YEAR, ZONE, roster, records()))).containsExactly("community:grid-exists");
    Interval eleven = Interval.of(YEAR.start(), YEAR.start().plus(PillarScorecard.MAX_PERIOD).plusSeconds(1));
    DomainValidationException tooLong = catchThrowableOfType(DomainValidationException.class,
        () -> PillarScorecard.of(TERRITORY, BAIYUN, eleven, ZONE, roster, records()));
    Violation v = tooLong.violations().get(0);
    assertThat(v.rule()).isEqualTo("scorecard-period");
    assertThat(v.arguments()).containsEntry("max", "3653");
    PillarScorecard tenYears = PillarScorecard.of(TERRITORY, BAIYUN,
        Interval.of(YEAR.start(), YEAR.start().plus(PillarScorecard.MAX_PERIOD)), ZONE, roster, records());
    assertThat(tenYears.figure(Figure.PATROLS)).isEqualTo(5);
  }

  @Test
  void aListOfMoreThanTheLimitIsRefusedWithItsCount() {
    List<io.github.jiceng.governance.model.pillar.Patrol> many = java.util.Collections.nCopies(
        PillarRecords.MAX_RECORDS + 1, patrol("pa1", G1, B1, "2024-03-04", 5));
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class,
        () -> PillarRecords.builder().patrols(many).build());
    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("patrols", "records-limit"));
    assertThat(e.violations().get(0).arguments()).containsEntry("value", String.valueOf(PillarRecords.MAX_RECORDS + 1));
  }

  @Test
  void aRowHoldsExactlyItsPillarsFigures() {
    assertThat(rules(() -> new PillarScorecard.Row(Pillar.SERVICE_SHARING,
        new java.util.TreeMap<>(Map.of(Figure.PATROLS, 1L))))).containsExactly("figures:figures-of-pillar");
    PillarScorecard s = baiyun();
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> s.row(Pillar.SERVICE_SHARING).orElseThrow().figure(Figure.PATROLS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
