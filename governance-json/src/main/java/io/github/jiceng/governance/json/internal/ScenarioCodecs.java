package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario file: one property per {@link ScenarioSection}, each read and written by the
 * section's codec registered here. Binding a new section is one line in {@link #SECTIONS}.
 */
public final class ScenarioCodecs {

  /** A section and the codec of its value. */
  private static final class Binding<T> {
    final ScenarioSection<T> section;
    final Codec<T> codec;

    Binding(ScenarioSection<T> section, Codec<T> codec) {
      this.section = section;
      this.codec = codec;
    }

    /** Declares the section's property and returns how to move its value into a builder. */
    Copy declare(ObjectCodec.Builder<Scenario> b) {
      if (section.isRequired()) {
        Slot<T> slot = b.required(section.name(), s -> s.section(section).orElseThrow(), codec);
        return (v, out) -> out.section(section, v.get(slot));
      }
      Slot<Optional<T>> slot = b.optional(section.name(), s -> s.section(section), codec);
      return (v, out) -> v.get(slot).ifPresent(value -> out.section(section, value));
    }
  }

  @FunctionalInterface
  private interface Copy {
    void into(Values values, Scenario.Builder out);
  }

  /** The registry: every section, in file order, with its codec. */
  private static final List<Binding<?>> SECTIONS = List.of(
      new Binding<>(ScenarioSection.HIERARCHY, GridCodecs.GRID_HIERARCHY),
      new Binding<>(ScenarioSection.POINTS_POLICY, PointsCodecs.POINTS_POLICY),
      new Binding<>(ScenarioSection.SERVICE_CATALOGUE, PointsCodecs.SERVICE_CATALOGUE),
      new Binding<>(ScenarioSection.WORKING_CALENDAR, VolunteerCodecs.WORKING_CALENDAR),
      new Binding<>(ScenarioSection.CHECK_IN_POLICY, CheckInCodecs.CHECK_IN_POLICY),
      new Binding<>(ScenarioSection.ASSESSMENT_SCHEMES, Codecs.list(AssessmentCodecs.ASSESSMENT_SCHEME)),
      new Binding<>(ScenarioSection.FUND, FundCodecs.FUND_SETUP),
      new Binding<>(ScenarioSection.FUND_ENTRIES, Codecs.list(FundCodecs.LEDGER_ENTRY)),
      new Binding<>(ScenarioSection.CLUES, Codecs.list(ClueCodecs.CLUE_CASE)),
      new Binding<>(ScenarioSection.HANDLING_POLICY, ProposalCodecs.HANDLING_POLICY),
      new Binding<>(ScenarioSection.PROPOSALS, Codecs.list(ProposalCodecs.PROPOSAL_RECORD)),
      new Binding<>(ScenarioSection.MAJOR_AFFAIRS, Codecs.list(DeliberationCodecs.MAJOR_AFFAIR)),
      new Binding<>(ScenarioSection.JOINT_MEETINGS, Codecs.list(DeliberationCodecs.JOINT_MEETING)));

  /** A scenario's sections, without the envelope (the schema's {@code Scenario}). */
  public static final ObjectCodec<Scenario> SCENARIO = scenario();

  private ScenarioCodecs() {}

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
    List<Copy> copies = new ArrayList<>();
    for (Binding<?> s : SECTIONS) {
      copies.add(s.declare(b));
    }
    return b.build(v -> {
      Scenario.Builder out = Scenario.builder();
      for (Copy c : copies) {
        c.into(v, out);
      }
      return out.build();
    });
  }
}
