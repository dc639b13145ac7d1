package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.rules.authority.AuthorityDecision;
import io.github.jiceng.governance.rules.authority.ScopedAuthority;
import io.github.jiceng.governance.rules.authority.Target;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.rules.post.ActingHolders;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Absences and acting holders (A/B posts): at the start of each day logs the absences that begin
 * and resolves every post's acting holder with {@code ActingHolders}; it owns the acting register.
 * The other phases ask it who handles a step at a grid, and it asks {@code ScopedAuthority}
 * whether that person (or any actor) may take the step, logging a vacancy or a denial.
 */
final class PostsPhase {

  private final Roster roster;
  private final ScopedAuthority authority;
  private final Indexes index;
  private final RunClock clock;
  private final EventLog log;
  private final TreeMap<PostId, Acting> acting = new TreeMap<>();
  /** The run's absences by start, then as they compare. */
  private final List<Absence> sortedAbsences;

  PostsPhase(Roster roster, ScopedAuthority authority, Indexes index, RunClock clock, EventLog log) {
    this.roster = roster;
    this.authority = authority;
    this.index = index;
    this.clock = clock;
    this.log = log;
    List<Absence> all = new ArrayList<>(roster.absences());
    all.sort((a, b) -> {
      int c = a.period().start().compareTo(b.period().start());
      return c != 0 ? c : a.compareTo(b);
    });
    this.sortedAbsences = List.copyOf(all);
  }

  /** Logs the absences starting today and every post whose acting holder changed since yesterday. */
  void watch() {
    Instant dayStart = clock.dayStart();
    Instant next = clock.nextDayStart();
    for (Absence a : sortedAbsences) {
      if (!a.period().start().isBefore(dayStart) && a.period().start().isBefore(next)) {
        log.emit(EventKind.ABSENCE_STARTED, a.period().start(), a.person(), null, null,
            EventLog.ids(SimulationEvent.PERSON, a.person().value()), a.person() + " is away (" + a.kind() + ")"
                + lastDayAway(a), null);
      }
    }
    for (Post post : index.posts()) {
      Acting now = ActingHolders.resolve(post, holdersAbsences(post), dayStart);
      Acting before = acting.put(post.id(), now);
      if (!now.equals(before)) {
        SortedMap<String, String> ids = EventLog.ids(SimulationEvent.POST, post.id().value());
        String text;
        if (now instanceof Acting.Holder h) {
          ids.put(SimulationEvent.PERSON, h.person().value());
          text = h.person() + " acts on post " + post.id() + " as " + h.slot()
              + (h.slot() == HolderSlot.B ? " (A away or unassigned)" : "");
        } else {
          text = "post " + post.id() + " is vacant: " + ((Acting.Vacant) now).reason();
        }
        log.emit(EventKind.ACTING_CHANGED, dayStart, now instanceof Acting.Holder h ? h.person() : null, post.scope(),
            null, ids, text, null);
      }
    }
  }

  /** The last day an absence keeps its holder away: the day before the one they act again. */
  private String lastDayAway(Absence a) {
    ZonedDateTime end = a.period().end().atZone(clock.zone());
    return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? " through " + end.toLocalDate().minusDays(1)
        : " until " + end.toLocalDateTime();
  }

  private List<Absence> holdersAbsences(Post post) {
    List<Absence> out = new ArrayList<>();
    for (PersonId h : post.holders()) {
      out.addAll(roster.absencesOf(h));
    }
    return out;
  }

  /** The acting register: each post's acting holder or vacancy today. */
  Map<PostId, Acting> register() {
    return Collections.unmodifiableMap(acting);
  }

  /**
   * Finds who handles a step at the grid and checks the step with scoped authority. Logs a
   * {@link EventKind#REFUSED} when every handling post above the grid is vacant, and an
   * {@link EventKind#AUTHORITY_DENIED} when the rule denies the handler.
   *
   * @return the handler allowed to take the action, or empty (logged)
   */
  Optional<PersonId> handler(GridId grid, Action action, Instant at, SortedMap<String, String> ids, String step) {
    return handler(grid, action, at, ids, step, Set.of());
  }

  /**
   * Finds who handles a step at the grid, passing over the posts whose acting holder is one of
   * {@code excluded} (a fund's approvers, who may not raise what they approve); see
   * {@link #handler(GridId, Action, Instant, SortedMap, String)}.
   */
  Optional<PersonId> handler(GridId grid, Action action, Instant at, SortedMap<String, String> ids, String step,
      Set<PersonId> excluded) {
    List<Post> candidates = index.handlingPosts(grid);
    for (Post post : candidates) {
      Acting a = acting.get(post.id());
      if (a instanceof Acting.Holder h && excluded.contains(h.person())) {
        continue;
      }
      if (a instanceof Acting.Holder h) {
        return allowed(h.person(), grid, action, at, ids, step) ? Optional.of(h.person()) : Optional.empty();
      }
    }
    StringBuilder why = new StringBuilder("no one may ").append(step).append(" at ").append(grid).append(": ");
    if (candidates.isEmpty()) {
      why.append("no handling post covers the grid");
    } else {
      for (int i = 0; i < candidates.size(); i++) {
        Post p = candidates.get(i);
        why.append(i == 0 ? "" : ", ").append("post ").append(p.id());
        if (acting.get(p.id()) instanceof Acting.Vacant v) {
          why.append(" is vacant (").append(v.reason()).append(')');
        } else {
          why.append("'s acting holder may not take this step");
        }
      }
    }
    log.refused(at, null, grid, ids, why.toString());
    return Optional.empty();
  }

  /** Returns the handler at the grid without logging, if any post above it has an acting holder. */
  Optional<PersonId> quietHandler(GridId grid) {
    for (Post post : index.handlingPosts(grid)) {
      if (acting.get(post.id()) instanceof Acting.Holder h) {
        return Optional.of(h.person());
      }
    }
    return Optional.empty();
  }

  /** Asks scoped authority; logs a denial. */
  boolean allowed(ActorId actor, GridId grid, Action action, Instant at, SortedMap<String, String> ids, String step) {
    AuthorityDecision d = authority.decide(actor, Target.of(grid, action), at);
    if (d instanceof AuthorityDecision.Denied denied) {
      log.emit(EventKind.AUTHORITY_DENIED, at, actor, grid, null, ids, "scoped authority denies " + actor.value() + " "
          + action + " at " + grid + " (" + step + "): " + denied.reason() + ": " + denied.detail(), null);
      return false;
    }
    return true;
  }

  /** Asks scoped authority without logging. */
  boolean mayAct(ActorId actor, GridId grid, Action action, Instant at) {
    return authority.decide(actor, Target.of(grid, action), at).isAllowed();
  }
}
