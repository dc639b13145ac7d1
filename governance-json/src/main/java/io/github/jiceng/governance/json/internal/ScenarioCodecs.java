package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The scenario file: one property per {@link ScenarioSection}, each read and written by the
 * section's codec registered here. Binding a new section is one line in {@link #SECTIONS}.
 *
 * <p>A section may be stored in a form of its own and joined with sections read before it: the
 * service chain is written without its resources, which the resources section lists once.
 */
public final class ScenarioCodecs {

  /**
   * A section and the codec of its form in the file.
   *
   * @param <T> the section's value
   * @param <F> its form in the file (the value itself, for most sections)
   */
  private static final class Binding<T, F> {
    final ScenarioSection<T> section;
    final Codec<F> codec;
    final Function<T, F> toFile;
    final BiFunction<F, Map<ScenarioSection<?>, Object>, T> fromFile;

    private Binding(ScenarioSection<T> section, Codec<F> codec, Function<T, F> toFile,
        BiFunction<F, Map<ScenarioSection<?>, Object>, T> fromFile) {
      this.section = section;
      this.codec = codec;
      this.toFile = toFile;
      this.fromFile = fromFile;
    }

    /** A section stored as its value. */
    static <T> Binding<T, T> of(ScenarioSection<T> section, Codec<T> codec) {
      return new Binding<>(section, codec, Function.identity(), (value, read) -> value);
    }

    /**
     * A section stored in a form of its own, and built from that form and the sections listed
     * before it in {@link #SECTIONS}.
     */
    static <T, F> Binding<T, F> joined(ScenarioSection<T> section, Codec<F> codec, Function<T, F> toFile,
        BiFunction<F, Map<ScenarioSection<?>, Object>, T> fromFile) {
      return new Binding<>(section, codec, toFile, fromFile);
    }

    /** Declares the section's property and returns how to move its value into the sections read. */
    Copy declare(ObjectCodec.Builder<Scenario> b, Map<ScenarioSection<?>, Slot<?>> slots) {
      if (section.isRequired()) {
        Slot<F> slot = b.required(section.name(), s -> toFile.apply(s.section(section).orElseThrow()), codec);
        slots.put(section, slot);
        return (v, read) -> read.put(section, fromFile.apply(v.get(slot), read));
      }
      Slot<Optional<F>> slot = b.optional(section.name(), s -> s.section(section).map(toFile), codec);
      slots.put(section, slot);
      return (v, read) -> v.get(slot).ifPresent(form -> read.put(section, fromFile.apply(form, read)));
    }

    /** Moves a value into the builder with its section's type. */
    void put(Object value, Scenario.Builder out) {
      out.section(section, section.type().cast(value));
    }
  }

  @FunctionalInterface
  private interface Copy {
    void into(Values values, Map<ScenarioSection<?>, Object> read);
  }

  /** The registry: every section, in file order, with its codec. */
  private static final List<Binding<?, ?>> SECTIONS = List.of(
      Binding.of(ScenarioSection.HIERARCHY, GridCodecs.GRID_HIERARCHY),
      Binding.of(ScenarioSection.TAXONOMY, TaxonomyCodecs.TAXONOMIES),
      Binding.of(ScenarioSection.ROSTER, PostCodecs.ROSTER),
      Binding.of(ScenarioSection.STAFFING_POLICY, PostCodecs.STAFFING_POLICY),
      Binding.of(ScenarioSection.AUTHORITY_POLICY, AuthorityCodecs.AUTHORITY_POLICY),
      Binding.of(ScenarioSection.RESOURCES, Codecs.list(ServiceCodecs.RESOURCE)),
      Binding.of(ScenarioSection.CHANNEL_POLICY, MatchingCodecs.CHANNEL_POLICY),
      Binding.of(ScenarioSection.SCORE_WEIGHTS, MatchingCodecs.SCORE_WEIGHTS),
      Binding.of(ScenarioSection.DEADLINE_POLICY, ServiceCodecs.DEADLINE_POLICY),
      Binding.joined(ScenarioSection.SERVICE_CHAIN, ServiceCodecs.SERVICE_CHAIN, ServiceCodecs.ServiceChain::of,
          (chain, read) -> chain.join(resources(read))),
      Binding.of(ScenarioSection.VENUES, Codecs.list(VenueCodecs.VENUE)),
      Binding.of(ScenarioSection.SPACE_GRANTS, Codecs.list(VenueCodecs.SPACE_GRANT)),
      Binding.of(ScenarioSection.POINTS_POLICY, PointsCodecs.POINTS_POLICY),
      Binding.of(ScenarioSection.SERVICE_CATALOGUE, PointsCodecs.SERVICE_CATALOGUE),
      Binding.of(ScenarioSection.WORKING_CALENDAR, VolunteerCodecs.WORKING_CALENDAR),
      Binding.of(ScenarioSection.CHECK_IN_POLICY, CheckInCodecs.CHECK_IN_POLICY),
      Binding.of(ScenarioSection.CHECK_INS, Codecs.list(CheckInCodecs.CHECK_IN)),
      Binding.of(ScenarioSection.ASSESSMENT_SCHEMES, Codecs.list(AssessmentCodecs.ASSESSMENT_SCHEME)),
      Binding.of(ScenarioSection.FUND, FundCodecs.FUND_SETUP),
      Binding.of(ScenarioSection.FUND_PLEDGES, Codecs.list(FundCodecs.PLEDGE)),
      Binding.of(ScenarioSection.FUND_ENTRIES, Codecs.list(FundCodecs.LEDGER_ENTRY)),
      Binding.of(ScenarioSection.CLUES, Codecs.list(ClueCodecs.CLUE_CASE)),
      Binding.of(ScenarioSection.HANDLING_POLICY, ProposalCodecs.HANDLING_POLICY),
      Binding.of(ScenarioSection.PROPOSALS, Codecs.list(ProposalCodecs.PROPOSAL_RECORD)),
      Binding.of(ScenarioSection.MAJOR_AFFAIRS, Codecs.list(DeliberationCodecs.MAJOR_AFFAIR)),
      Binding.of(ScenarioSection.JOINT_MEETINGS, Codecs.list(DeliberationCodecs.JOINT_MEETING)),
      Binding.of(ScenarioSection.CO_BUILDING_AGREEMENTS, Codecs.list(CoBuildingCodecs.CO_BUILDING_AGREEMENT)),
      Binding.of(ScenarioSection.SIMULATION, SimulationCodecs.SIMULATION_PARAMETERS),
      Binding.of(ScenarioSection.PATROLS, Codecs.list(PillarCodecs.PATROL)),
      Binding.of(ScenarioSection.INCIDENTS, Codecs.list(PillarCodecs.INCIDENT)),
      Binding.of(ScenarioSection.DEPUTY_CONTACTS, Codecs.list(PillarCodecs.DEPUTY_CONTACT)),
      Binding.of(ScenarioSection.AFFAIR_PROJECTS, Codecs.list(PillarCodecs.AFFAIR_PROJECT)));

