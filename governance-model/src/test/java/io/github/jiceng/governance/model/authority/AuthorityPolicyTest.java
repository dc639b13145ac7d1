package io.github.jiceng.governance.model.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class AuthorityPolicyTest {

  @Test
  void theDefaultGrantsWhatItsDescriptionSays() {
    AuthorityPolicy p = AuthorityPolicy.DEFAULT;
    assertThat(p.actionsOf(PostKind.EXECUTIVE_SECRETARY)).containsExactly(Action.values());
    assertThat(p.actionsOf(PostKind.PARTY_SECRETARY)).containsExactly(Action.values());
    assertThat(p.actionsOf(PostKind.DEPUTY_SECRETARY)).containsExactly(Action.values());
    assertThat(p.actionsOf(PostKind.GRID_HEAD)).containsExactly(Action.RAISE, Action.ADVISE, Action.DISPATCH,
        Action.READ);
    assertThat(p.actionsOf(PostKind.VILLAGER_GROUP_HEAD)).containsExactly(Action.RAISE, Action.ADVISE, Action.READ);
    assertThat(p.actionsOf(RoleKind.RESIDENT)).containsExactly(Action.RAISE, Action.READ);
    assertThat(p.actionsOf(RoleKind.DEPUTY)).containsExactly(Action.RAISE, Action.ADVISE);
    assertThat(p.actionsOf(OrganizationKind.PAIRED_UNIT)).containsExactly(Action.RAISE);
    assertThat(p.actionsOf(OrganizationKind.PARTY_ORGANIZATION)).isEmpty();
    assertThat(p.actionsOf(PostKind.of("UNKNOWN"))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Action.class, names = {"DISPATCH", "APPROVE", "READ"})
  void neverGrantsADeputyMoreThanRaisingAndAdvising(Action action) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> AuthorityPolicy.builder()
        .addRoleGrant(new RoleGrant(RoleKind.DEPUTY, EnumSet.of(Action.RAISE, action))).build());
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("deputies-raise-and-advise-only");
      assertThat(v.detail()).contains(action.name());
    });
  }

  @Test
  void grantsEachKindOnce() {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> AuthorityPolicy.builder()
        .addPostGrants(new PostGrant(PostKind.GRID_HEAD, Set.of()), new PostGrant(PostKind.GRID_HEAD, Set.of()))
        .addRoleGrants(new RoleGrant(RoleKind.RESIDENT, Set.of()), new RoleGrant(RoleKind.RESIDENT, Set.of()))
        .build());
    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("postGrants", "roleGrants");
  }

  @Test
  void grantsCopyTheirActions() {
    Set<Action> mutable = EnumSet.of(Action.RAISE);
    RoleGrant g = new RoleGrant(RoleKind.DEPUTY, mutable);
    mutable.add(Action.DISPATCH);
    assertThat(g.actions()).containsExactly(Action.RAISE);
  }
}
