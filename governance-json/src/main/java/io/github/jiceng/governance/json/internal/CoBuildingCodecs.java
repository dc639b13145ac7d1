package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The bindings of co-building agreements (共建协议) and 双报到: who reported to which community, over
 * what period, with which resources, service hours and claimed posts, serving which of the
 * community's integrations of 一统领四融合.
 */
public final class CoBuildingCodecs {

  private CoBuildingCodecs() {}

  /** {@link AgreementId} as its text, such as {@code "zhanbei-gongdian-2023"}. */
  public static final TextCodec<AgreementId> AGREEMENT_ID = Codecs.text(AgreementId.class,
      "The id of a co-building agreement or report (共建协议、报到标识).", AgreementId::of, AgreementId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link CoBuildingAgreement.Kind} by name; in a file the kind follows from the reporter. */
  public static final EnumCodec<CoBuildingAgreement.Kind> KIND = Codecs.enumeration(CoBuildingAgreement.Kind.class,
      "Who reports: UNIT (a co-building unit's party organization, 单位报到) or PARTY_MEMBER (an in-service "
          + "party member, 党员报到).").named("AgreementKind");

  /** {@link CoBuildingAgreement}: the report and what it commits. */
  public static final ObjectCodec<CoBuildingAgreement> CO_BUILDING_AGREEMENT = agreement();

  private static ObjectCodec<CoBuildingAgreement> agreement() {
    ObjectCodec.Builder<CoBuildingAgreement> b = ObjectCodec.builder(CoBuildingAgreement.class)
        .describe("A report to the community (报到) and what it commits over its period (共建协议): a unit's party "
            + "organization (org:) or an in-service party member (person:) reports with resources, service "
            + "hours in whole minutes and claimed posts (认领岗位), at least one of them, and names the "
            + "community's integrations of 一统领四融合 it serves.");
    Slot<AgreementId> id = b.required("id", CoBuildingAgreement::id, AGREEMENT_ID);
    Slot<GridId> community = b.required("community", CoBuildingAgreement::community, GridCodecs.GRID_ID);
    Slot<ActorId> reporter = b.required("reporter", CoBuildingAgreement::reporter, SharedCodecs.ACTOR_ID);
    Slot<Instant> reportedAt = b.required("reportedAt", CoBuildingAgreement::reportedAt, Codecs.INSTANT);
    Slot<Interval> period = b.required("period", CoBuildingAgreement::period, ValueCodecs.INTERVAL);
    Slot<List<ResourceId>> resources = b.defaulted("resources", CoBuildingAgreement::resources,
        Codecs.list(ServiceCodecs.RESOURCE_ID), List.of());
    Slot<Duration> hours = b.defaulted("serviceHours", CoBuildingAgreement::serviceHours, Codecs.DURATION,
        Duration.ZERO);
    Slot<List<PostId>> posts = b.defaulted("posts", CoBuildingAgreement::posts, Codecs.list(PostCodecs.POST_ID),
        List.of());
    Slot<Set<Integration>> integrations = b.required("integrations", CoBuildingAgreement::integrations,
        Codecs.set(TaxonomyCodecs.INTEGRATION));
    return b.build(v -> CoBuildingAgreement.builder().id(v.get(id)).community(v.get(community))
        .reporter(v.get(reporter)).reportedAt(v.get(reportedAt)).period(v.get(period))
        .addAllResources(v.get(resources)).serviceHours(v.get(hours)).addAllPosts(v.get(posts))
        .addAllIntegrations(v.get(integrations)).build());
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(AGREEMENT_ID, KIND, CO_BUILDING_AGREEMENT);
  }
}
