package io.github.jiceng.governance.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.venue.ArticleVenues;
import io.github.jiceng.governance.sim.report.ArticleCheck;
import io.github.jiceng.governance.sim.report.ArticleFigure;
import io.github.jiceng.governance.sim.report.ArticleFigure.Status;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check of the article's figures can fail: the seed scenario with one figure broken shows
 * that row, and only the rows that depend on the same data, as not matching; a scenario without
 * the data of a figure shows it as not in the scenario, never as a match.
 */
final class ArticleCheckOfBrokenScenariosTest {

  private static Scenario seed;

  @BeforeAll
  static void readTheSeed() throws IOException {
    seed = SeedScenario.read();
  }

  private static ArticleCheck check(Scenario s) {
    return ArticleCheck.of(s, ArticleScenario.AS_OF, Fund.CHINA);
  }

  /** Each figure's status, by key. */
  private static Map<String, Status> statuses(ArticleCheck c) {
    Map<String, Status> out = new TreeMap<>();
    c.figures().forEach(f -> out.put(f.key(), f.status()));
    return out;
  }

  /** The keys whose status is not a match. */
  private static List<String> notMatching(ArticleCheck c) {
    return c.figures().stream().filter(f -> !f.matches()).map(ArticleFigure::key).toList();
  }

  @Test
  void theSeedItselfMatchesEveryFigure() {
    assertThat(notMatching(check(seed))).isEmpty();
  }

  @Test
  void oneVolunteerTeamRemovedWithItsVolunteersShowsElevenTeamsAndTooFewVolunteers() {
    Roster r = seed.section(ScenarioSection.ROSTER).orElseThrow();
    OrganizationId gone = OrganizationId.of("zhanbei-team-12");
    List<Person> kept = new ArrayList<>();
    int volunteersGone = 0;
    for (Person p : r.persons()) {
      if (p.roles().stream().anyMatch(role -> role instanceof Role.Volunteer v && v.team().equals(gone))) {
        volunteersGone++;
      } else {
        kept.add(p);
      }
    }
    Roster broken = Roster.builder().addAllPersons(kept).addAllHouseholds(r.households())
        .addAllOrganizations(r.organizations().stream().filter(o -> !o.id().equals(gone)).toList())
        .addAllSquads(r.squads()).addAllPosts(r.posts()).addAllAbsences(r.absences()).build();
    ArticleCheck c = check(seed.with(ScenarioSection.ROSTER, broken));

    assertThat(volunteersGone).isEqualTo(240);
    assertThat(c.figure(ArticleCheck.ZHANBEI_TEAMS).orElseThrow()).satisfies(f -> {
      assertThat(f.status()).isEqualTo(Status.DIFFERS);
      assertThat(f.derived()).hasValue(11);
    });
    assertThat(c.figure(ArticleCheck.ZHANBEI_VOLUNTEERS).orElseThrow().derived()).hasValue(3080 - 240);
    assertThat(notMatching(c)).containsExactly(ArticleCheck.ZHANBEI_TEAMS, ArticleCheck.ZHANBEI_VOLUNTEERS);
    assertThat(c.allMatch()).isFalse();
  }

  @Test
  void theFundsStartMovedShowsTheLaunchAsDifferingAndTheMoneyStillMatching() {
    FundSetup setup = seed.section(ScenarioSection.FUND).orElseThrow();
    Fund f = setup.fund();
    Fund moved = Fund.builder().id(f.id()).name(f.name()).grid(f.grid()).zone(f.zone())
        .launchedOn(LocalDate.of(2021, 6, 1)).build();
    ArticleCheck c = check(seed.with(ScenarioSection.FUND, new FundSetup(moved, setup.policy())));

    ArticleFigure launch = c.figure(ArticleCheck.FUND_LAUNCH).orElseThrow();
    assertThat(launch.status()).isEqualTo(Status.DIFFERS);
    assertThat(launch.derived()).hasValue(LocalDate.of(2021, 6, 1).toEpochDay());
    assertThat(launch.stated()).isEqualTo(LocalDate.of(2021, 6, 9).toEpochDay());
    assertThat(notMatching(c)).containsExactly(ArticleCheck.FUND_LAUNCH);
  }

