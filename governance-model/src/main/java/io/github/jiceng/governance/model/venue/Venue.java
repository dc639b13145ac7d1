package io.github.jiceng.governance.model.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A venue (阵地) of a community, such as its party-masses service centre (党群服务中心): where it
 * is in the grid hierarchy, its declared floor area, its rooms and its opening hours.
 *
 * <p>The floor area is the venue's own figure (the building's gross floor area, as a report
 * states it), not the sum of its rooms: halls, offices, corridors and stairs are inside it but are
 * no rooms anyone books. The rooms' areas together never exceed it ({@link #roomArea()} ≤ {@link
 * #floorArea()}); {@link #otherArea()} is the rest.
 *
 * <pre>{@code
 * Venue centre = Venue.builder().id(VenueId.of("zhanbei-centre")).name("站北社区党群服务中心")
 *     .grid(GridId.of("zhanbei")).floorArea(3900)
 *     .addRoom(new Room(RoomId.of("zhanbei-centre-cinema"), "社区电影院", RoomKind.CINEMA, 300))
 *     .openingHours(OpeningHours.daily(LocalTime.of(8, 30), LocalTime.of(20, 30), ZoneId.of("Asia/Shanghai")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Venue {

  /** The most characters of a venue's or a room's name. */
  public static final int MAX_NAME_LENGTH = 100;

  /**
   * The largest floor area of a venue or a room, in square metres (a million, the size of the
   * largest buildings); the sum of a venue's rooms then fits an {@code int} many times over.
   */
  public static final int MAX_FLOOR_AREA = 1_000_000;

  /** The most rooms a venue has. */
  public static final int MAX_ROOMS = 1_000;

  Venue() {}

  /** Returns a builder; every attribute is required, with at least one room. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the venue's id. */
  public abstract VenueId id();

  /** Returns the venue's name, such as {@code 站北社区党群服务中心}. */
  public abstract String name();

  /** Returns the grid node (the community, usually) the venue belongs to. */
  public abstract GridId grid();

  /** Returns the declared floor area in square metres: the venue's own figure, rooms and the rest. */
  public abstract int floorArea();

  /** Returns the rooms, in the order the venue lists them; ids are distinct. */
  public abstract List<Room> rooms();

  /** Returns when the venue is open; every room keeps the venue's hours. */
  public abstract OpeningHours openingHours();

  /**
   * Returns a room by its id.
   *
   * @param id the room's id
   * @return the room, or empty if the venue has no room of that id
   */
  public final Optional<Room> room(RoomId id) {
    requireNonNull(id, "id");
    return rooms().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns the rooms of one kind, in the venue's order.
   *
   * @param kind the kind
   * @return the rooms, possibly none
   */
  public final List<Room> rooms(RoomKind kind) {
    requireNonNull(kind, "kind");
    return rooms().stream().filter(r -> r.kind() == kind).toList();
  }

  /** Returns the rooms' floor areas added up, in square metres; at most {@link #floorArea()}. */
  public final int roomArea() {
    return rooms().stream().mapToInt(Room::floorArea).sum();
  }

  /** Returns the floor area outside the rooms (halls, offices, corridors), in square metres. */
  public final int otherArea() {
    return floorArea() - roomArea();
  }

  @Value.Check
  final void check() {
    String subject = "Venue[" + id() + "]";
    List<Violation> violations = new ArrayList<>();
    if (name().isBlank() || name().length() > MAX_NAME_LENGTH) {
      violations.add(new Violation(subject, "name", "name-length", "a name is 1-" + MAX_NAME_LENGTH
          + " characters and not blank, was " + Excerpts.of(name())).with("max", MAX_NAME_LENGTH)
          .with("length", name().length()));
    }
    if (floorArea() < 1 || floorArea() > MAX_FLOOR_AREA) {
      violations.add(new Violation(subject, "floorArea", "range", "floorArea must be 1-" + MAX_FLOOR_AREA + ", was "
          + floorArea()).with("min", 1).with("max", MAX_FLOOR_AREA).with("value", floorArea()));
    }
    if (rooms().isEmpty()) {
      violations.add(new Violation(subject, "rooms", "at-least-one", "a venue has at least one room"));
    }
    if (rooms().size() > MAX_ROOMS) {
      violations.add(new Violation(subject, "rooms", "range", "a venue has 1-" + MAX_ROOMS + " rooms, was "
          + rooms().size()).with("min", 1).with("max", MAX_ROOMS).with("value", rooms().size()));
    }
    Set<RoomId> ids = new HashSet<>();
    for (Room room : rooms()) {
      if (!ids.add(room.id())) {
        violations.add(new Violation(subject, "rooms", "id-unique", "room " + room.id() + " is listed twice"));
      }
    }
    long rooms = rooms().stream().mapToLong(Room::floorArea).sum();
    if (violations.isEmpty() && rooms > floorArea()) {
      violations.add(new Violation(subject, "rooms", "rooms-fit-floor-area", "the rooms take " + rooms
          + " m², more than the venue's floor area of " + floorArea() + " m²").with("rooms", rooms)
          .with("area", floorArea()));
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link Venue}; each attribute may be set once. */
  public static final class Builder extends ImmutableVenue.Builder {
    Builder() {}
  }
}
