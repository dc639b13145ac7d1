package io.github.jiceng.governance.rules.authority;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class ScopedAuthorityTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
  private static final Interval LEAVE = Interval.starting(NOW.minus(Duration.ofDays(1)), Duration.ofDays(3));

  private static final ScopedAuthority AUTHORITY = ScopedAuthority.of(territory(), roster(), AuthorityPolicy.DEFAULT);

  private static ScopedAuthority withAbsences(Absence... absences) {
    Roster r = roster();
    return ScopedAuthority.of(territory(), Roster.builder().addAllPersons(r.persons()).addAllOrganizations(r.organizations())
        .addAllHouseholds(r.households()).addAllSquads(r.squads()).addAllPosts(r.posts()).addAbsences(absences).build(),
        AuthorityPolicy.DEFAULT);
  }

  private static AuthorityDecision decide(ScopedAuthority a, ActorId actor, GridId grid, Action action) {
    return a.decide(actor, Target.of(grid, action), NOW);
  }

  private static DenialReason denial(AuthorityDecision d) {
    assertThat(d).isInstanceOf(AuthorityDecision.Denied.class);
    return ((AuthorityDecision.Denied) d).reason();
  }

  @Test
  void theExecutiveSecretaryActsAnywhereInTheCommunity() {
    assertThat(decide(AUTHORITY, SEC_A, B1, Action.APPROVE))
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaPost(EXEC, HolderSlot.A, BAIYUN)));
    assertThat(decide(AUTHORITY, SEC_A, BAIYUN, Action.DISPATCH).isAllowed()).isTrue();
  }

  @Test
  void actsInItsOwnSubtreeOnly() {
    assertThat(denial(decide(AUTHORITY, SEC_A, TIEBEI, Action.APPROVE))).isEqualTo(DenialReason.OUTSIDE_SCOPE);
    assertThat(denial(decide(AUTHORITY, SEC_A, LANTIAN, Action.APPROVE))).as("the street above").isEqualTo(DenialReason.OUTSIDE_SCOPE);
    assertThat(decide(AUTHORITY, HEAD1_A, B2, Action.DISPATCH).isAllowed()).isTrue();
    AuthorityDecision d = decide(AUTHORITY, HEAD1_A, G2_B1, Action.DISPATCH);
    assertThat(denial(d)).isEqualTo(DenialReason.OUTSIDE_SCOPE);
    assertThat(((AuthorityDecision.Denied) d).detail()).contains("head-g1", "baiyun-g2-b1");
  }

  @Test
  void bActsOnlyWhileAIsAway() {
    AuthorityDecision present = decide(AUTHORITY, SEC_B, G1, Action.APPROVE);
    assertThat(denial(present)).isEqualTo(DenialReason.NOT_ACTING_HOLDER);
    assertThat(((AuthorityDecision.Denied) present).detail()).contains("only while A is away", "p-sec-a");

    ScopedAuthority aAway = withAbsences(new Absence(SEC_A, LEAVE, AbsenceKind.LEAVE));
    assertThat(decide(aAway, SEC_B, G1, Action.APPROVE))
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaPost(EXEC, HolderSlot.B, BAIYUN)));
    assertThat(denial(decide(aAway, SEC_A, G1, Action.APPROVE))).as("A while away").isEqualTo(DenialReason.NOT_ACTING_HOLDER);
    assertThat(aAway.decide(SEC_B, Target.of(G1, Action.APPROVE), LEAVE.end()).isAllowed()).as("A is back at the end").isFalse();
  }

  @Test
  void theDeputySecretaryActsOnTheirOwnPostAndOnTheSecretarysOnlyWhileTheSecretaryIsAway() {
    PostId secretary = PostId.of("baiyun-secretary");
    PostId deputy = PostId.of("baiyun-deputy");
    Roster r = roster();
    Roster.Builder b = Roster.builder().addAllPersons(r.persons()).addAllOrganizations(r.organizations())
        .addAllHouseholds(r.households()).addAllSquads(r.squads())
        .addPosts(post(secretary, PostKind.PARTY_SECRETARY, BRANCH, BAIYUN, SEC_A, SEC_B),
            post(deputy, PostKind.DEPUTY_SECRETARY, BRANCH, G1, SEC_B, HEAD1_A));
    ScopedAuthority present = ScopedAuthority.of(territory(), b.build(), AuthorityPolicy.DEFAULT);
    for (Action action : Action.values()) {
      assertThat(decide(present, SEC_A, B1, action))
          .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaPost(secretary, HolderSlot.A, BAIYUN)));
    }
    assertThat(decide(present, SEC_B, G1, Action.APPROVE))
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaPost(deputy, HolderSlot.A, G1)));
    assertThat(denial(decide(present, SEC_B, G2, Action.APPROVE))).as("the secretary is present")
        .isEqualTo(DenialReason.NOT_ACTING_HOLDER);
    ScopedAuthority away = ScopedAuthority.of(territory(), b.addAbsences(new Absence(SEC_A, LEAVE, AbsenceKind.LEAVE))
        .build(), AuthorityPolicy.DEFAULT);
    assertThat(decide(away, SEC_B, G2, Action.APPROVE))
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaPost(secretary, HolderSlot.B, BAIYUN)));
    assertThat(denial(decide(away, SEC_B, TIEBEI, Action.APPROVE))).isEqualTo(DenialReason.OUTSIDE_SCOPE);
  }

  @Test
  void aVacantPostGrantsNothing() {
    ScopedAuthority bothAway = withAbsences(new Absence(SEC_A, LEAVE, AbsenceKind.LEAVE),
        new Absence(SEC_B, LEAVE, AbsenceKind.OFFICIAL_DUTY));
    AuthorityDecision d = decide(bothAway, SEC_B, G1, Action.APPROVE);
    assertThat(denial(d)).isEqualTo(DenialReason.NOT_ACTING_HOLDER);
    assertThat(((AuthorityDecision.Denied) d).detail()).contains("vacant", "BOTH_AWAY");
  }

  @Test
  void deputiesRaiseAndAdviseButNeverDispatch() {
    assertThat(decide(AUTHORITY, DEPUTY, B1, Action.RAISE))
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaRole(RoleKind.DEPUTY, G1)));
    assertThat(decide(AUTHORITY, DEPUTY, G1, Action.ADVISE).isAllowed()).isTrue();
    AuthorityDecision dispatch = decide(AUTHORITY, DEPUTY, G1, Action.DISPATCH);
    assertThat(denial(dispatch)).isEqualTo(DenialReason.ACTION_NOT_GRANTED);
    assertThat(((AuthorityDecision.Denied) dispatch).detail()).contains("DEPUTY", "not DISPATCH");
    assertThat(denial(decide(AUTHORITY, DEPUTY, G1, Action.APPROVE))).isEqualTo(DenialReason.ACTION_NOT_GRANTED);
    assertThat(denial(decide(AUTHORITY, DEPUTY, G2, Action.RAISE))).isEqualTo(DenialReason.OUTSIDE_SCOPE);
  }

  @Test
  void residentsRaiseForTheirOwnHouseholdOnly() {
    assertThat(decide(AUTHORITY, RESIDENT1, B1, Action.RAISE))
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaRole(RoleKind.RESIDENT, B1)));
    assertThat(denial(decide(AUTHORITY, RESIDENT1, G1, Action.RAISE))).isEqualTo(DenialReason.OUTSIDE_SCOPE);
    assertThat(denial(decide(AUTHORITY, RESIDENT1, B1, Action.DISPATCH))).isEqualTo(DenialReason.ACTION_NOT_GRANTED);
  }

  @Test
  void liaisonsActAtTheirHouseholdsAndUnitsAtTheirGrids() {
    assertThat(decide(AUTHORITY, LIAISON, G2_B1, Action.ADVISE).isAllowed()).isTrue();
    assertThat(decide(AUTHORITY, UNIT, B2, Action.RAISE))
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaOrganization(OrganizationKind.RESIDENT_UNIT, G1)));
    assertThat(denial(decide(AUTHORITY, UNIT, G1, Action.DISPATCH))).isEqualTo(DenialReason.ACTION_NOT_GRANTED);
    assertThat(denial(decide(AUTHORITY, BRANCH, G1, Action.RAISE))).as("a party organization acts through its posts")
        .isEqualTo(DenialReason.ACTION_NOT_GRANTED);
    assertThat(denial(decide(AUTHORITY, VOLUNTEER, TIEBEI, Action.DISPATCH))).isEqualTo(DenialReason.NO_GRANT);
    assertThat(decide(AUTHORITY, SOCIAL, G2, Action.ADVISE)).as("through the station's grids")
        .isEqualTo(new AuthorityDecision.Allowed(new Basis.ViaRole(RoleKind.SOCIAL_WORKER, BAIYUN)));
  }

  @Test
  void unknownGridsAndActorsAreRefusedByName() {
    assertThat(denial(decide(AUTHORITY, SEC_A, GridId.of("nowhere"), Action.RAISE))).isEqualTo(DenialReason.UNKNOWN_GRID);
    assertThat(denial(decide(AUTHORITY, PersonId.of("nobody"), G1, Action.RAISE))).isEqualTo(DenialReason.UNKNOWN_ACTOR);
    assertThat(denial(decide(AUTHORITY, OrganizationId.of("none"), G1, Action.RAISE))).isEqualTo(DenialReason.UNKNOWN_ACTOR);
  }

  @Test
  void refusalsCarryIdsNotPersonalData() {
    for (var p : roster().persons()) {
      for (Action action : Action.values()) {
        AuthorityDecision d = decide(AUTHORITY, p.id(), TIEBEI, action);
        assertThat(d.toString()).doesNotContain(p.name().rawValue()).doesNotContain(p.mobile().orElseThrow().rawValue());
      }
    }
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(GridHierarchy.class, territory())
        .setDefault(Roster.class, roster()).setDefault(AuthorityPolicy.class, AuthorityPolicy.DEFAULT)
        .setDefault(ActorId.class, SEC_A).setDefault(Target.class, Target.of(G1, Action.RAISE))
        .setDefault(GridId.class, G1).setDefault(io.github.jiceng.governance.model.post.PostId.class, EXEC)
        .setDefault(Basis.class, new Basis.ViaRole(RoleKind.DEPUTY, G1))
        .setDefault(io.github.jiceng.governance.rules.decider.Refusal.class,
            io.github.jiceng.governance.rules.decider.Refusal.of(DenialReason.NO_GRANT, "nothing grants it"));
    t.testAllPublicStaticMethods(ScopedAuthority.class);
    t.testAllPublicInstanceMethods(AUTHORITY);
    t.testAllPublicStaticMethods(Target.class);
    for (Class<?> c : new Class<?>[] {Target.class, Basis.ViaPost.class, Basis.ViaRole.class, Basis.ViaOrganization.class,
        AuthorityDecision.Allowed.class, AuthorityDecision.Denied.class}) {
      t.testAllPublicConstructors(c);
    }
  }
}
