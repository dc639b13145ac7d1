package io.github.jiceng.governance.model.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One holiday period of a notice (放假调休): the days off from the first to the last, both
 * included, under the holiday's name as the notice writes it, such as {@code 国庆节、中秋节}.
 *
 * @param name the holiday's name; 1-40 characters
 * @param first the first day off
 * @param last the last day off; not before {@code first}
 */
public record HolidayPeriod(String name, LocalDate first, LocalDate last) {

  /**
   * Checks the period.
   *
   * @throws DomainValidationException if the name is blank or too long, or the period ends before it starts
   */
  public HolidayPeriod {
    requireNonNull(name, "name");
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (name.isBlank() || name.length() > 40) {
      throw new DomainValidationException(new Violation("HolidayPeriod", "name", "name-length",
          "a holiday's name is 1-40 characters and not blank").with("max", 40).with("length", name.length()));
    }
    if (last.isBefore(first)) {
      throw new DomainValidationException("HolidayPeriod[" + name + "]", "last", "period-order",
          "the period ends on " + last + ", before its first day " + first);
    }
  }

  /** Returns the days off, in order. */
  public List<LocalDate> days() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d);
    }
    return List.copyOf(out);
  }

  /** Returns the period as {@code name first..last}. */
  @Override
  public String toString() {
    return name + " " + first + ".." + last;
  }
}
