package io.github.jiceng.governance.rules.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.Handover;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The acting holder of an A/B post (执行书记AB岗): at every instant exactly one holder acts, or the
 * post is vacant with a reason; and the handovers that follow from absences.
 *
 * <p>The rule: the A holder acts while assigned and present; otherwise the B holder acts while
 * assigned and present; otherwise the post is {@link Acting.Vacant}. A holder is away at an
 * instant when one of their absences contains it (absences are half-open, so a holder who returns
 * at {@code t} acts at {@code t}). Absences of persons who do not hold the post are ignored, so
 * callers may pass all absences of a roster.
 *
 * <pre>{@code
 * Acting now = ActingHolders.resolve(post, roster.absences(), instant);
 * List<Handover> log = ActingHolders.handovers(post, roster.absences(), year);
 * }</pre>
 *
 * <p>These are the queries over a post and a list of absences, as a roster holds them. A host that
 * records a post's absences and reassignments as they happen keeps them in a stream of {@link
 * PostRules}, whose {@link PostState} answers the same questions with the holders in force at each
 * instant.
 *
 * <p>Stateless and thread-safe: it only reads its inputs. An instant or window reaching outside
 * {@link TimeLimits} throws a {@code DomainValidationException} (rule {@code instant-range}).
 */
public final class ActingHolders {

  private ActingHolders() {}

  /**
   * Returns who acts on the post at the instant.
   *
   * @param post the post
   * @param absences absences of any persons; those of the post's holders count
   * @param at the instant
   * @return the acting holder, or vacant with a reason; never null
   */
  public static Acting resolve(Post post, Collection<Absence> absences, Instant at) {
    requireNonNull(post, "post");
    requireNonNull(absences, "absences");
    TimeLimits.check("ActingHolders", "at", requireNonNull(at, "at"));
    Optional<PersonId> a = post.holderA();
    Optional<PersonId> b = post.holderB();
    boolean aPresent = a.isPresent() && !isAway(a.get(), absences, at);
    if (aPresent) {
      return new Acting.Holder(a.get(), HolderSlot.A);
    }
    boolean bPresent = b.isPresent() && !isAway(b.get(), absences, at);
    if (bPresent) {
      return new Acting.Holder(b.get(), HolderSlot.B);
    }
    if (a.isEmpty() && b.isEmpty()) {
      return new Acting.Vacant(VacancyReason.NO_HOLDER);
    }
    return new Acting.Vacant(a.isPresent() && b.isPresent() ? VacancyReason.BOTH_AWAY : VacancyReason.ONLY_HOLDER_AWAY);
  }

  /**
   * Returns who acts on the post over the window, as maximal consecutive periods that together
   * cover the window exactly, in time order.
   *
   * @param post the post
   * @param absences absences of any persons; those of the post's holders count
   * @param window the span to describe
   * @return the periods; never empty
   */
  public static List<ActingPeriod> timeline(Post post, Collection<Absence> absences, Interval window) {
    requireNonNull(post, "post");
    requireNonNull(absences, "absences");
    checkWindow(window);
    List<PersonId> holders = post.holders();
    List<Absence> relevant = new ArrayList<>();
    TreeSet<Instant> cuts = new TreeSet<>();
    cuts.add(window.start());
    cuts.add(window.end());
    for (Absence absence : absences) {
      if (holders.contains(absence.person()) && absence.period().overlaps(window)) {
        relevant.add(absence);
        for (Instant t : List.of(absence.period().start(), absence.period().end())) {
          if (window.contains(t)) {
            cuts.add(t);
          }
        }
      }
    }
    List<Instant> points = new ArrayList<>(cuts);
    List<ActingPeriod> out = new ArrayList<>();
    for (int i = 0; i + 1 < points.size(); i++) {
      Instant start = points.get(i);
      Instant end = points.get(i + 1);
      Acting acting = resolve(post, relevant, start);
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).acting().equals(acting)) {
        out.set(last, new ActingPeriod(Interval.of(out.get(last).period().start(), end), acting));
      } else {
        out.add(new ActingPeriod(Interval.of(start, end), acting));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the handovers on the post over the window: every maximal period in which the B
   * holder acted for the assigned but absent A holder, in time order.
   *
   * @param post the post
   * @param absences absences of any persons; those of the post's holders count
   * @param window the span to examine; handovers are clipped to it
   * @return the handovers; empty if A was present throughout or is unassigned
   */
  public static List<Handover> handovers(Post post, Collection<Absence> absences, Interval window) {
    List<Handover> out = new ArrayList<>();
    if (post.holderA().isEmpty()) {
      requireNonNull(absences, "absences");
      checkWindow(window);
      return List.of();
    }
    for (ActingPeriod p : timeline(post, absences, window)) {
      if (p.acting() instanceof Acting.Holder && ((Acting.Holder) p.acting()).slot() == HolderSlot.B) {
        out.add(new Handover(post.id(), ((Acting.Holder) p.acting()).person(), post.holderA().get(), p.period()));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean isAway(PersonId person, Collection<Absence> absences, Instant at) {
    for (Absence absence : absences) {
      if (absence.person().equals(person) && absence.period().contains(at)) {
        return true;
      }
    }
    return false;
  }

  /** A window reaching outside {@link TimeLimits} is bad input. */
  private static void checkWindow(Interval window) {
    requireNonNull(window, "window");
    TimeLimits.check("ActingHolders", "window", window.start());
    TimeLimits.check("ActingHolders", "window", window.end());
  }
}
