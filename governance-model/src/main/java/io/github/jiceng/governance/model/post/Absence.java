package io.github.jiceng.governance.model.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.time.Interval;

/**
 * A period in which a person is away (缺岗时段) and acts on none of their posts.
 *
 * <p>Absences of one person may overlap; the person is away at an instant when any of their
 * absences contains it.
 *
 * @param person who is away
 * @param period when, half-open
 * @param kind why, coarsely
 */
public record Absence(PersonId person, Interval period, AbsenceKind kind) implements Comparable<Absence> {

  /** Validates the absence. */
  public Absence {
    requireNonNull(person, "person");
    requireNonNull(period, "period");
    requireNonNull(kind, "kind");
  }

  /** Orders by person, then period, then kind. */
  @Override
  public int compareTo(Absence o) {
    int c = person.compareTo(o.person);
    if (c == 0) {
      c = period.compareTo(o.period);
    }
    return c != 0 ? c : kind.compareTo(o.kind);
  }
}
