package io.github.jiceng.governance.model.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * One room of a venue (功能室): its id, name, kind and floor area in whole square metres.
 *
 * @param id the room's id, unique within its venue
 * @param name the room's name as the venue signs it, such as {@code 理疗室}; 1 to {@value
 *     Venue#MAX_NAME_LENGTH} characters, not blank
 * @param kind what the room is for
 * @param floorArea the room's floor area in square metres, 1 to {@value Venue#MAX_FLOOR_AREA}
 */
public record Room(RoomId id, String name, RoomKind kind, int floorArea) {

  /**
   * Validates the room.
   *
   * @throws DomainValidationException if the name is blank or too long (rule {@code name-length}) or
   *     the area is outside its range (rule {@code range})
   * @throws NullPointerException naming the field if a part is null
   */
  public Room {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    String subject = "Room[" + id + "]";
    if (name.isBlank() || name.length() > Venue.MAX_NAME_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "name", "name-length", "a name is 1-"
          + Venue.MAX_NAME_LENGTH + " characters and not blank, was " + Excerpts.of(name))
          .with("max", Venue.MAX_NAME_LENGTH).with("length", name.length()));
    }
    DomainChecks.inRange(subject, "floorArea", floorArea, 1, Venue.MAX_FLOOR_AREA);
  }

  /** Returns {@code Room[id name kind area m²]}. */
  @Override
  public String toString() {
    return "Room[" + id + " " + Excerpts.of(name) + " " + kind + " " + floorArea + " m²]";
  }
}
