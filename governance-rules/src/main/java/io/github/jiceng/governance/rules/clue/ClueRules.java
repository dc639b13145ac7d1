package io.github.jiceng.governance.rules.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a clue register (线索办理规则) as a {@link Decider}: a {@link ClueCommand} is
 * decided against a {@link ClueRegister} into one {@link ClueEvent}, {@link Decision.Unchanged}
 * for a clue collected again, or a refusal coded by {@link ClueRefusalCode}; each event evolves
 * the register. One stream is one register (a street's or a community's).
 *
 * <p>The checks, in order: a collected clue's id must be free or hold the same clue; every other
 * step needs a collected clue ({@code UNKNOWN_CLUE}) in a status that allows it ({@code
 * WRONG_STATUS}; see {@link ClueRegister} for the order of steps) and is not dated before the
 * clue's last step ({@code OUT_OF_ORDER}); a merge joins a collected or screened clue without
 * duplicates of its own to another clue that is screened in and not completed ({@code
 * INVALID_MERGE}); a decision's project id must not be another clue's ({@code PROJECT_TAKEN},
 * checked first).
 *
 * <pre>{@code
 * InMemoryStream<ClueCommand, ClueRegister, ClueEvent> clues = InMemoryStream.open(ClueRules.decider());
 * clues.handle(new ClueCommand.Collect(clue));
 * clues.handle(new ClueCommand.Screen(clue.id(), at));
 * clues.state().find(clue.id()).orElseThrow().status();   // SCREENED
 * }</pre>
 *
 * <p>Stateless and thread-safe. {@link #fold} replays many events with one copy of the register
 * rather than one per event.
 */
public final class ClueRules implements Decider<ClueCommand, ClueRegister, ClueEvent> {

  private static final ClueRules RULES = new ClueRules();

  private static final Set<ClueStatus> MERGEABLE_PRIMARY =
      EnumSet.of(ClueStatus.SCREENED, ClueStatus.EVALUATED, ClueStatus.DECIDED, ClueStatus.IN_PROGRESS);
  private static final Set<ClueStatus> MERGEABLE_DUPLICATE = EnumSet.of(ClueStatus.COLLECTED, ClueStatus.SCREENED);

  private ClueRules() {}

  /**
   * Returns the rules; they have no configuration.
   *
   * @return the rules
   */
  public static ClueRules decider() {
    return RULES;
  }

  /** Returns the empty register. */
  @Override
  public ClueRegister initialState() {
    return ClueRegister.empty();
  }

  /**
   * Decides a step on the register.
   *
   * @param command the step
   * @param state the register
   * @return the step's event; {@link Decision.Unchanged} with the earlier {@link
   *     ClueEvent.Collected} when the same clue is collected again; or a refusal
   */
  @Override
  public Decision<ClueEvent> decide(ClueCommand command, ClueRegister state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    ClueEvent event = eventOf(command);
    if (event instanceof ClueEvent.Collected collected) {
      @Nullable ClueCase known = state.caseOf(collected.clue().id());
      if (known != null && known.clue().equals(collected.clue())) {
        return Decision.unchanged(List.of(new ClueEvent.Collected(known.clue())));
      }
    }
    Optional<Refusal> refusal = check(event, state::caseOf, state::ownerOf);
    return refusal.isPresent() ? Decision.refused(refusal.get()) : Decision.applied(event);
  }

  /**
   * Returns the register after one event.
   *
   * @param state the register
   * @param event an event decided for it
   * @return the register after it
   * @throws IllegalStateException if the event cannot follow the register, such as a step on a
   *     clue never collected
   */
  @Override
  public ClueRegister evolve(ClueRegister state, ClueEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    Work work = new Work(state);
    work.apply(event, 0);
    return work.register();
  }

  /**
   * Returns the register after the events, copying it once.
   *
   * @param state the register to start from
   * @param events the events, in stream order
   * @return the register after the last one, equal to evolving one event at a time
   * @throws IllegalStateException if an event cannot follow the register before it
   */
  @Override
  public ClueRegister fold(ClueRegister state, Iterable<? extends ClueEvent> events) {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
    Work work = new Work(state);
    int index = 0;
    for (ClueEvent event : events) {
      if (event == null) {
        throw new NullPointerException("events[" + index + "]");
      }
      work.apply(event, index++);
    }
    return work.applied == 0 ? state : work.register();
  }

  /** Returns {@code ClueRules}. */
  @Override
  public String toString() {
    return "ClueRules";
  }

  private static ClueEvent eventOf(ClueCommand command) {
    if (command instanceof ClueCommand.Collect c) {
      return new ClueEvent.Collected(c.clue());
    } else if (command instanceof ClueCommand.Screen c) {
      return new ClueEvent.Screened(c.clue(), c.at());
    } else if (command instanceof ClueCommand.Merge c) {
      return new ClueEvent.Merged(c.duplicate(), c.primary(), c.at());
    } else if (command instanceof ClueCommand.Reject c) {
      return new ClueEvent.Rejected(c.clue(), c.rejection());
    } else if (command instanceof ClueCommand.Evaluate c) {
      return new ClueEvent.Evaluated(c.clue(), c.evaluation());
    } else if (command instanceof ClueCommand.Decide c) {
      return new ClueEvent.Decided(c.clue(), c.implementation());
    } else if (command instanceof ClueCommand.Start c) {
      return new ClueEvent.Started(c.clue(), c.at());
    }
    ClueCommand.Complete c = (ClueCommand.Complete) command;
    return new ClueEvent.Completed(c.clue(), c.completion());
  }

  /** The checks of a step, against the cases and projects as they stand: the same for decide and evolve. */
  private static Optional<Refusal> check(ClueEvent event, Function<ClueId, @Nullable ClueCase> cases,
      Function<ProjectId, @Nullable ClueId> owners) {
    if (event instanceof ClueEvent.Collected c) {
      return cases.apply(c.clue().id()) == null ? Optional.empty()
          : Optional.of(Refusal.of(ClueRefusalCode.CONFLICTING_ID, "clue " + c.clue().id()
              + " is already collected with other content").with("clue", c.clue().id()));
    }
    if (event instanceof ClueEvent.Merged m) {
      return checkMerge(m, cases);
    }
    if (event instanceof ClueEvent.Screened s) {
      return checkStep(s.clue(), s.at(), EnumSet.of(ClueStatus.COLLECTED), "screen", cases);
    } else if (event instanceof ClueEvent.Rejected r) {
      return checkStep(r.clue(), r.at(), EnumSet.of(ClueStatus.COLLECTED, ClueStatus.SCREENED, ClueStatus.EVALUATED),
          "reject", cases);
    } else if (event instanceof ClueEvent.Evaluated v) {
      return checkStep(v.clue(), v.at(), EnumSet.of(ClueStatus.SCREENED, ClueStatus.EVALUATED), "evaluate", cases);
    } else if (event instanceof ClueEvent.Decided d) {
      ProjectId project = d.implementation().project();
      @Nullable ClueId owner = owners.apply(project);
      if (owner != null && !owner.equals(d.clue())) {
        return Optional.of(Refusal.of(ClueRefusalCode.PROJECT_TAKEN, "project " + project
            + " is already the project of clue " + owner).with("clue", d.clue()).with("project", project)
            .with("owner", owner));
      }
      return checkStep(d.clue(), d.at(), EnumSet.of(ClueStatus.EVALUATED), "decide", cases);
    } else if (event instanceof ClueEvent.Started s) {
      return checkStep(s.clue(), s.at(), EnumSet.of(ClueStatus.DECIDED), "start", cases);
    }
    ClueEvent.Completed c = (ClueEvent.Completed) event;
    return checkStep(c.clue(), c.at(), EnumSet.of(ClueStatus.IN_PROGRESS), "complete", cases);
  }

  private static Optional<Refusal> checkStep(ClueId id, Instant at, Set<ClueStatus> allowed, String what,
      Function<ClueId, @Nullable ClueCase> cases) {
    @Nullable ClueCase c = cases.apply(id);
    if (c == null) {
      return Optional.of(unknown(id));
    }
    if (!allowed.contains(c.status())) {
      return Optional.of(Refusal.of(ClueRefusalCode.WRONG_STATUS, "clue " + id + " is " + c.status() + "; to " + what
          + " it, it must be " + allowed).with("clue", id).with("status", c.status()).with("step", what)
          .with("allowed", allowed));
    }
    if (at.isBefore(c.lastChangedAt())) {
      return Optional.of(Refusal.of(ClueRefusalCode.OUT_OF_ORDER, "clue " + id + " cannot " + what + " at " + at
          + ", before its last step at " + c.lastChangedAt()).with("clue", id).with("at", at)
          .with("last", c.lastChangedAt()));
    }
    return Optional.empty();
  }

  private static Optional<Refusal> checkMerge(ClueEvent.Merged m, Function<ClueId, @Nullable ClueCase> cases) {
    ClueId duplicate = m.duplicate();
    ClueId primary = m.primary();
    @Nullable ClueCase dup = cases.apply(duplicate);
    @Nullable ClueCase into = cases.apply(primary);
    if (dup == null || into == null) {
      return Optional.of(unknown(dup == null ? duplicate : primary));
    }
    if (duplicate.equals(primary)) {
      return invalidMerge(m, "clue " + duplicate + " cannot be merged into itself");
    }
    if (!MERGEABLE_DUPLICATE.contains(dup.status()) || !dup.duplicates().isEmpty()) {
      return invalidMerge(m, "clue " + duplicate + " is " + dup.status()
          + (dup.duplicates().isEmpty() ? "" : " with duplicates of its own") + " and cannot be merged away");
    }
    if (!MERGEABLE_PRIMARY.contains(into.status())) {
      return invalidMerge(m, "clue " + primary + " is " + into.status()
          + "; duplicates join a screened clue that is not completed");
    }
    Instant after = dup.lastChangedAt().isAfter(into.lastChangedAt()) ? dup.lastChangedAt() : into.lastChangedAt();
    if (m.at().isBefore(after)) {
      return Optional.of(Refusal.of(ClueRefusalCode.OUT_OF_ORDER, "merging " + duplicate + " at " + m.at()
          + " is before " + after).with("clue", duplicate).with("at", m.at()).with("last", after));
    }
    return Optional.empty();
  }

  private static Refusal unknown(ClueId id) {
    return Refusal.of(ClueRefusalCode.UNKNOWN_CLUE, "no clue " + id + " is collected").with("clue", id);
  }

  private static Optional<Refusal> invalidMerge(ClueEvent.Merged m, String detail) {
    return Optional.of(Refusal.of(ClueRefusalCode.INVALID_MERGE, detail).with("duplicate", m.duplicate())
        .with("primary", m.primary()));
  }

  /** A register being replayed: its maps copied once, changed in place, and frozen at the end. */
  private static final class Work {
    private final TreeMap<ClueId, ClueCase> cases;
    private final Map<ProjectId, ClueId> projects;
    private int applied;

    Work(ClueRegister start) {
      cases = new TreeMap<>();
      projects = new TreeMap<>();
      for (ClueCase c : start.cases()) {
        cases.put(c.id(), c);
        c.implementation().ifPresent(i -> projects.put(i.project(), c.id()));
      }
    }

    void apply(ClueEvent event, int index) {
      Optional<Refusal> refusal = check(event, cases::get, projects::get);
      if (refusal.isPresent()) {
        throw new IllegalStateException("event " + index + " (" + event.getClass().getSimpleName() + " of clue "
            + event.clueId() + ") cannot follow the register: " + refusal.get());
      }
      if (event instanceof ClueEvent.Collected c) {
        put(ClueCase.collected(c.clue()));
      } else if (event instanceof ClueEvent.Merged m) {
        put(cases.get(m.duplicate()).merged(m.primary(), m.at()));
        put(cases.get(m.primary()).withDuplicate(m.duplicate()));
      } else if (event instanceof ClueEvent.Screened s) {
        put(cases.get(s.clue()).screened(s.at()));
      } else if (event instanceof ClueEvent.Rejected r) {
        put(cases.get(r.clue()).rejected(r.rejection()));
      } else if (event instanceof ClueEvent.Evaluated v) {
        put(cases.get(v.clue()).evaluated(v.evaluation()));
      } else if (event instanceof ClueEvent.Decided d) {
        put(cases.get(d.clue()).decided(d.implementation()));
        projects.put(d.implementation().project(), d.clue());
      } else if (event instanceof ClueEvent.Started s) {
        put(cases.get(s.clue()).started(s.at()));
      } else {
        ClueEvent.Completed c = (ClueEvent.Completed) event;
        put(cases.get(c.clue()).completed(c.completion()));
      }
      applied++;
    }

    private void put(ClueCase c) {
      cases.put(c.id(), c);
    }

    ClueRegister register() {
      return ClueRegister.of(cases, projects);
    }
  }
}
