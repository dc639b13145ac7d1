package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import java.time.ZoneId;

/** Turns a volunteer service record into the red-star contribution it earns points for. */
public final class VolunteerPoints {

  private VolunteerPoints() {}

  /**
   * Returns the contribution of a record: volunteer service by its volunteer, of its actual time,
   * occurring at the start of the activity day in the zone, with id {@code "vr:<record id>"} (so
   * the same record never earns twice) and the record id as reference.
   *
   * @param record the record; check it with {@link VolunteerRecording#check} first
   * @param zone the points policy's zone
   * @return the contribution
   */
  public static Contribution contribution(VolunteerRecord record, ZoneId zone) {
    requireNonNull(record, "record");
    requireNonNull(zone, "zone");
    return Contribution.builder()
        .id(EntryId.of("vr:" + record.id().value()))
        .actor(record.volunteer())
        .kind(ContributionKind.VOLUNTEER_SERVICE)
        .occurredAt(record.activityDate().atStartOfDay(zone).toInstant())
        .duration(record.serviceTime())
        .reference(record.id().value())
        .build();
  }
}
