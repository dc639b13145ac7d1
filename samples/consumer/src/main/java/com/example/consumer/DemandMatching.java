package com.example.consumer;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.matching.Matcher;
import io.github.jiceng.governance.rules.service.DemandLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The service chain (群众点单、社区下单、共建单位接单): two residents' demands are submitted,
 * accepted and grouped into a project, matched channel by channel, and the matched one is
 * dispatched, claimed, served and rated; the other says why it found no claimant.
 */
public final class DemandMatching {

  private static final Instant T0 = Instant.parse("2024-03-04T01:00:00Z");

  private DemandMatching() {}

  public static void main(String[] args) {
    GridHierarchy grids = GridHierarchy.of(LevelSchemes.URBAN, List.of(
        GridNode.builder().id(GridId.of("lantian")).level("STREET").name("蓝天街道").build(),
        GridNode.builder().id(GridId.of("baiyun")).level("COMMUNITY").parent(GridId.of("lantian"))
            .name("白云社区").build(),
        GridNode.builder().id(GridId.of("baiyun-g1")).level("GRID").parent(GridId.of("baiyun"))
            .name("第一网格").build()));
    Interval week = Interval.starting(T0, Duration.ofDays(7));
    Demand escort = demand("d-escort", "medical-escort", "elderly-care", week);   // 陪老人就医
    Demand lawyer = demand("d-lawyer", "tenancy-advice", "legal-advice", week);   // 租房法律咨询
    OrganizationId community = OrganizationId.of("org-baiyun");
    OrganizationId powerSupply = OrganizationId.of("org-power-supply");     // 共建单位 供电公司

    DemandLifecycle lifecycle = DemandLifecycle.standard();
    List<DemandEvent> escortEvents = new ArrayList<>(List.of(      // 点单, 受理, 立项
        event(escort, Transition.SUBMIT, escort.requester(), 0).build(),
        event(escort, Transition.ACCEPT, community, 1).build(),
        event(escort, Transition.GROUP, community, 2).project(ProjectId.of("pj-care")).build()));
    DemandStatus grouped = lifecycle.replay(escortEvents);

    MatchingResult result = Matcher.optimal(MatchingProblem.builder().hierarchy(grids)
        .addDemands(escort, lawyer)
        .addResources(Resource.builder().id(ResourceId.of("r-power-volunteers")).claimant(powerSupply)
            .channel(Channel.CLAIM).addCapabilities("elderly-care").addCoverage(GridId.of("baiyun"))
            .capacityPerPeriod(2).costPerService(Money.ZERO).available(week).build())
        .build());                                   // tried per channel: claim, purchase, undertake

    Assignment a = result.assignment(escort.id()).orElseThrow();
    escortEvents.addAll(List.of(                     // 下单, 接单, 服务, 交付, 评价
        event(escort, Transition.DISPATCH, community, 3).channel(a.channel()).build(),
        event(escort, Transition.CLAIM, a.claimant(), 4).claimant(a.claimant()).build(),
        event(escort, Transition.START, a.claimant(), 24).build(),
        event(escort, Transition.DELIVER, a.claimant(), 28).service(ServiceId.of("s-escort")).build(),
        event(escort, Transition.EVALUATE, escort.requester(), 30).outcome(OutcomeId.of("o-escort"))
            .rating(5).build()));
    DemandStatus evaluated = lifecycle.replay(escortEvents);

    check(grouped.state() == DemandState.GROUPED, "grouped " + grouped);
    check(a.claimant().equals(powerSupply) && a.channel() == Channel.CLAIM, "claimed by " + a);
    check(evaluated.state() == DemandState.EVALUATED && evaluated.rating().getAsInt() == 5, "rated " + evaluated);
    check(result.reason(lawyer.id()).orElseThrow() == UnmatchedReason.NO_ELIGIBLE_CLAIMANT,
        "the lawyer demand's reason " + result.unmatched());
    check(result.stages().stream().map(StageReport::channel).toList()
        .equals(List.of(Channel.CLAIM, Channel.PURCHASE, Channel.UNDERTAKE)), "stages " + result.stages());
    System.out.println("DemandMatching OK: " + a.score().explain() + "; " + escort.id() + " "
        + evaluated.state() + "; " + lawyer.id() + " unmatched: " + result.reason(lawyer.id()).orElseThrow());
  }

  private static Demand demand(String id, String category, String capability, Interval window) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT)
        .requester(PersonId.of("p-" + id)).grid(GridId.of("baiyun-g1")).category(category)
        .addRequiredCapabilities(capability).urgency(Urgency.NORMAL).beneficiaries(1).window(window)
        .pillar(Pillar.SERVICE_SHARING).submittedAt(window.start()).build();
  }

  private static DemandEvent.Builder event(Demand demand, Transition transition, ActorId actor, int hour) {
    return DemandEvent.builder().demand(demand.id()).transition(transition).actor(actor)
        .at(T0.plus(Duration.ofHours(hour)));
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("DemandMatching FAILED: " + what);
    }
  }
}
