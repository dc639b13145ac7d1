package io.github.jiceng.governance.rules.clue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.service.ProjectId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The register of a street's or community's issue clues (问题线索台账): the state of {@link
 * ClueRules}, which decides the steps each clue goes through in this order.
 *
 * <pre>
 * COLLECTED ─screen→ SCREENED ─evaluate→ EVALUATED ─decide→ DECIDED ─start→ IN_PROGRESS ─complete→ COMPLETED
 *     │                 │                    │
 *     ├──merge→ MERGED ─┘ (a duplicate, into a screened clue)
 *     └──reject→ REJECTED ←─────────────────┘ (at screening or after the survey)
 * </pre>
 *
 * <p>A register is immutable, and so safe to share between threads, with value equality: two
 * registers holding equal cases are equal. It is the fold of its {@link ClueEvent}s; {@link
 * ClueRules#decide} says which step may be taken on it, and {@link ClueRules#evolve} gives the
 * register after one. Steps are dated and never go back in time on one clue; a project id names
 * the project of one clue only; collecting the same clue again changes nothing.
 *
 * <pre>{@code
 * ClueRules rules = ClueRules.decider();
 * ClueRegister register = rules.initialState();
 * Decision<ClueEvent> d = rules.decide(new ClueCommand.Collect(clue), register);
 * register = rules.fold(register, d.events());       // nothing to fold when refused or unchanged
 * }</pre>
 */
public final class ClueRegister {

  private final ImmutableSortedMap<ClueId, ClueCase> cases;
  private final ImmutableMap<ProjectId, ClueId> projects;

  private ClueRegister(ImmutableSortedMap<ClueId, ClueCase> cases, ImmutableMap<ProjectId, ClueId> projects) {
    this.cases = cases;
    this.projects = projects;
  }

  /** Returns the empty register. */
  public static ClueRegister empty() {
    return new ClueRegister(ImmutableSortedMap.of(), ImmutableMap.of());
  }

  /** Returns every case, by clue id. */
  public List<ClueCase> cases() {
    return cases.values().asList();
  }

  /** Returns the case of the clue, if collected. */
  public Optional<ClueCase> find(ClueId id) {
    return Optional.ofNullable(cases.get(id));
  }

  /** Returns the case whose project is the given one, if any. */
  public Optional<ClueCase> byProject(ProjectId project) {
    return Optional.ofNullable(projects.get(project)).map(cases::get);
  }

  /** Returns the register's figures. */
  public ClueSummary summary() {
    Map<ClueCategory, Integer> byCategory = new TreeMap<>();
    Map<ClueStatus, Integer> byStatus = new EnumMap<>(ClueStatus.class);
    Map<ImplementationMode, Integer> decided = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Integer> completed = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Long> expected = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Long> served = new EnumMap<>(ImplementationMode.class);
    for (ClueStatus s : ClueStatus.values()) {
      byStatus.put(s, 0);
    }
    for (ImplementationMode m : ImplementationMode.values()) {
      decided.put(m, 0);
      completed.put(m, 0);
      expected.put(m, 0L);
      served.put(m, 0L);
    }
    for (ClueCase c : cases.values()) {
      byCategory.merge(c.clue().category(), 1, Integer::sum);
      byStatus.merge(c.status(), 1, Integer::sum);
      if (c.implementation().isPresent()) {
        ImplementationMode m = c.implementation().get().mode();
        decided.merge(m, 1, Integer::sum);
        expected.merge(m, (long) c.evaluation().orElseThrow().expectedBeneficiaries(), Long::sum);
        if (c.completion().isPresent()) {
          completed.merge(m, 1, Integer::sum);
          served.merge(m, (long) c.completion().get().beneficiaries(), Long::sum);
        }
      }
    }
    return new ClueSummary(cases.size(), new TreeMap<>(byCategory), byStatus, decided, completed, expected, served);
  }

  /** Returns the case of the clue, or null: for {@link ClueRules}. */
  @Nullable ClueCase caseOf(ClueId id) {
    return cases.get(id);
  }

  /** Returns the clue whose project it is, or null: for {@link ClueRules}. */
  @Nullable ClueId ownerOf(ProjectId project) {
    return projects.get(project);
  }

  /** Returns a register of the cases and projects, copied: for {@link ClueRules}. */
  static ClueRegister of(Map<ClueId, ClueCase> cases, Map<ProjectId, ClueId> projects) {
    return new ClueRegister(ImmutableSortedMap.copyOf(cases), ImmutableMap.copyOf(projects));
  }

  /** Returns whether the other register holds equal cases (and so the same projects). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ClueRegister r && r.cases.equals(cases) && r.projects.equals(projects);
  }

  @Override
  public int hashCode() {
    return cases.hashCode() * 31 + projects.hashCode();
  }

  /** Returns {@code ClueRegister[n clues]}. */
  @Override
  public String toString() {
    return "ClueRegister[" + cases.size() + " clues]";
  }
}
