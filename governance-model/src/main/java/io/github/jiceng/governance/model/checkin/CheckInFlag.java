package io.github.jiceng.governance.model.checkin;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.shared.DomainChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Why one or more check-ins look impossible or suspicious; each flag explains itself. */
public sealed interface CheckInFlag {

  /** Returns the member whose check-ins are flagged. */
  PersonId member();

  /** Returns the check-ins flagged, in time order. */
  List<CheckInId> checkIns();

  /** Returns the instant the flag is ordered by: its first check-in's. */
  Instant at();

  /** Returns the explanation, with the numbers a person can check. */
  String explanation();

  /**
   * Two consecutive check-ins of one member too far apart for the time between them.
   *
   * @param from the earlier check-in
   * @param to the later check-in
   * @param metres the distance between their places
   * @param maxSpeedKmh the policy's fastest plausible travel
   */
  record ImpossibleTravel(CheckIn from, CheckIn to, double metres, int maxSpeedKmh) implements CheckInFlag {
    /** Validates the flag. */
    public ImpossibleTravel {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public PersonId member() {
      return from.member();
    }

    @Override
    public List<CheckInId> checkIns() {
      return List.of(from.id(), to.id());
    }

    @Override
    public Instant at() {
      return from.at();
    }

    /** Returns the time between the two check-ins. */
    public Duration elapsed() {
      return Duration.between(from.at(), to.at());
    }

    @Override
    public String explanation() {
      Duration elapsed = elapsed();
      String speed = elapsed.isZero() ? "at the same instant"
          : String.format(Locale.ROOT, "%.0f km/h", metres / 1000.0 / (elapsed.toMillis() / 3_600_000.0));
      return String.format(Locale.ROOT, "%s checked in at %s and %s later at %s, %.1f km away: %s, above %d km/h",
          from.member(), from.household(), human(elapsed), to.household(), metres / 1000.0, speed, maxSpeedKmh);
    }
  }

  /**
   * More check-ins of one member in a short window than the policy allows.
   *
   * @param member the member
   * @param checkIns the check-ins of the burst, in time order
   * @param start the first check-in's instant
   * @param end the last check-in's instant
   * @param window the policy's window
   * @param limit the policy's limit per window
   */
  record Burst(PersonId member, List<CheckInId> checkIns, Instant start, Instant end, Duration window, int limit)
      implements CheckInFlag {
    /** Validates and copies. */
    public Burst {
      requireNonNull(member, "member");
      checkIns = List.copyOf(DomainChecks.noNullElements(checkIns, "checkIns"));
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      requireNonNull(window, "window");
    }

    @Override
    public Instant at() {
      return start;
    }

    @Override
    public String explanation() {
      return member + " checked in " + checkIns.size() + " times in " + human(Duration.between(start, end))
          + " (" + start + " to " + end + "); more than " + limit + " within " + human(window) + " is a burst";
    }
  }

  /**
   * The same member and household again, shortly after a counted check-in.
   *
   * @param first the counted check-in
   * @param repeat the repeat
   * @param window the policy's window
   */
  record Duplicate(CheckIn first, CheckIn repeat, Duration window) implements CheckInFlag {
    /** Validates the flag. */
    public Duplicate {
      requireNonNull(first, "first");
      requireNonNull(repeat, "repeat");
      requireNonNull(window, "window");
    }

    @Override
    public PersonId member() {
      return first.member();
    }

    @Override
    public List<CheckInId> checkIns() {
      return List.of(first.id(), repeat.id());
    }

    @Override
    public Instant at() {
      return first.at();
    }

    @Override
    public String explanation() {
      return first.member() + " checked in at " + first.household() + " again " + human(Duration.between(first.at(),
          repeat.at())) + " after " + first.id() + "; one contact per household is counted within " + human(window);
    }
  }

  /**
   * A household the member is not assigned to.
   *
   * @param checkIn the check-in
   * @param assigned how many households the member is assigned
   */
  record OutsideAssignment(CheckIn checkIn, int assigned) implements CheckInFlag {
    /** Validates the flag. */
    public OutsideAssignment {
      requireNonNull(checkIn, "checkIn");
    }

    @Override
    public PersonId member() {
      return checkIn.member();
    }

    @Override
    public List<CheckInId> checkIns() {
      return List.of(checkIn.id());
    }

    @Override
    public Instant at() {
      return checkIn.at();
    }

    @Override
    public String explanation() {
      return checkIn.member() + " checked in at " + checkIn.household() + ", which is not among the " + assigned
          + " households assigned to them";
    }
  }

  /** Writes a duration as {@code 42 min}, {@code 1 h 5 min} or {@code 30 s}. */
  private static String human(Duration d) {
    long s = d.getSeconds();
    if (s < 60) {
      return s + " s";
    }
    long h = s / 3600;
    long m = (s % 3600) / 60;
    return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
  }
}
