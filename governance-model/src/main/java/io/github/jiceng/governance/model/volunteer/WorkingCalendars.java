package io.github.jiceng.governance.model.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ready working calendars (工作日历) built from official holiday notices kept as data.
 *
 * <p>{@link #mainlandChina()} is mainland China's calendar from the State Council's yearly notices
 * (国务院办公厅关于部分节假日安排的通知), shipped in the resource
 * {@value #MAINLAND_CHINA_RESOURCE} beside this class with each notice's title, document number
 * and date. It covers the years of the notices it holds and refuses any other day with an
 * {@link OutsideCalendarYearsException}; a caller who wants weekends only outside them says so
 * with {@link WorkingCalendar#withOutsideYears(OutsideYears)}. Adding a year is adding its notice
 * to the resource.
 *
 * <p>The resource is plain text, one statement a line, fields separated by {@code |}:
 *
 * <pre>
 * format  | mainland-china-working-calendar | 1
 * notice  | 2024 | 国办发明电〔2023〕7号 | 2023-10-25 | 国务院办公厅关于2024年部分节假日安排的通知
 * holiday | 2024-10-01 | 2024-10-07 | 国庆节
 * workday | 2024-09-29 | 国庆节
 * revoke  | 2020-02-01
 * </pre>
 *
 * <p>{@code holiday} lines give a period off, {@code workday} lines a weekend day worked and
 * {@code revoke} lines a working day an earlier notice of the same year set that is no longer
 * worked; each belongs to the {@code notice} above it. {@code #} starts a comment.
 */
public final class WorkingCalendars {

  /** The resource holding mainland China's notices, relative to this class. */
  public static final String MAINLAND_CHINA_RESOURCE = "mainland-china-working-calendar.txt";

  private static final String FORMAT = "mainland-china-working-calendar";
  private static final String FORMAT_VERSION = "1";

  private WorkingCalendars() {}

  /**
   * Returns mainland China's official working calendar: Saturdays and Sundays off, the holidays
   * and make-up working days of every shipped notice, covering the notices' years and refusing
   * days outside them.
   *
   * @return the calendar
   */
  public static WorkingCalendar mainlandChina() {
    return Shipped.CALENDAR;
  }

  /** Returns the notices mainland China's calendar is built from, by year and then date. */
  public static List<HolidayNotice> mainlandChinaNotices() {
    return Shipped.NOTICES;
  }

  /**
   * Returns the calendar the notices arrange: Saturdays and Sundays off, every holiday period off,
   * every make-up working day worked unless a later notice of its year takes it back, covering the
   * years from the first notice's to the last's and refusing days outside them. Notices are
   * applied by year and then by the date they bear.
   *
   * @param notices the notices; at least one, and one for every year between the first and the last
   * @return the calendar
   * @throws DomainValidationException if there are none, a year between is missing, or a day is
   *     both a holiday and a working day
   */
  public static WorkingCalendar fromNotices(List<HolidayNotice> notices) {
    DomainChecks.noNullElements(notices, "notices");
    if (notices.isEmpty()) {
      throw new DomainValidationException("WorkingCalendars", "notices", "at-least-one",
          "a calendar from notices needs at least one notice");
    }
    List<HolidayNotice> ordered = new ArrayList<>(notices);
    ordered.sort(Comparator.comparingInt(HolidayNotice::year).thenComparing(HolidayNotice::published));
    int first = ordered.get(0).year();
    int last = ordered.get(ordered.size() - 1).year();
    Set<Integer> years = new TreeSet<>();
    ordered.forEach(n -> years.add(n.year()));
    for (int y = first; y <= last; y++) {
      if (!years.contains(y)) {
        throw new DomainValidationException(new Violation("WorkingCalendars", "notices", "every-year",
            "the notices cover " + first + "-" + last + " but none arranges " + y).with("first", first)
                .with("last", last).with("year", y));
      }
    }
    Set<LocalDate> holidays = new TreeSet<>();
    Set<LocalDate> working = new TreeSet<>();
    for (HolidayNotice n : ordered) {
      n.holidays().forEach(p -> holidays.addAll(p.days()));
      n.revokedWorkingDays().forEach(working::remove);
      n.workingDays().forEach(w -> working.add(w.day()));
    }
    return WorkingCalendar.weekendsOnly().withHolidays(holidays).withWorkingDays(working)
        .coveringYears(new CalendarYears(first, last));
  }

  /**
   * Reads notices in the format of the shipped resource.
   *
   * @param in the text; the caller closes it
   * @return the notices, in the order read
   * @throws DomainValidationException naming the line of the first statement that is not understood
   * @throws UncheckedIOException if the text cannot be read
   */
  public static List<HolidayNotice> readNotices(Reader in) {
    requireNonNull(in, "in");
    List<HolidayNotice> out = new ArrayList<>();
    Draft draft = null;
    boolean formatSeen = false;
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int number = 0;
    try {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        number++;
        int hash = raw.indexOf('#');
        String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        String at = "line " + number;
        try {
          switch (f[0]) {
            case "format" -> {
              fields(f, 3, at);
              if (!f[1].equals(FORMAT) || !f[2].equals(FORMAT_VERSION)) {
                throw bad(at, "unknown format " + f[1] + " " + f[2] + "; expected " + FORMAT + " " + FORMAT_VERSION);
              }
              formatSeen = true;
            }
            case "notice" -> {
              fields(f, 5, at);
              if (draft != null) {
                out.add(draft.build());
              }
              draft = new Draft(Integer.parseInt(f[1]), f[2], LocalDate.parse(f[3]), f[4]);
            }
            case "holiday" -> {
              fields(f, 4, at);
              current(draft, at).holidays.add(new HolidayPeriod(f[3], LocalDate.parse(f[1]), LocalDate.parse(f[2])));
            }
            case "workday" -> {
              fields(f, 3, at);
              current(draft, at).workingDays.add(new MakeUpWorkingDay(LocalDate.parse(f[1]), f[2]));
            }
            case "revoke" -> {
              fields(f, 2, at);
              current(draft, at).revoked.add(LocalDate.parse(f[1]));
            }
            default -> throw bad(at, "unknown statement '" + f[0] + "'");
          }
          if (!formatSeen) {
            throw bad(at, "the first statement must be 'format | " + FORMAT + " | " + FORMAT_VERSION + "'");
          }
        } catch (NumberFormatException | DateTimeParseException e) {
          throw bad(at, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (draft != null) {
      out.add(draft.build());
    }
    return List.copyOf(out);
  }

  private static void fields(String[] f, int n, String at) {
    if (f.length != n) {
      throw bad(at, "'" + f[0] + "' takes " + (n - 1) + " fields, had " + (f.length - 1));
    }
  }

  private static Draft current(Draft draft, String at) {
    if (draft == null) {
      throw bad(at, "a holiday, workday or revoke line comes after the notice it belongs to");
    }
    return draft;
  }

  private static DomainValidationException bad(String at, String detail) {
    return new DomainValidationException("working calendar data", at, "calendar-line", detail);
  }

  /** A notice being read. */
  private static final class Draft {
    private final int year;
    private final String number;
    private final LocalDate published;
    private final String title;
    private final List<HolidayPeriod> holidays = new ArrayList<>();
    private final List<MakeUpWorkingDay> workingDays = new ArrayList<>();
    private final List<LocalDate> revoked = new ArrayList<>();

    Draft(int year, String number, LocalDate published, String title) {
      this.year = year;
      this.number = number;
      this.published = published;
      this.title = title;
    }

    HolidayNotice build() {
      return new HolidayNotice(year, number, published, title, holidays, workingDays, revoked);
    }
  }

  /** The shipped calendar, read once when first asked for. */
  private static final class Shipped {
    static final List<HolidayNotice> NOTICES = load();
    static final WorkingCalendar CALENDAR = fromNotices(NOTICES);

    private static List<HolidayNotice> load() {
      InputStream in = WorkingCalendars.class.getResourceAsStream(MAINLAND_CHINA_RESOURCE);
      if (in == null) {
        throw new IllegalStateException("the resource " + MAINLAND_CHINA_RESOURCE + " is missing");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return readNotices(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
