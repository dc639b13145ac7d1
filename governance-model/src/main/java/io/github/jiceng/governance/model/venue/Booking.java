package io.github.jiceng.governance.model.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;

/**
 * A booking of one room of a venue by an activity (功能室预约): which room, when, for what and by
 * whom. Whether the room is free and the venue open then is for the venue's booking rule to
 * decide; the booking itself only holds its parts.
 *
 * @param id the booking's id, unique within its venue
 * @param room the room booked
 * @param time when, half-open: a booking ending at 10:00 and one starting at 10:00 do not meet
 * @param activity what the room is booked for, such as {@code 重阳节观影}: 1 to {@value
 *     Venue#MAX_NAME_LENGTH} characters, not blank
 * @param organizer the organization that holds the activity (a volunteer team, a unit, the
 *     community's party branch)
 */
public record Booking(BookingId id, RoomId room, Interval time, String activity, OrganizationId organizer) {

  /**
   * Validates the booking.
   *
   * @throws DomainValidationException if the activity is blank or too long (rule {@code
   *     name-length}) or an instant lies outside {@link TimeLimits} (rule {@code instant-range})
   * @throws NullPointerException naming the field if a part is null
   */
  public Booking {
    requireNonNull(id, "id");
    requireNonNull(room, "room");
    requireNonNull(time, "time");
    requireNonNull(activity, "activity");
    requireNonNull(organizer, "organizer");
    String subject = "Booking[" + id + "]";
    TimeLimits.check(subject, "time.start", time.start());
    TimeLimits.check(subject, "time.end", time.end());
    if (activity.isBlank() || activity.length() > Venue.MAX_NAME_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "activity", "name-length", "an activity is 1-"
          + Venue.MAX_NAME_LENGTH + " characters and not blank, was " + Excerpts.of(activity))
          .with("max", Venue.MAX_NAME_LENGTH).with("length", activity.length()));
    }
  }

  /** Returns {@code Booking[id room time activity organizer]}. */
  @Override
  public String toString() {
    return "Booking[" + id + " " + room + " " + time + " " + Excerpts.of(activity) + " " + organizer + "]";
  }
}
