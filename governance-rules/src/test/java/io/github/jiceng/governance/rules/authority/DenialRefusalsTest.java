package io.github.jiceng.governance.rules.authority;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A denial of scoped authority is a coded {@link Refusal} with its ids as named arguments. */
final class DenialRefusalsTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
  private static final ScopedAuthority AUTHORITY = ScopedAuthority.of(territory(), roster(), AuthorityPolicy.DEFAULT);

  private static Refusal refusal(ScopedAuthority authority, ActorId actor, GridId grid, Action action) {
    AuthorityDecision d = authority.decide(actor, Target.of(grid, action), NOW);
    assertThat(d).isInstanceOf(AuthorityDecision.Denied.class);
    assertThat(d.refusalIfAny()).contains(((AuthorityDecision.Denied) d).refusal());
    return ((AuthorityDecision.Denied) d).refusal();
  }

  @Test
  void keysAreTheFeatureAuthorityAndTheConstantInKebabCase() {
    assertThat(DenialReason.OUTSIDE_SCOPE.key()).isEqualTo("authority.outside-scope");
    assertThat(DenialReason.NOT_ACTING_HOLDER.key()).isEqualTo("authority.not-acting-holder");
    assertThat(new AuthorityDecision.Allowed(new Basis.ViaRole(io.github.jiceng.governance.model.actor.RoleKind.DEPUTY, G1))
        .refusalIfAny()).isEmpty();
  }

  @Test
  void everyDenialNamesTheActorTheActionAndTheGridFirst() {
    Refusal outside = refusal(AUTHORITY, HEAD1_A, G2_B1, Action.DISPATCH);

    assertThat(outside.code()).isEqualTo(DenialReason.OUTSIDE_SCOPE);
    assertThat(outside.arguments()).containsExactly(Map.entry("actor", HEAD1_A.value()), Map.entry("action", "DISPATCH"),
        Map.entry("grid", G2_B1.value()), Map.entry("scope", G1.value()));
    assertThat(outside.detail()).startsWith(HEAD1_A.value() + " may not DISPATCH at " + G2_B1.value() + ": ");
  }

  @Test
  void aHolderWhoDoesNotActIsToldWhichPostAndSlot() {
    Refusal b = refusal(AUTHORITY, SEC_B, G1, Action.APPROVE);

    assertThat(b.code()).isEqualTo(DenialReason.NOT_ACTING_HOLDER);
    assertThat(b.arguments()).containsEntry("post", EXEC.value()).containsEntry("slot", "B");
  }

  @Test
  void aGrantThatCoversTheGridButNotTheActionNamesWhatItGrants() {
    Refusal dispatch = refusal(AUTHORITY, DEPUTY, G1, Action.DISPATCH);

    assertThat(dispatch.code()).isEqualTo(DenialReason.ACTION_NOT_GRANTED);
    assertThat(dispatch.arguments().get("granted")).contains("RAISE", "ADVISE").doesNotContain("DISPATCH");
    assertThat(dispatch.arguments()).containsKey("scope");
  }

  @Test
  void theUnknownGridIsToldTheRootOfTheHierarchy() {
    Refusal r = refusal(AUTHORITY, SEC_A, GridId.of("nowhere"), Action.RAISE);

    assertThat(r.code()).isEqualTo(DenialReason.UNKNOWN_GRID);
    assertThat(r.arguments()).containsEntry("root", territory().root().value()).containsEntry("grid", "nowhere");
  }

  @Test
  void everyCodeIsReachedAndBothLanguagesHaveATemplateUsingExactlyItsArguments() {
    Interval leave = Interval.starting(NOW.minus(Duration.ofDays(1)), Duration.ofDays(3));
    Roster r = roster();
    ScopedAuthority away = ScopedAuthority.of(territory(), Roster.builder().addAllPersons(r.persons())
        .addAllOrganizations(r.organizations()).addAllHouseholds(r.households()).addAllSquads(r.squads())
        .addAllPosts(r.posts()).addAbsences(new Absence(SEC_A, leave, AbsenceKind.LEAVE),
            new Absence(SEC_B, leave, AbsenceKind.OFFICIAL_DUTY)).build(), AuthorityPolicy.DEFAULT);
    List<Refusal> refusals = new ArrayList<>(List.of(
        refusal(AUTHORITY, SEC_A, GridId.of("nowhere"), Action.RAISE),
        refusal(AUTHORITY, PersonId.of("nobody"), G1, Action.RAISE),
        refusal(AUTHORITY, SEC_B, G1, Action.APPROVE),
        refusal(away, SEC_B, G1, Action.APPROVE),
        refusal(AUTHORITY, DEPUTY, G1, Action.DISPATCH),
        refusal(AUTHORITY, RESIDENT1, G1, Action.RAISE),
        refusal(AUTHORITY, VOLUNTEER, TIEBEI, Action.DISPATCH)));
    PlatformViews.View hidden = PlatformViews.of(AUTHORITY, territory(), roster()).view(RESIDENT1,
        PlatformSection.VILLAGER, new PlatformRecord(PlatformRecord.Kind.PROPOSAL, G1, java.util.Optional.of(SEC_A)),
        NOW);
    refusals.add(((PlatformViews.View.Hidden) hidden).refusal());

    assertThat(refusals.stream().map(Refusal::code).distinct()).containsExactlyInAnyOrder(DenialReason.values());
    for (Refusal refusal : refusals) {
      for (Language language : Language.values()) {
        assertThat(RefusalMessages.of(language).template(refusal.code()).map(TextTemplates::placeholders))
            .as("the %s text of %s", language.tag(), refusal.code().key())
            .hasValueSatisfying(names -> assertThat(names).containsExactlyInAnyOrderElementsOf(refusal.arguments().keySet()));
      }
    }
  }

  @Test
  void aDenialTakesOnlyCodesOfThisFeature() {
    Refusal foreign = Refusal.of(Foreign.OTHER, "not an authority code");

    assertThatThrownBy(() -> new AuthorityDecision.Denied(foreign)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other.other");
  }

  private enum Foreign implements io.github.jiceng.governance.rules.decider.RefusalCode {
    OTHER;

    @Override
    public String key() {
      return "other.other";
    }
  }
}
