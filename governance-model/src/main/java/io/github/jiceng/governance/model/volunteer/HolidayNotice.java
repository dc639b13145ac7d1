package io.github.jiceng.governance.model.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One State Council notice on a year's holiday arrangement (国务院办公厅关于部分节假日安排的通知), or
 * one that amends it (such as the 2020 extension of the Spring Festival): its title, document
 * number (发文字号, such as {@code 国办发明电〔2023〕7号}) and date, the holiday periods it sets, the
 * weekend days it makes working days (调休上班) and the working days of an earlier notice of the
 * year it takes back.
 *
 * @param year the year arranged
 * @param number the document number
 * @param published the date the notice bears
 * @param title the title
 * @param holidays the holiday periods, in the notice's order
 * @param workingDays the make-up working days, in the notice's order
 * @param revokedWorkingDays working days an earlier notice of the year set that are no longer worked
 */
public record HolidayNotice(int year, String number, LocalDate published, String title, List<HolidayPeriod> holidays,
    List<MakeUpWorkingDay> workingDays, List<LocalDate> revokedWorkingDays) {

  /**
   * Checks the notice: a title and a number, and every day it arranges within its year (a holiday
   * period may start in the year before, as New Year's Day of 2023 did).
   *
   * @throws DomainValidationException listing every violation
   */
  public HolidayNotice {
    requireNonNull(number, "number");
    requireNonNull(published, "published");
    requireNonNull(title, "title");
    holidays = List.copyOf(DomainChecks.noNullElements(holidays, "holidays"));
    workingDays = List.copyOf(DomainChecks.noNullElements(workingDays, "workingDays"));
    revokedWorkingDays = List.copyOf(DomainChecks.noNullElements(revokedWorkingDays, "revokedWorkingDays"));
    String subject = "HolidayNotice[" + year + ", " + number + "]";
    List<Violation> out = new ArrayList<>();
    if (number.isBlank() || title.isBlank()) {
      out.add(new Violation(subject, number.isBlank() ? "number" : "title", "not-blank",
          "a notice has a document number and a title"));
    }
    for (HolidayPeriod p : holidays) {
      if (p.last().getYear() != year) {
        out.add(new Violation(subject, "holidays", "notice-year", p + " does not end in " + year).with("year", year)
            .with("value", p.last()));
      }
    }
    for (MakeUpWorkingDay w : workingDays) {
      if (w.day().getYear() != year) {
        out.add(new Violation(subject, "workingDays", "notice-year", w.day() + " is not in " + year).with("year", year)
            .with("value", w.day()));
      }
    }
    for (LocalDate d : revokedWorkingDays) {
      if (d.getYear() != year) {
        out.add(new Violation(subject, "revokedWorkingDays", "notice-year", d + " is not in " + year).with("year", year)
            .with("value", d));
      }
    }
    if (!out.isEmpty()) {
      throw new DomainValidationException(out);
    }
  }
}