  @Test
  void oneClueLessShowsSixtyFiveClues() {
    List<ClueCase> clues = seed.section(ScenarioSection.CLUES).orElseThrow();
    // the last clue collected that no other clue was merged into and that became no project
    ClueCase dropped = clues.stream().filter(c -> c.duplicates().isEmpty() && c.implementation().isEmpty()
        && c.mergedInto().isEmpty()).reduce((a, b) -> b).orElseThrow();
    List<ClueCase> fewer = clues.stream().filter(c -> !c.equals(dropped)).toList();
    ArticleCheck c = check(seed.with(ScenarioSection.CLUES, fewer));

    assertThat(c.figure(ArticleCheck.CLUES).orElseThrow().derived()).hasValue(65);
    assertThat(notMatching(c)).containsExactly(ArticleCheck.CLUES);
  }

  @Test
  void theCentreIsNotInAScenarioWithoutItsRoomsAsResources() {
    List<Resource> all = seed.section(ScenarioSection.RESOURCES).orElseThrow();
    List<Resource> withoutCinema = all.stream().filter(r -> !r.id().value().equals(ArticleVenues.CINEMA.value())).toList();
    // the service chain lists the same resources, so both go: the places and the resources alone
    Scenario rooms = Scenario.builder().section(ScenarioSection.HIERARCHY, seed.hierarchy())
        .section(ScenarioSection.RESOURCES, all).build();
    Scenario noCinema = Scenario.builder().section(ScenarioSection.HIERARCHY, seed.hierarchy())
        .section(ScenarioSection.RESOURCES, withoutCinema).build();

    assertThat(check(rooms).figure(ArticleCheck.ZHANBEI_CENTRE_AREA).orElseThrow().derived()).hasValue(3900);
    assertThat(check(rooms).figure(ArticleCheck.ZHANBEI_CENTRE_AREA).orElseThrow().matches()).isTrue();
    assertThat(check(noCinema).figure(ArticleCheck.ZHANBEI_CENTRE_AREA).orElseThrow()).satisfies(f -> {
      assertThat(f.status()).isEqualTo(Status.NOT_IN_SCENARIO);
      assertThat(f.derived()).isEmpty();
      assertThat(f.matches()).isFalse();
    });
    assertThat(check(noCinema).count(Status.NOT_IN_SCENARIO)).isEqualTo(13);
  }

  @Test
  void aScenarioOfOtherPlacesHoldsNoneOfTheFiguresAndMatchesNone() {
    ArticleCheck c = check(SyntheticScenarios.small());
    assertThat(statuses(c)).hasSize(13).allSatisfy((key, status) -> assertThat(status).as(key)
        .isEqualTo(Status.NOT_IN_SCENARIO));
    assertThat(c.anyInScenario()).isFalse();
    assertThat(c.allMatch()).isFalse();
  }

  @Test
  void theSeedWithoutItsFundEntriesHasTheLaunchButNotTheMoney() {
    Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, seed.hierarchy())
        .section(ScenarioSection.FUND, seed.section(ScenarioSection.FUND).orElseThrow()).build();
    ArticleCheck c = check(s);

    assertThat(c.figure(ArticleCheck.FUND_LAUNCH).orElseThrow().status()).isEqualTo(Status.MATCHES);
    assertThat(statuses(c)).containsEntry(ArticleCheck.FUND_FROM_UNITS, Status.NOT_IN_SCENARIO)
        .containsEntry(ArticleCheck.FUND_FROM_OTHERS, Status.NOT_IN_SCENARIO)
        .containsEntry(ArticleCheck.ZHANBEI_TEAMS, Status.NOT_IN_SCENARIO)
        .containsEntry(ArticleCheck.CLUES, Status.NOT_IN_SCENARIO);
    assertThat(c.count(Status.MATCHES)).isEqualTo(1);
    assertThat(c.anyInScenario()).isTrue();
  }
}
