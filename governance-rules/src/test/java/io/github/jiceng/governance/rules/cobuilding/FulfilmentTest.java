package io.github.jiceng.governance.rules.cobuilding;

import static io.github.jiceng.governance.rules.cobuilding.Agreements.END;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.MEMBER;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.POWER;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.T0;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.member;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.post;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.service;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How far an agreement is fulfilled, measured from service records and posts. */
final class FulfilmentTest {

  private static final Instant MID_YEAR = Instant.parse("2023-07-02T12:00:00Z");
  private static final OrganizationId OTHER = OrganizationId.of("other-unit");
  private static final List<Post> SAFETY_HELD = List.of(post("post-safety", POWER, Optional.of(PersonId.of("p-x"))));

  @Test
  void owedServiceAccruesEvenlyOverThePeriodInWholeMinutesRoundedDown() {
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), T0).owed()).isZero();
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), T0.minusSeconds(1)).owed()).isZero();
    // 2023 has 365 days; 182.5 days in, half of 7,200 minutes is owed
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), MID_YEAR).owed()).isEqualTo(Duration.ofMinutes(3600));
    // one second in: 7,200 × 1 / 31,536,000 rounds down to nothing
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), T0.plusSeconds(1)).owed()).isZero();
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), T0.plus(Duration.ofDays(73))).owed())
        .isEqualTo(Duration.ofMinutes(1440));
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), END).owed()).isEqualTo(Duration.ofHours(120));
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), END.plus(Duration.ofDays(9))).owed())
        .isEqualTo(Duration.ofHours(120));
  }

  @Test
  void aUnitsServicesAreThoseItsOrganizationProvidedInsideThePeriodAndBeforeTheInstant() {
    List<ServiceRecord> services = List.of(
        service("s1", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(10)), Duration.ofHours(30), 12),
        service("s2", "r-other", POWER, List.of(MEMBER), T0.plus(Duration.ofDays(20)), Duration.ofHours(40), 5),
        // another unit's service, before the period, and at the instant itself: none counts
        service("s3", "r-repair", OTHER, List.of(), T0.plus(Duration.ofDays(30)), Duration.ofHours(99), 100),
        service("s4", "r-other", POWER, List.of(), T0.minus(Duration.ofDays(1)), Duration.ofHours(99), 100),
        service("s5", "r-other", POWER, List.of(), MID_YEAR, Duration.ofHours(99), 100));
    Fulfilment f = Fulfilment.measure(unit(), services, SAFETY_HELD, MID_YEAR);
    assertThat(f.agreement()).isEqualTo(AgreementId.of("a-power"));
    assertThat(f.at()).isEqualTo(MID_YEAR);
    assertThat(f.delivered()).isEqualTo(Duration.ofHours(70));
    assertThat(f.services()).isEqualTo(2);
    assertThat(f.peopleReached()).isEqualTo(17);
    // r-repair was drawn on by another unit's service: the resource was used all the same
    assertThat(f.resourcesCommitted()).isEqualTo(1);
    assertThat(f.resourcesUsed()).isEqualTo(1);
    assertThat(f.postsClaimed()).isEqualTo(1);
    assertThat(f.postsHeld()).isEqualTo(1);
    assertThat(f.level()).isEqualTo(Fulfilment.Level.MET);
    assertThat(f.perMille()).isEqualTo(4200L * 1000 / 3600);
    assertThat(f.assessmentCounts()).containsExactly(Map.entry(Fulfilment.MINUTES_ITEM, 4200L),
        Map.entry(Fulfilment.POSTS_ITEM, 1L), Map.entry(Fulfilment.RESOURCES_ITEM, 1L));
  }

  @Test
  void aMembersServicesAreThoseTheyPerformedWhoeverProvidedThem() {
    List<ServiceRecord> services = List.of(
        service("s1", "r-a", OTHER, List.of(MEMBER, PersonId.of("p-y")), T0.plus(Duration.ofDays(3)),
            Duration.ofHours(2), 4),
        service("s2", "r-a", POWER, List.of(PersonId.of("p-y")), T0.plus(Duration.ofDays(4)), Duration.ofHours(5), 4));
    Fulfilment f = Fulfilment.measure(member(), services, List.of(), MID_YEAR);
    assertThat(f.delivered()).isEqualTo(Duration.ofHours(2));
    assertThat(f.services()).isEqualTo(1);
    // 12 hours owed by mid-year: two delivered is part of it
    assertThat(f.owed()).isEqualTo(Duration.ofHours(12));
    assertThat(f.level()).isEqualTo(Fulfilment.Level.PARTLY_MET);
    assertThat(f.perMille()).isEqualTo(166);
  }

  @Test
  void aClaimedPostIsHeldByTheMemberThemselfOrForAUnitByAnyoneInAPostOfItsOrganization() {
    ActorId someone = PersonId.of("p-x");
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(post("post-safety", OTHER, Optional.of((PersonId) someone))),
        T0).postsHeld()).as("another organization's post").isZero();
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(post("post-safety", POWER, Optional.empty())), T0)
        .postsHeld()).as("a vacant post").isZero();
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(post("post-other", POWER, Optional.of(PersonId.of("p-x")))),
        T0).postsHeld()).as("a post not claimed").isZero();
    var claimed = Agreements.agreement("a-member", Agreements.ZHANBEI, MEMBER, member().period(), List.of(),
        Duration.ofHours(24), List.of(io.github.jiceng.governance.model.post.PostId.of("post-safety")),
        List.copyOf(member().integrations()));
    assertThat(Fulfilment.measure(claimed, List.of(), List.of(post("post-safety", POWER, Optional.of(MEMBER))), T0)
        .postsHeld()).isEqualTo(1);
    assertThat(Fulfilment.measure(claimed, List.of(), List.of(post("post-safety", POWER,
        Optional.of(PersonId.of("p-x")))), T0).postsHeld()).as("held by someone else").isZero();
  }

  @Test
  void theLevelIsMetOnlyWhenServicePostsAndAtTheEndResourcesAreAllThere() {
    ServiceRecord all = service("s1", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(1)), Duration.ofHours(120), 3);
    ServiceRecord other = service("s2", "r-other", POWER, List.of(), T0.plus(Duration.ofDays(1)), Duration.ofHours(120), 3);
    assertThat(Fulfilment.measure(unit(), List.of(all), SAFETY_HELD, END).level()).isEqualTo(Fulfilment.Level.MET);
    assertThat(Fulfilment.measure(unit(), List.of(other), SAFETY_HELD, MID_YEAR).level())
        .as("a resource not used yet, before the end").isEqualTo(Fulfilment.Level.MET);
    assertThat(Fulfilment.measure(unit(), List.of(other), SAFETY_HELD, END).level())
        .as("a resource never used, at the end").isEqualTo(Fulfilment.Level.PARTLY_MET);
    assertThat(Fulfilment.measure(unit(), List.of(all), List.of(), END).level())
        .as("the post not held").isEqualTo(Fulfilment.Level.PARTLY_MET);
    assertThat(Fulfilment.measure(unit(), List.of(), List.of(), END).level()).isEqualTo(Fulfilment.Level.NOT_MET);
    assertThat(Fulfilment.measure(unit(), List.of(), SAFETY_HELD, END).level())
        .as("only the post held").isEqualTo(Fulfilment.Level.PARTLY_MET);
    // nothing owed yet, no post claimed: a member's fresh report is met
    assertThat(Fulfilment.measure(member(), List.of(), List.of(), T0).level()).isEqualTo(Fulfilment.Level.MET);
    assertThat(Fulfilment.measure(member(), List.of(), List.of(), T0).perMille()).isEqualTo(1000);
  }

  @Test
  void figuresThatDoNotFitTogetherAreBadInput() {
    assertThatThrownBy(() -> new Fulfilment(AgreementId.of("a"), T0, Duration.ZERO, Duration.ZERO, 0, 0, 1, 2, 0, 0,
        Fulfilment.Level.MET)).isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("resourcesUsed"));
    assertThatThrownBy(() -> new Fulfilment(AgreementId.of("a"), T0, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0, 1, 2,
        Fulfilment.Level.MET)).isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("postsHeld"));
    assertThatThrownBy(() -> new Fulfilment(AgreementId.of("a"), T0, Duration.ofMinutes(-1), Duration.ZERO, 0, 0, 0, 0,
        0, 0, Fulfilment.Level.MET)).isInstanceOf(DomainValidationException.class);
    assertThatThrownBy(() -> Fulfilment.measure(unit(), List.of(), List.of(), Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("instant-range"));
  }
}
