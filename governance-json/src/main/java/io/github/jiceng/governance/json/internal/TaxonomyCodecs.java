package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.Taxonomies;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.IntegrationDefinition;
import io.github.jiceng.governance.model.taxonomy.Mechanism;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarDefinition;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bindings of the taxonomy feature: mechanisms and integrations by key, the definitions of
 * pillars and integrations, the two taxonomies, and the pair a scenario carries.
 */
public final class TaxonomyCodecs {

  private TaxonomyCodecs() {}

  private static final String KEY_FORM = "[A-Z][A-Z0-9_]{0,63}";

  /** The default core and lead level of both taxonomies. */
  private static final String COMMUNITY_PARTY_BRANCH = "COMMUNITY_PARTY_BRANCH";

  /** {@link Mechanism} as its key, such as {@code "GRID_SQUAD"}. */
  public static final TextCodec<Mechanism> MECHANISM = Codecs.text(Mechanism.class,
      "The key of a working mechanism (工作机制) of 一核五共, such as GRID_SQUAD.", Mechanism::of, Mechanism::key)
      .pattern(KEY_FORM);

  /** {@link Integration} as its key, such as {@code "CO_BUILDING"}. */
  public static final TextCodec<Integration> INTEGRATION = Codecs.text(Integration.class,
      "The key of an integration of 一统领四融合, such as CO_BUILDING.", Integration::of, Integration::key)
      .pattern(KEY_FORM);

  /** {@link PillarDefinition}: pillar, name, mechanism, mechanism name. */
  public static final ObjectCodec<PillarDefinition> PILLAR_DEFINITION = pillarDefinition();

  /** {@link IntegrationDefinition}: integration, name. */
  public static final ObjectCodec<IntegrationDefinition> INTEGRATION_DEFINITION = integrationDefinition();

  /** {@link OneCoreFiveCo}: version, core level, pillars. */
  public static final ObjectCodec<OneCoreFiveCo> ONE_CORE_FIVE_CO = oneCoreFiveCo();

  /** {@link OneLeadFourIntegrations}: version, lead level, integrations, service ideas. */
  public static final ObjectCodec<OneLeadFourIntegrations> ONE_LEAD_FOUR_INTEGRATIONS = oneLeadFourIntegrations();

  /** {@link Taxonomies}: both taxonomies, each the article's when absent. */
  public static final ObjectCodec<Taxonomies> TAXONOMIES = taxonomies();

  private static StringCodec displayName() {
    return Codecs.string().length(1, 100);
  }

  private static ObjectCodec<PillarDefinition> pillarDefinition() {
    ObjectCodec.Builder<PillarDefinition> b = ObjectCodec.builder(PillarDefinition.class)
        .describe("One pillar of 一核五共 with the mechanism that carries it out.");
    Slot<Pillar> pillar = b.required("pillar", PillarDefinition::pillar, ValueCodecs.PILLAR);
    Slot<String> name = b.required("name", PillarDefinition::name, displayName());
    Slot<Mechanism> mechanism = b.required("mechanism", PillarDefinition::mechanism, MECHANISM);
    Slot<String> mechanismName = b.required("mechanismName", PillarDefinition::mechanismName, displayName());
    return b.build(v -> new PillarDefinition(v.get(pillar), v.get(name), v.get(mechanism), v.get(mechanismName)));
  }

  private static ObjectCodec<IntegrationDefinition> integrationDefinition() {
    ObjectCodec.Builder<IntegrationDefinition> b = ObjectCodec.builder(IntegrationDefinition.class)
        .describe("One integration of 一统领四融合 with its display name.");
    Slot<Integration> integration = b.required("integration", IntegrationDefinition::integration, INTEGRATION);
    Slot<String> name = b.required("name", IntegrationDefinition::name, displayName());
    return b.build(v -> new IntegrationDefinition(v.get(integration), v.get(name)));
  }

  private static ObjectCodec<OneCoreFiveCo> oneCoreFiveCo() {
    ObjectCodec.Builder<OneCoreFiveCo> b = ObjectCodec.builder(OneCoreFiveCo.class)
        .describe("The 一核五共 taxonomy: the party-chain level at the core and the pillars, each with one "
            + "mechanism; each pillar and mechanism at most once.");
    Slot<Integer> version = b.required("version", OneCoreFiveCo::version, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<String> coreLevel = b.defaulted("coreLevel", OneCoreFiveCo::coreLevel,
        Codecs.string().length(1, Integer.MAX_VALUE), COMMUNITY_PARTY_BRANCH);
    Slot<List<PillarDefinition>> pillars = b.required("pillars", OneCoreFiveCo::pillars,
        Codecs.list(PILLAR_DEFINITION));
    return b.build(v -> OneCoreFiveCo.builder().version(v.get(version)).coreLevel(v.get(coreLevel))
        .addAllPillars(v.get(pillars)).build());
  }

  private static ObjectCodec<OneLeadFourIntegrations> oneLeadFourIntegrations() {
    ObjectCodec.Builder<OneLeadFourIntegrations> b = ObjectCodec.builder(OneLeadFourIntegrations.class)
        .describe("The 一统领四融合 taxonomy: the party-chain level that leads, the integrations, and the "
            + "community's service ideas (党建服务理念) as tags.");
    Slot<Integer> version = b.required("version", OneLeadFourIntegrations::version,
        Codecs.integer(1, Integer.MAX_VALUE));
    Slot<String> leadLevel = b.defaulted("leadLevel", OneLeadFourIntegrations::leadLevel,
        Codecs.string().length(1, Integer.MAX_VALUE), COMMUNITY_PARTY_BRANCH);
    Slot<List<IntegrationDefinition>> integrations = b.required("integrations",
        OneLeadFourIntegrations::integrations, Codecs.list(INTEGRATION_DEFINITION));
    Slot<Set<String>> serviceIdeas = b.defaulted("serviceIdeas", t -> inOrder(t.serviceIdeas()),
        Codecs.set(displayName()), Set.of());
    return b.build(v -> OneLeadFourIntegrations.builder().version(v.get(version)).leadLevel(v.get(leadLevel))
        .addAllIntegrations(v.get(integrations)).addAllServiceIdeas(v.get(serviceIdeas)).build());
  }

  private static ObjectCodec<Taxonomies> taxonomies() {
    ObjectCodec.Builder<Taxonomies> b = ObjectCodec.builder(Taxonomies.class)
        .describe("The two taxonomies of a scenario; each is the article's practice when absent.");
    Slot<OneCoreFiveCo> oneCoreFiveCo = b.defaulted("oneCoreFiveCo", Taxonomies::oneCoreFiveCo, ONE_CORE_FIVE_CO,
        OneCoreFiveCo.ARTICLE);
    Slot<OneLeadFourIntegrations> oneLeadFourIntegrations = b.defaulted("oneLeadFourIntegrations",
        Taxonomies::oneLeadFourIntegrations, ONE_LEAD_FOUR_INTEGRATIONS, OneLeadFourIntegrations.ARTICLE);
    return b.build(v -> new Taxonomies(v.get(oneCoreFiveCo), v.get(oneLeadFourIntegrations)));
  }

  /** Returns the elements of a list without repeats as a set in the list's order (for set codecs). */
  static <E> Set<E> inOrder(List<E> list) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(list));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(MECHANISM, INTEGRATION, PILLAR_DEFINITION, INTEGRATION_DEFINITION, ONE_CORE_FIVE_CO,
        ONE_LEAD_FOUR_INTEGRATIONS, TAXONOMIES);
  }
}
