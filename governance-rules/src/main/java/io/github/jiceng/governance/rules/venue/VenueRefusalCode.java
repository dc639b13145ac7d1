package io.github.jiceng.governance.rules.venue;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why {@link VenueRules} refuses a command on a venue's bookings (驳回代码, feature {@code venue}).
 * Each constant names the arguments its refusals carry: ids, instants and names of rooms, never
 * personal data.
 */
public enum VenueRefusalCode implements RefusalCode {
  /** The stream has no venue yet: open it first. Carries {@code command}. */
  NOT_OPENED,
  /** The stream already holds another venue. Carries {@code venue}, the one it holds, and {@code other}. */
  ALREADY_OPENED,
  /** The venue has no room of the booking's id. Carries {@code venue} and {@code room}. */
  UNKNOWN_ROOM,
  /**
   * The booking does not lie inside one day's opening hours of the venue. Carries {@code room},
   * {@code start}, {@code end}, {@code opens} and {@code closes}.
   */
  OUTSIDE_OPENING_HOURS,
  /**
   * The room is already booked for part of the time (重复预约). Carries {@code room}, {@code start},
   * {@code end}, and {@code other}, {@code otherStart} and {@code otherEnd} of the booking it meets.
   */
  DOUBLE_BOOKED,
  /** The booking's id is that of another booking, kept or cancelled. Carries {@code booking}. */
  BOOKING_ID_TAKEN,
  /** A booking is to be cancelled that the venue never had. Carries {@code booking}. */
  UNKNOWN_BOOKING;

  private final String key = RefusalCode.keyOf("venue", this);

  /** Returns the stable key, such as {@code venue.double-booked}. */
  @Override
  public String key() {
    return key;
  }
}
