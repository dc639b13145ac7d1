package io.github.jiceng.governance.rules.post;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.Handover;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One A/B post as the fold of its {@link PostEvent}s (岗位状态): the post with its holders over
 * time, and every absence of a holder, those without an end yet included. Answers who acts at an
 * instant, the timeline and the handovers by the rule of {@link ActingHolders}, taking the holders
 * in force at each instant.
 *
 * <p>An immutable value: {@link #equals} compares the facts; {@link #toString} gives counts and ids
 * only. An absence without an end is treated as lasting until {@link TimeLimits#LATEST}.
 */
public final class PostState {

  private static final PostState EMPTY = new PostState(ImmutableSortedMap.of(), ImmutableList.of(),
      ImmutableSortedMap.of());

  /** The post's versions by the instant each takes effect; the first at {@link TimeLimits#EARLIEST}. */
  private final ImmutableSortedMap<Instant, Post> versions;
  /** Absences with an end, in the order of {@link Absence#compareTo}. */
  private final ImmutableList<Absence> closed;
  /** Absences without an end, by person, each as lasting until {@link TimeLimits#LATEST}. */
  private final ImmutableSortedMap<PersonId, Absence> open;

  private PostState(ImmutableSortedMap<Instant, Post> versions, ImmutableList<Absence> closed,
      ImmutableSortedMap<PersonId, Absence> open) {
    this.versions = versions;
    this.closed = closed;
    this.open = open;
  }

  /** Returns the state of a stream with no post yet. */
  static PostState empty() {
    return EMPTY;
  }

  PostState withVersion(Instant from, Post post) {
    return new PostState(ImmutableSortedMap.<Instant, Post>naturalOrder().putAll(versions.headMap(from, false))
        .put(from, post).build(), closed, open);
  }

  PostState withOpen(Absence absence) {
    return new PostState(versions, closed, ImmutableSortedMap.<PersonId, Absence>naturalOrder().putAll(open)
        .put(absence.person(), absence).build());
  }

  /** Closes the person's open absence as the given one. */
  PostState withClosed(Absence absence) {
    List<Absence> list = new ArrayList<>(closed);
    int at = Collections.binarySearch(list, absence);
    list.add(at < 0 ? -at - 1 : at, absence);
    Map<PersonId, Absence> stillOpen = new TreeMap<>(open);
    stillOpen.remove(absence.person());
    return new PostState(versions, ImmutableList.copyOf(list), ImmutableSortedMap.copyOf(stillOpen));
  }

  /** Returns whether the post is established. */
  public boolean isEstablished() {
    return !versions.isEmpty();
  }

  /**
   * Returns the post with its current holders: those of the latest assignment.
   *
   * @return the post, or empty before it is established
   */
  public Optional<Post> post() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  /**
   * Returns the post with the holders in force at the instant.
   *
   * @param at the instant
   * @return the post, or empty before it is established
   */
  public Optional<Post> postAt(Instant at) {
    requireNonNull(at, "at");
    Map.Entry<Instant, Post> e = versions.floorEntry(at);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /** Returns the instants at which the holders changed, the establishment first at {@link TimeLimits#EARLIEST}. */
  public List<Instant> assignmentInstants() {
    return versions.keySet().asList();
  }

  /**
   * Returns every absence recorded, those without an end as lasting until {@link TimeLimits#LATEST},
   * ordered by person, then period.
   */
  public List<Absence> absences() {
    List<Absence> all = new ArrayList<>(closed);
    all.addAll(open.values());
    Collections.sort(all);
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the person's absence that has no end yet, as lasting until {@link TimeLimits#LATEST}.
   *
   * @param person the holder
   * @return the absence, or empty if the person has none without an end
   */
  public Optional<Absence> openAbsence(PersonId person) {
    return Optional.ofNullable(open.get(requireNonNull(person, "person")));
  }

  /** Returns the person's absences with an end, by period. */
  List<Absence> closedOf(PersonId person) {
    return closed.stream().filter(a -> a.person().equals(person)).toList();
  }

  /**
   * Returns who acts on the post at the instant, with the holders in force then.
   *
   * @param at the instant
   * @return the acting holder, or vacant with a reason ({@link VacancyReason#NO_HOLDER} before the
   *     post is established)
   */
  public Acting acting(Instant at) {
    TimeLimits.check("PostState", "at", requireNonNull(at, "at"));
    Optional<Post> post = postAt(at);
    return post.isEmpty() ? new Acting.Vacant(VacancyReason.NO_HOLDER) : ActingHolders.resolve(post.get(), absences(), at);
  }

  /**
   * Returns who acts over the window as maximal periods covering it exactly, in time order; a
   * change of holders starts a new period only if it changes who acts.
   *
   * @param window the span to describe
   * @return the periods; never empty
   */
  public List<ActingPeriod> timeline(Interval window) {
    requireNonNull(window, "window");
    List<Absence> absences = absences();
    List<ActingPeriod> out = new ArrayList<>();
    for (Interval segment : segments(window)) {
      Optional<Post> post = postAt(segment.start());
      List<ActingPeriod> part = post.isEmpty()
          ? List.of(new ActingPeriod(segment, new Acting.Vacant(VacancyReason.NO_HOLDER)))
          : ActingHolders.timeline(post.get(), absences, segment);
      for (ActingPeriod p : part) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).acting().equals(p.acting()) && out.get(last).period().end().equals(p.period().start())) {
          out.set(last, new ActingPeriod(Interval.of(out.get(last).period().start(), p.period().end()), p.acting()));
        } else {
          out.add(p);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the handovers over the window: every maximal period in which a B holder acted for the
   * assigned but absent A holder, in time order, clipped to the window.
   *
   * @param window the span to examine
   * @return the handovers; empty if no B holder acted for an A holder
   */
  public List<Handover> handovers(Interval window) {
    requireNonNull(window, "window");
    List<Absence> absences = absences();
    List<Handover> out = new ArrayList<>();
    for (Interval segment : segments(window)) {
      Optional<Post> post = postAt(segment.start());
      if (post.isEmpty()) {
        continue;
      }
      for (Handover h : ActingHolders.handovers(post.get(), absences, segment)) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).acting().equals(h.acting()) && out.get(last).absent().equals(h.absent())
            && out.get(last).period().end().equals(h.period().start())) {
          out.set(last, new Handover(h.post(), h.acting(), h.absent(), Interval.of(out.get(last).period().start(),
              h.period().end())));
        } else {
          out.add(h);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Splits the window where the holders change. */
  private List<Interval> segments(Interval window) {
    TimeLimits.check("PostState", "window", window.start());
    TimeLimits.check("PostState", "window", window.end());
    List<Interval> out = new ArrayList<>();
    Instant start = window.start();
    for (Instant cut : versions.keySet()) {
      if (cut.isAfter(start) && cut.isBefore(window.end())) {
        out.add(Interval.of(start, cut));
        start = cut;
      }
    }
    out.add(Interval.of(start, window.end()));
    return out;
  }

  /** Returns whether the facts are the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PostState s && versions.equals(s.versions) && closed.equals(s.closed) && open.equals(s.open);
  }

  @Override
  public int hashCode() {
    return Objects.hash(versions, closed, open);
  }

  /** Returns {@code PostState[post, holders, n assignments, n absences, n open]}: ids and counts only. */
  @Override
  public String toString() {
    if (versions.isEmpty()) {
      return "PostState[not established]";
    }
    Post p = versions.lastEntry().getValue();
    return "PostState[" + p.id() + ", A=" + p.holder(HolderSlot.A).map(Object::toString).orElse("-") + ", B="
        + p.holder(HolderSlot.B).map(Object::toString).orElse("-") + ", " + versions.size() + " assignments, "
        + closed.size() + " absences, " + open.size() + " open]";
  }
}
