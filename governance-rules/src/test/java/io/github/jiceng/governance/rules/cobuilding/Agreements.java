package io.github.jiceng.governance.rules.cobuilding;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shared builders of the co-building tests: a year-long agreement of 站北社区 from 2023-01-01. */
final class Agreements {

  static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2024-01-01T00:00:00Z");
  static final GridId ZHANBEI = GridId.of("zhanbei");
  static final OrganizationId POWER = OrganizationId.of("power-supply-party-branch");
  static final PersonId MEMBER = PersonId.of("p-in-service-member");

  private Agreements() {}

  /** The power-supply unit's report: 120 hours, one resource, one post, serving 共建 and 共享. */
  static CoBuildingAgreement unit() {
    return agreement("a-power", ZHANBEI, POWER, Interval.of(T0, END), List.of(ResourceId.of("r-repair")),
        Duration.ofHours(120), List.of(PostId.of("post-safety")), List.of(Integration.CO_BUILDING,
            Integration.CO_SHARING));
  }

  /** A party member's report: 24 hours, no resource, no post, serving 共融. */
  static CoBuildingAgreement member() {
    return agreement("a-member", ZHANBEI, MEMBER, Interval.of(T0, END), List.of(), Duration.ofHours(24), List.of(),
        List.of(Integration.CO_INTEGRATION));
  }

  static CoBuildingAgreement agreement(String id, GridId community, ActorId reporter, Interval period,
      List<ResourceId> resources, Duration hours, List<PostId> posts, List<Integration> integrations) {
    return CoBuildingAgreement.builder().id(AgreementId.of(id)).community(community).reporter(reporter)
        .reportedAt(period.start()).period(period).addAllResources(resources).serviceHours(hours).addAllPosts(posts)
        .addAllIntegrations(integrations).build();
  }

  static ServiceRecord service(String id, String resource, OrganizationId provider, List<ActorId> by, Instant start,
      Duration effort, int beneficiaries) {
    return ServiceRecord.builder().id(ServiceId.of(id)).addDemands(DemandId.of("d-" + id))
        .resource(ResourceId.of(resource)).provider(provider).channel(Channel.CLAIM).addAllPerformedBy(by)
        .time(Interval.of(start, start.plus(effort))).effort(effort).beneficiaries(beneficiaries)
        .cost(Money.ZERO).build();
  }

  static Post post(String id, OrganizationId organization, Optional<PersonId> holder) {
    return Post.builder().id(PostId.of(id)).kind(PostKind.EXECUTIVE_SECRETARY).organization(organization)
        .scope(ZHANBEI).holderA(holder).build();
  }
}
