package io.github.jiceng.governance.rules.clue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The register of a street's or community's issue clues (问题线索台账), and the order of steps
 * each clue goes through.
 *
 * <pre>
 * COLLECTED ─screen→ SCREENED ─evaluate→ EVALUATED ─decide→ DECIDED ─start→ IN_PROGRESS ─complete→ COMPLETED
 *     │                 │                    │
 *     ├──merge→ MERGED ─┘ (a duplicate, into a screened clue)
 *     └──reject→ REJECTED ←─────────────────┘ (at screening or after the survey)
 * </pre>
 *
 * <p>A register is immutable, and so safe to share between threads: every step returns a {@link
 * ClueOutcome} with the register after it, and a refused step the register it was given. A step
 * dated outside {@link TimeLimits} throws a {@code DomainValidationException} (rule {@code
 * instant-range}) before anything is looked at. Steps are dated and never go back in time on one
 * clue; a project id names the project of one clue only. Collecting the same clue again is a
 * no-op.
 */
public final class ClueRegister {

  private static final Set<ClueStatus> MERGEABLE_PRIMARY =
      EnumSet.of(ClueStatus.SCREENED, ClueStatus.EVALUATED, ClueStatus.DECIDED, ClueStatus.IN_PROGRESS);

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

  /**
   * Collects a clue.
   *
   * @param clue the clue
   * @return {@link ClueOutcome.Changed}; {@link ClueOutcome.Unchanged} if the same clue is already
   *     collected; {@link ClueOutcome.Refused} ({@code CONFLICTING_ID}) if its id is taken by another
   */
  public ClueOutcome collect(IssueClue clue) {
    requireNonNull(clue, "clue");
    TimeLimits.check("IssueClue[" + clue.id() + "]", "reportedAt", clue.reportedAt());
    @Nullable ClueCase known = cases.get(clue.id());
    if (known != null) {
      return known.clue().equals(clue) ? new ClueOutcome.Unchanged(this, known)
          : refuse(ClueRefusal.Reason.CONFLICTING_ID, "clue " + clue.id() + " is already collected with other content");
    }
    return changed(ClueCase.collected(clue));
  }

  /** Accepts a collected clue at screening (归类筛选). */
  public ClueOutcome screen(ClueId id, Instant at) {
    requireNonNull(at, "at");
    return step(id, at, EnumSet.of(ClueStatus.COLLECTED), "screen", c -> c.screened(at));
  }

  /**
   * Merges a duplicate into the clue about the same problem, which must be screened in and not
   * yet completed; the duplicate must be collected or screened and have no duplicates of its own.
   *
   * @param duplicate the clue merged away
   * @param primary the clue it joins
   * @param at when
   * @return {@link ClueOutcome.Changed} with the primary's case, or {@link ClueOutcome.Refused}
   */
  public ClueOutcome merge(ClueId duplicate, ClueId primary, Instant at) {
    requireNonNull(duplicate, "duplicate");
    requireNonNull(primary, "primary");
    TimeLimits.check("ClueRegister", "at", requireNonNull(at, "at"));
    @Nullable ClueCase dup = cases.get(duplicate);
    @Nullable ClueCase into = cases.get(primary);
    if (dup == null || into == null) {
      return refuse(ClueRefusal.Reason.UNKNOWN_CLUE, "no clue " + (dup == null ? duplicate : primary) + " is collected");
    }
    if (duplicate.equals(primary)) {
      return refuse(ClueRefusal.Reason.INVALID_MERGE, "clue " + duplicate + " cannot be merged into itself");
    }
    if (!EnumSet.of(ClueStatus.COLLECTED, ClueStatus.SCREENED).contains(dup.status()) || !dup.duplicates().isEmpty()) {
      return refuse(ClueRefusal.Reason.INVALID_MERGE, "clue " + duplicate + " is " + dup.status()
          + (dup.duplicates().isEmpty() ? "" : " with duplicates of its own") + " and cannot be merged away");
    }
    if (!MERGEABLE_PRIMARY.contains(into.status())) {
      return refuse(ClueRefusal.Reason.INVALID_MERGE, "clue " + primary + " is " + into.status()
          + "; duplicates join a screened clue that is not completed");
    }
    Instant after = latest(dup.lastChangedAt(), into.lastChangedAt());
    if (at.isBefore(after)) {
      return refuse(ClueRefusal.Reason.OUT_OF_ORDER, "merging " + duplicate + " at " + at + " is before " + after);
    }
    ClueCase merged = dup.merged(primary, at);
    ClueCase grown = into.withDuplicate(duplicate);
    return new ClueOutcome.Changed(new ClueRegister(with(with(cases, merged), grown), projects), grown);
  }

