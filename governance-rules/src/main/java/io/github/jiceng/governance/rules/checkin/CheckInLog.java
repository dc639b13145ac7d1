package io.github.jiceng.governance.rules.checkin;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The check-ins of an area as the fold of their events (打卡记录), with the flags that stay
 * warnings: impossible travel between two recorded check-ins of one member, which the record
 * cannot pin on either of them. Its {@link #report()} is what {@link CheckInAudit#audit} says of
 * the recorded check-ins.
 *
 * <p>An immutable value: {@link #equals} compares the check-ins and flags; {@link #toString}
 * gives counts only.
 */
public final class CheckInLog {

  private final ImmutableSortedMap<CheckInId, CheckIn> byId;
  private final ImmutableSortedMap<PersonId, ImmutableList<CheckIn>> byMember;
  private final ImmutableSortedMap<PersonId, ImmutableList<CheckInFlag>> travel;

  private CheckInLog(ImmutableSortedMap<CheckInId, CheckIn> byId,
      ImmutableSortedMap<PersonId, ImmutableList<CheckIn>> byMember,
      ImmutableSortedMap<PersonId, ImmutableList<CheckInFlag>> travel) {
    this.byId = byId;
    this.byMember = byMember;
    this.travel = travel;
  }

  static CheckInLog empty() {
    return new CheckInLog(ImmutableSortedMap.of(), ImmutableSortedMap.of(), ImmutableSortedMap.of());
  }

  /**
   * Returns the log with the check-ins added, each member's travel flags recomputed once.
   *
   * @throws IllegalStateException if an id is recorded already
   */
  CheckInLog with(Collection<CheckIn> added, CheckInPolicy policy) {
    Map<CheckInId, CheckIn> ids = new TreeMap<>(byId);
    Map<PersonId, List<CheckIn>> members = new TreeMap<>();
    byMember.forEach((m, list) -> members.put(m, list));
    Set<PersonId> touched = new HashSet<>();
    for (CheckIn c : added) {
      if (ids.putIfAbsent(c.id(), c) != null) {
        throw new IllegalStateException("check-in " + c.id() + " is recorded already");
      }
      if (touched.add(c.member())) {
        members.put(c.member(), new ArrayList<>(members.getOrDefault(c.member(), List.of())));
      }
      members.get(c.member()).add(c);
    }
    Map<PersonId, ImmutableList<CheckInFlag>> flags = new TreeMap<>(travel);
    ImmutableSortedMap.Builder<PersonId, ImmutableList<CheckIn>> sorted = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<PersonId, List<CheckIn>> e : members.entrySet()) {
      if (touched.contains(e.getKey())) {
        List<CheckIn> list = e.getValue();
        list.sort(CheckInAudit.TIME_ORDER);
        List<CheckInFlag> found = new ArrayList<>();
        CheckInAudit.travel(list, policy, found);
        if (found.isEmpty()) {
          flags.remove(e.getKey());
        } else {
          flags.put(e.getKey(), ImmutableList.copyOf(found));
        }
      }
      sorted.put(e.getKey(), ImmutableList.copyOf(e.getValue()));
    }
    return new CheckInLog(ImmutableSortedMap.copyOf(ids), sorted.build(), ImmutableSortedMap.copyOf(flags));
  }

  /**
   * Returns the check-in recorded under the id.
   *
   * @param id the id
   * @return the check-in, or empty
   */
  public Optional<CheckIn> checkIn(CheckInId id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the member's recorded check-ins in time order (ties by id).
   *
   * @param member the party member
   * @return the check-ins; empty if none
   */
  public List<CheckIn> checkInsOf(PersonId member) {
    return byMember.getOrDefault(requireNonNull(member, "member"), ImmutableList.of());
  }

  /** Returns the number of check-ins recorded. */
  public int size() {
    return byId.size();
  }

  /** Returns the flags kept as warnings, ordered as {@link CheckInAudit} orders its flags. */
  public List<CheckInFlag> flags() {
    List<CheckInFlag> all = new ArrayList<>();
    travel.values().forEach(all::addAll);
    all.sort(CheckInAudit.FLAG_ORDER);
    return List.copyOf(all);
  }

  /**
   * Returns the audit of the recorded check-ins: the flags kept, and the check-ins without a flag
   * by member, then in time order; equal to {@link CheckInAudit#audit} of the same check-ins
   * under the rule's policy and assignments.
   *
   * @return the report
   */
  public CheckInAudit.AuditReport report() {
    Set<CheckInId> flagged = new HashSet<>();
    List<CheckInFlag> flags = flags();
    flags.forEach(f -> flagged.addAll(f.checkIns()));
    List<CheckIn> clean = new ArrayList<>();
    byMember.values().forEach(list -> list.stream().filter(c -> !flagged.contains(c.id())).forEach(clean::add));
    return new CheckInAudit.AuditReport(flags, clean);
  }

  /** Returns whether the check-ins and flags are the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CheckInLog l && byId.equals(l.byId) && travel.equals(l.travel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byId, travel);
  }

  /** Returns {@code CheckInLog[n check-ins of m members, k flags]}: counts only. */
  @Override
  public String toString() {
    int flags = travel.values().stream().mapToInt(List::size).sum();
    return "CheckInLog[" + byId.size() + " check-ins of " + byMember.size() + " members, " + flags + " flags]";
  }
}
