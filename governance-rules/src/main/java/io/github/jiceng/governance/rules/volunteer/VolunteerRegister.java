package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.rules.internal.PersistentSortedMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The volunteer service records accepted so far (志愿服务记录簿), the state of {@link
 * VolunteerRules}: each record by id and each volunteer's total service time.
 *
 * <p>An immutable value with value equality. Its maps share structure with the register before,
 * so recording one more costs O(log n), not a copy. Its {@link #toString()} gives counts only,
 * never a record's place or content.
 */
public final class VolunteerRegister {

  static final VolunteerRegister EMPTY = new VolunteerRegister(PersistentSortedMap.empty(),
      PersistentSortedMap.empty());

  private final PersistentSortedMap<VolunteerRecordId, VolunteerRecord> records;
  private final PersistentSortedMap<PersonId, Duration> totals;

  private VolunteerRegister(PersistentSortedMap<VolunteerRecordId, VolunteerRecord> records,
      PersistentSortedMap<PersonId, Duration> totals) {
    this.records = records;
    this.totals = totals;
  }

  /** Returns the number of records. */
  public int size() {
    return records.size();
  }

  /** Returns the record with the id, if recorded. */
  public Optional<VolunteerRecord> record(VolunteerRecordId id) {
    return Optional.ofNullable(records.get(requireNonNull(id, "id")));
  }

  /** Returns every record, ordered by id; unmodifiable. */
  public List<VolunteerRecord> records() {
    List<VolunteerRecord> out = new ArrayList<>(records.size());
    records.forEachEntry((id, r) -> out.add(r));
    return Collections.unmodifiableList(out);
  }

  /** Returns the volunteer's total service time; zero for a volunteer without records. */
  public Duration total(PersonId volunteer) {
    return totals.getOrDefault(requireNonNull(volunteer, "volunteer"), Duration.ZERO);
  }

  /** Returns the total service time of each volunteer, ordered by volunteer; unmodifiable. */
  public Map<PersonId, Duration> totals() {
    Map<PersonId, Duration> out = new TreeMap<>();
    totals.forEachEntry(out::put);
    return Collections.unmodifiableMap(out);
  }

  /** Returns the register with one more record; the id must be new. */
  VolunteerRegister with(VolunteerRecord record) {
    return new VolunteerRegister(records.plus(record.id(), record),
        totals.plus(record.volunteer(), total(record.volunteer()).plus(record.serviceTime())));
  }

  /** Returns whether the other register holds the same records. */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || o instanceof VolunteerRegister r && records.equals(r.records) && totals.equals(r.totals);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /** Returns {@code VolunteerRegister[n records, m volunteers]}. */
  @Override
  public String toString() {
    return "VolunteerRegister[" + records.size() + " records, " + totals.size() + " volunteers]";
  }
}