  /** Rejects a collected, screened or evaluated clue, with a reason. */
  public ClueOutcome reject(ClueId id, ClueRejection rejection) {
    requireNonNull(rejection, "rejection");
    return step(id, rejection.at(), EnumSet.of(ClueStatus.COLLECTED, ClueStatus.SCREENED, ClueStatus.EVALUATED),
        "reject", c -> c.rejected(rejection));
  }

  /** Records the survey and evaluation of a screened clue; evaluating again before a decision replaces it. */
  public ClueOutcome evaluate(ClueId id, Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    return step(id, evaluation.at(), EnumSet.of(ClueStatus.SCREENED, ClueStatus.EVALUATED), "evaluate",
        c -> c.evaluated(evaluation));
  }

  /** Decides how an evaluated clue is solved; the project id must not be another clue's. */
  public ClueOutcome decide(ClueId id, Implementation implementation) {
    requireNonNull(implementation, "implementation");
    @Nullable ClueId owner = projects.get(implementation.project());
    if (owner != null && !owner.equals(id)) {
      return refuse(ClueRefusal.Reason.PROJECT_TAKEN, "project " + implementation.project() + " is already the project of clue " + owner);
    }
    ClueOutcome o = step(id, implementation.decidedAt(), EnumSet.of(ClueStatus.EVALUATED), "decide",
        c -> c.decided(implementation));
    if (o instanceof ClueOutcome.Changed ch) {
      ImmutableMap<ProjectId, ClueId> p = ImmutableMap.<ProjectId, ClueId>builder().putAll(projects)
          .put(implementation.project(), id).build();
      return new ClueOutcome.Changed(new ClueRegister(ch.register().cases, p), ch.clueCase());
    }
    return o;
  }

  /** Records the start of a decided clue's project. */
  public ClueOutcome start(ClueId id, Instant at) {
    requireNonNull(at, "at");
    return step(id, at, EnumSet.of(ClueStatus.DECIDED), "start", c -> c.started(at));
  }

  /** Records the completion of a clue's project that is in progress. */
  public ClueOutcome complete(ClueId id, Completion completion) {
    requireNonNull(completion, "completion");
    return step(id, completion.at(), EnumSet.of(ClueStatus.IN_PROGRESS), "complete", c -> c.completed(completion));
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

  private ClueOutcome step(ClueId id, Instant at, Set<ClueStatus> allowed, String what,
      UnaryOperator<ClueCase> change) {
    requireNonNull(id, "id");
    TimeLimits.check("ClueRegister", "at", at);
    @Nullable ClueCase c = cases.get(id);
    if (c == null) {
      return refuse(ClueRefusal.Reason.UNKNOWN_CLUE, "no clue " + id + " is collected");
    }
    if (!allowed.contains(c.status())) {
      return refuse(ClueRefusal.Reason.WRONG_STATUS, "clue " + id + " is " + c.status() + "; to " + what + " it, it must be "
          + allowed);
    }
    if (at.isBefore(c.lastChangedAt())) {
      return refuse(ClueRefusal.Reason.OUT_OF_ORDER, "clue " + id + " cannot " + what + " at " + at + ", before its last step at "
          + c.lastChangedAt());
    }
    return changed(change.apply(c));
  }

  private ClueOutcome changed(ClueCase c) {
    return new ClueOutcome.Changed(new ClueRegister(with(cases, c), projects), c);
  }

  private ClueOutcome refuse(ClueRefusal.Reason reason, String detail) {
    return new ClueOutcome.Refused(this, new ClueRefusal(reason, detail));
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static ImmutableSortedMap<ClueId, ClueCase> with(ImmutableSortedMap<ClueId, ClueCase> cases, ClueCase c) {
    TreeMap<ClueId, ClueCase> copy = new TreeMap<>(cases);
    copy.put(c.id(), c);
    return ImmutableSortedMap.copyOfSorted(copy);
  }

  /** Returns {@code ClueRegister[n clues]}. */
  @Override
  public String toString() {
    return "ClueRegister[" + cases.size() + " clues]";
  }
}
