package io.github.jiceng.governance.model.cobuilding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

final class CoBuildingAgreementTest {

  private static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  private static CoBuildingAgreement.Builder base(ActorId reporter) {
    return CoBuildingAgreement.builder().id(AgreementId.of("a-1")).community(GridId.of("zhanbei")).reporter(reporter)
        .reportedAt(T0).period(Interval.of(T0, T0.plus(Duration.ofDays(365))));
  }

  private static List<String> rules(UnaryOperator<CoBuildingAgreement.Builder> b) {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class,
        () -> b.apply(base(OrganizationId.of("unit"))).build());
    assertThat(e).as("refused").isNotNull();
    return e.violations().stream().map(Violation::rule).toList();
  }

  @Test
  void whoReportedDecidesTheKind() {
    CoBuildingAgreement unit = base(OrganizationId.of("unit")).serviceHours(Duration.ofHours(10))
        .addIntegrations(Integration.CO_BUILDING).build();
    CoBuildingAgreement member = base(PersonId.of("p-1")).addPosts(PostId.of("post"))
        .addIntegrations(Integration.CO_BUILDING).build();
    assertThat(unit.kind()).isEqualTo(CoBuildingAgreement.Kind.UNIT);
    assertThat(member.kind()).isEqualTo(CoBuildingAgreement.Kind.PARTY_MEMBER);
    assertThat(member.serviceHours()).isZero();
    assertThat(unit.toString()).isEqualTo("CoBuildingAgreement[a-1, community=zhanbei, reporter=unit, "
        + "period=" + unit.period() + ", resources=0, serviceHours=PT10H, posts=0, integrations=[CO_BUILDING]]");
  }

  @Test
  void aReportCommitsSomethingAndServesAnIntegration() {
    assertThat(rules(b -> b)).containsExactly("commits-something", "serves-an-integration");
    assertThat(rules(b -> b.addResources(ResourceId.of("r")))).containsExactly("serves-an-integration");
    assertThat(rules(b -> b.serviceHours(Duration.ZERO).addIntegrations(Integration.CO_SHARING)))
        .containsExactly("commits-something");
  }

  @Test
  void hoursAreWholeMinutesWithinThePeriodAndNothingIsListedTwice() {
    UnaryOperator<CoBuildingAgreement.Builder> ok = b -> b.addIntegrations(Integration.CO_SHARING);
    assertThat(rules(b -> ok.apply(b).serviceHours(Duration.ofSeconds(90)))).containsExactly("whole-minutes-within-period");
    assertThat(rules(b -> ok.apply(b).serviceHours(Duration.ofMinutes(-1)))).contains("whole-minutes-within-period");
    assertThat(rules(b -> ok.apply(b).serviceHours(Duration.ofDays(366)))).containsExactly("whole-minutes-within-period");
    assertThat(base(OrganizationId.of("unit")).serviceHours(Duration.ofDays(365)).addIntegrations(Integration.CO_SHARING)
        .build().serviceHours()).isEqualTo(Duration.ofDays(365));
    assertThat(rules(b -> ok.apply(b).addResources(ResourceId.of("r"), ResourceId.of("r")))).containsExactly("no-repeats");
    assertThat(rules(b -> ok.apply(b).addPosts(PostId.of("p"), PostId.of("p")))).containsExactly("no-repeats");
  }

  @Test
  void thePeriodIsAtMostTenYears() {
    DomainValidationException tooLong = catchThrowableOfType(DomainValidationException.class,
        () -> CoBuildingAgreement.builder().id(AgreementId.of("a")).community(GridId.of("g"))
            .reporter(OrganizationId.of("u")).reportedAt(T0)
            .period(Interval.of(T0, T0.plus(Duration.ofDays(CoBuildingAgreement.MAX_PERIOD_DAYS + 1))))
            .addResources(ResourceId.of("r")).addIntegrations(Integration.CO_SHARING).build());
    assertThat(tooLong.violations()).extracting(Violation::rule).containsExactly("period-length");
  }
}
