package io.github.jiceng.governance.model.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;

/**
 * A handover record (交接记录): on one post, who acted for whom, from when to when. The B holder
 * acts for the absent A holder over the period.
 *
 * @param post the post
 * @param acting the holder who acted (normally B)
 * @param absent the holder acted for (normally A)
 * @param period when, half-open
 */
public record Handover(PostId post, PersonId acting, PersonId absent, Interval period) implements Comparable<Handover> {

  /**
   * Validates the record.
   *
   * @throws DomainValidationException if a person is said to act for themselves
   */
  public Handover {
    requireNonNull(post, "post");
    requireNonNull(acting, "acting");
    requireNonNull(absent, "absent");
    requireNonNull(period, "period");
    if (acting.equals(absent)) {
      throw new DomainValidationException("Handover[" + post + "]", "acting", "acting-for-another",
          "a holder acts for another holder, not for themselves (" + acting + ")");
    }
  }

  /** Orders by post, then period, then the acting holder. */
  @Override
  public int compareTo(Handover o) {
    int c = post.compareTo(o.post);
    if (c == 0) {
      c = period.compareTo(o.period);
    }
    return c != 0 ? c : acting.compareTo(o.acting);
  }
}
