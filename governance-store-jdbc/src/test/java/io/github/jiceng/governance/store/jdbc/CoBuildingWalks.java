package io.github.jiceng.governance.store.jdbc;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
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
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingCommand;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingRules;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded walks over co-building agreements: reports by units and party members with random
 * commitments, joint-meeting reviews measured from random service records, feedback, and now and
 * then a step the rules refuse. The resources are the project walks' ({@link ProjectWalks}), so
 * that a resource list and a project list of one store link up.
 */
final class CoBuildingWalks {

  static final CoBuildingRules RULES = CoBuildingRules.of(OneLeadFourIntegrations.ARTICLE);

  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  static final List<GridId> COMMUNITIES = List.of(GridId.of("xuemeili"), GridId.of("nanyuan"));

  static final List<ActorId> REPORTERS = List.of(OrganizationId.of("org-bank"), OrganizationId.of("org-school"),
      PersonId.of("p-1"), PersonId.of("p-2"));

  static final List<ResourceId> RESOURCES = List.of(ResourceId.of("r-bank"), ResourceId.of("r-school"),
      ResourceId.of("r-social"), ResourceId.of("r-community"), ResourceId.of("r-hall"));

  private static final List<Integration> INTEGRATIONS = List.of(Integration.CO_RESIDENCE, Integration.CO_BUILDING,
      Integration.CO_INTEGRATION, Integration.CO_SHARING);

  private static final List<PostId> POSTS = List.of(PostId.of("post-safety"), PostId.of("post-culture"));

  private CoBuildingWalks() {}

  /** Returns an instant a random while after the given one (sometimes the same). */
  static Instant later(SplittableRandom random, Instant now) {
    return random.nextInt(4) == 0 ? now : now.plusSeconds(random.nextInt(20 * 86_400));
  }

  /** Returns a random report of a new agreement to a community, at the instant. */
  static CoBuildingAgreement agreement(SplittableRandom random, String id, GridId community, Instant at) {
    ActorId reporter = REPORTERS.get(random.nextInt(REPORTERS.size()));
    Instant start = at.minusSeconds(random.nextInt(60) * 86_400L);
    Interval period = Interval.starting(start, Duration.ofDays(30 + random.nextInt(400)));
    CoBuildingAgreement.Builder b = CoBuildingAgreement.builder().id(AgreementId.of(id)).community(community)
        .reporter(reporter).reportedAt(at).period(period);
    List<ResourceId> resources = new ArrayList<>(RESOURCES);
    int committed = random.nextInt(4);
    for (int i = 0; i < committed; i++) {
      b.addResources(resources.remove(random.nextInt(resources.size())));
    }
    b.serviceHours(Duration.ofMinutes(committed == 0 || random.nextBoolean() ? 60 * (1 + random.nextInt(200)) : 0));
    if (random.nextInt(3) == 0) {
      b.addPosts(POSTS.get(random.nextInt(POSTS.size())));
    }
    List<Integration> integrations = new ArrayList<>(INTEGRATIONS);
    int served = 1 + random.nextInt(3);
    for (int i = 0; i < served; i++) {
      b.addIntegrations(integrations.remove(random.nextInt(integrations.size())));
    }
    return b.build();
  }

  /** Returns a step on an agreement that holds a report: mostly one the rules apply, now and then one they refuse. */
  static CoBuildingCommand next(SplittableRandom random, AgreementCase c, int meeting, Instant now) {
    CoBuildingAgreement a = c.agreement().orElseThrow();
    switch (random.nextInt(8)) {
      case 0:
        // dated before the last step: refused as out of order
        return new CoBuildingCommand.Review(MeetingId.of("jm-" + meeting), measure(random, a,
            a.reportedAt().minusSeconds(86_400)));
      case 1:
        // the report again, with other content: refused as already reported
        return new CoBuildingCommand.Report(CoBuildingAgreement.builder().id(a.id()).community(a.community())
            .reporter(a.reporter()).reportedAt(a.reportedAt().plusSeconds(1)).period(a.period())
            .addAllResources(a.resources()).serviceHours(a.serviceHours()).addAllPosts(a.posts())
            .addAllIntegrations(a.integrations()).build());
      case 2:
      case 3:
        return new CoBuildingCommand.Feedback(a.id(), now);
      default:
        return new CoBuildingCommand.Review(MeetingId.of("jm-" + meeting), measure(random, a, now));
    }
  }

  /** Returns the agreement's fulfilment at the instant, measured from random service records and posts. */
  static Fulfilment measure(SplittableRandom random, CoBuildingAgreement a, Instant at) {
    List<ServiceRecord> services = new ArrayList<>();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      Instant start = a.period().start().plusSeconds(random.nextInt(120) * 86_400L);
      Duration effort = Duration.ofMinutes(30 + random.nextInt(600));
      ActorId by = random.nextBoolean() ? a.reporter() : PersonId.of("p-other");
      OrganizationId provider = a.reporter() instanceof OrganizationId o && random.nextBoolean() ? o
          : OrganizationId.of("org-volunteers");
      services.add(ServiceRecord.builder().id(ServiceId.of("s-" + i)).addDemands(DemandId.of("d-" + i))
          .resource(RESOURCES.get(random.nextInt(RESOURCES.size()))).provider(provider).channel(Channel.CLAIM)
          .addPerformedBy(by).time(Interval.of(start, start.plus(effort))).effort(effort)
          .beneficiaries(random.nextInt(30)).cost(Money.ZERO).build());
    }
    List<Post> posts = new ArrayList<>();
    for (PostId id : a.posts()) {
      if (random.nextBoolean()) {
        Optional<PersonId> holder = a.reporter() instanceof PersonId p ? Optional.of(p) : Optional.of(PersonId.of("p-9"));
        OrganizationId organization = a.reporter() instanceof OrganizationId o ? o : OrganizationId.of("org-committee");
        posts.add(Post.builder().id(id).kind(PostKind.EXECUTIVE_SECRETARY).organization(organization)
            .scope(a.community()).holderA(holder).build());
      }
    }
    return Fulfilment.measure(a, services, posts, at);
  }
}