  /** A scenario's sections, without the envelope (the schema's {@code Scenario}). */
  public static final ObjectCodec<Scenario> SCENARIO = scenario();

  private ScenarioCodecs() {}

  private static List<Resource> resources(Map<ScenarioSection<?>, Object> read) {
    Object listed = read.get(ScenarioSection.RESOURCES);
    return listed == null ? List.of() : ScenarioSection.RESOURCES.type().cast(listed);
  }

  private static ObjectCodec<Scenario> scenario() {
    List<ScenarioSection<?>> bound = new ArrayList<>();
    SECTIONS.forEach(s -> bound.add(s.section));
    if (!bound.equals(ScenarioSection.values())) {
      throw new IllegalStateException("the scenario sections " + ScenarioSection.values()
          + " and their codecs " + bound + " differ");
    }
    ObjectCodec.Builder<Scenario> b = ObjectCodec.builder(Scenario.class)
        .describe("A scenario (情景): the grid hierarchy and, as features are added, the actors, posts, "
            + "policies and events over time that play on it.");
    Map<ScenarioSection<?>, Slot<?>> slots = new HashMap<>();
    List<Copy> copies = new ArrayList<>();
    for (Binding<?, ?> s : SECTIONS) {
      copies.add(s.declare(b, slots));
    }
    b.locate((violation, values) -> locateServiceChain(violation, values, slots));
    return b.build(v -> {
      Map<ScenarioSection<?>, Object> read = new LinkedHashMap<>();
      for (Copy c : copies) {
        c.into(v, read);
      }
      Scenario.Builder out = Scenario.builder();
      for (Binding<?, ?> s : SECTIONS) {
        Object value = read.get(s.section);
        if (value != null) {
          s.put(value, out);
        }
      }
      return out.build();
    });
  }

  /** Points a broken link of the service chain at its record, in the chain or in the resources. */
  @SuppressWarnings("unchecked")
  private static @Nullable String locateServiceChain(Violation violation, Values values,
      Map<ScenarioSection<?>, Slot<?>> slots) {
    Optional<ServiceCodecs.ServiceChain> chain =
        values.peek((Slot<Optional<ServiceCodecs.ServiceChain>>) slots.get(ScenarioSection.SERVICE_CHAIN));
    if (chain.isEmpty()) {
      return null;
    }
    List<Resource> resources = values.peek((Slot<Optional<List<Resource>>>) slots.get(ScenarioSection.RESOURCES))
        .orElse(List.of());
    ServiceCodecs.ServiceChain c = chain.get();
    String at = Pointers.segment(ScenarioSection.SERVICE_CHAIN.name());
    return ServiceCodecs.locateLink(violation, c.demands(), resources, c.projects(), c.services(), c.outcomes(),
        list -> list.equals("resources") ? Pointers.segment(ScenarioSection.RESOURCES.name())
            : at + Pointers.segment(list));
  }
}
