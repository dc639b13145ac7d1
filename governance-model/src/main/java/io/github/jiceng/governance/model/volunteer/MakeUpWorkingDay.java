package io.github.jiceng.governance.model.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.LocalDate;

/**
 * A weekend day a notice makes a working day (调休上班), with the holiday it makes up for.
 *
 * @param day the day worked
 * @param holiday the name of the holiday it belongs to, as the notice groups it; 1-40 characters
 */
public record MakeUpWorkingDay(LocalDate day, String holiday) {

  /**
   * Checks the day.
   *
   * @throws DomainValidationException if the holiday's name is blank or too long
   */
  public MakeUpWorkingDay {
    requireNonNull(day, "day");
    requireNonNull(holiday, "holiday");
    if (holiday.isBlank() || holiday.length() > 40) {
      throw new DomainValidationException(new Violation("MakeUpWorkingDay[" + day + "]", "holiday", "name-length",
          "a holiday's name is 1-40 characters and not blank").with("max", 40).with("length", holiday.length()));
    }
  }
}
