package io.github.jiceng.governance.model.checkin;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One contact of a party member with a household (联系群众打卡): when, where the member was, which
 * household, how, and a note. The {@link #toString()} leaves out the note, which may name
 * residents.
 *
 * <pre>{@code
 * CheckIn c = CheckIn.builder()
 *     .id(CheckInId.of("ci-000123")).member(PersonId.of("p-liaison-07"))
 *     .household(HouseholdId.of("hh-xuemeili-3-0201")).at(Instant.parse("2024-05-06T01:30:00Z"))
 *     .place(GeoPoint.of(39.8652, 111.2398)).kind(ContactKind.HOME_VISIT).note("了解独居老人用水情况")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CheckIn {

  /** The longest note, in characters. */
  public static final int MAX_NOTE_LENGTH = 500;

  CheckIn() {}

  /** Returns a builder; every attribute but {@code note} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the check-in's id. */
  public abstract CheckInId id();

  /** Returns the party member who made the contact. */
  public abstract PersonId member();

  /** Returns the household contacted. */
  public abstract HouseholdId household();

  /** Returns when. */
  public abstract Instant at();

  /** Returns where the member was. */
  public abstract GeoPoint place();

  /** Returns how. */
  public abstract ContactKind kind();

  /** Returns the note; empty unless set. */
  @Value.Default
  public String note() {
    return "";
  }

  @Value.Check
  final void check() {
    if (note().length() > MAX_NOTE_LENGTH) {
      throw new DomainValidationException(new Violation("CheckIn[" + id() + "]", "note", "note-length",
          "a note is at most " + MAX_NOTE_LENGTH + " characters, was " + note().length()).with("max", MAX_NOTE_LENGTH)
              .with("length", note().length()));
    }
  }

  /** Returns everything but the note, of which only the length is shown. */
  @Override
  public String toString() {
    return "CheckIn[" + id() + ", member=" + member() + ", household=" + household() + ", at=" + at() + ", "
        + kind() + ", note=(" + note().length() + " characters)]";
  }

  /** The builder of {@link CheckIn}; each attribute may be set once. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }
}
