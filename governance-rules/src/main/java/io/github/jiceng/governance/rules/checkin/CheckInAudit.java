package io.github.jiceng.governance.rules.checkin;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInFlag.Burst;
import io.github.jiceng.governance.model.checkin.CheckInFlag.Duplicate;
import io.github.jiceng.governance.model.checkin.CheckInFlag.ImpossibleTravel;
import io.github.jiceng.governance.model.checkin.CheckInFlag.OutsideAssignment;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Audits contact check-ins (打卡核查): every member's check-ins in time order (ties by id) are
 * checked for impossible travel between consecutive places, bursts, duplicates and households
 * outside the member's assignment.
 *
 * <p>Assignments come in as a value: for each member, the households they are assigned to
 * (联系户). A member absent from the map is not checked for assignment; a member mapped to an
 * empty set is assigned nothing, so every check-in of theirs is flagged.
 *
 * <pre>{@code
 * AuditReport report = CheckInAudit.audit(checkIns, Map.of(liaison, Set.of(hh1, hh2)), CheckInPolicy.defaults());
 * report.flags().forEach(f -> System.out.println(f.explanation()));
 * }</pre>
 *
 * <p>The audit reads a heap of check-ins after the fact. A host that records check-ins as they
 * arrive keeps them in a stream of {@link CheckInRules}, which refuses at once what this audit
 * would flag as a duplicate, outside the assignment or part of a burst, and keeps impossible
 * travel, which it cannot pin on one check-in, as flags in its state.
 *
 * <p>Stateless and thread-safe: it only reads its inputs. A check-in dated outside {@link
 * io.github.jiceng.governance.model.time.TimeLimits} throws a {@code DomainValidationException}
 * (rule {@code instant-range}) before anything is audited.
 */
public final class CheckInAudit {

  /** A member's check-ins in time order, ties by id. */
  static final Comparator<CheckIn> TIME_ORDER =
      Comparator.comparing(CheckIn::at).thenComparing(CheckIn::id);

  /** Flags by instant, then kind, then check-in ids. */
  static final Comparator<CheckInFlag> FLAG_ORDER =
      Comparator.comparing(CheckInFlag::at).thenComparing(f -> f.getClass().getSimpleName())
          .thenComparing(f -> f.checkIns().get(0)).thenComparing(f -> f.checkIns().get(f.checkIns().size() - 1));

  private CheckInAudit() {}

  /**
   * Audits the check-ins.
   *
   * @param checkIns the check-ins, of any members, in any order; ids unique
   * @param assignments the households assigned to each member
   * @param policy the thresholds
   * @return the flags and the check-ins without a flag
   * @throws DomainValidationException if two check-ins share an id
   */
  public static AuditReport audit(Collection<CheckIn> checkIns, Map<PersonId, Set<HouseholdId>> assignments,
      CheckInPolicy policy) {
    DomainChecks.noNullElements(checkIns, "checkIns");
    requireNonNull(checkIns, "checkIns");
    requireNonNull(assignments, "assignments");
    requireNonNull(policy, "policy");
    for (CheckIn c : checkIns) {
      TimeLimits.check("CheckIn[" + c.id() + "]", "at", c.at());
    }
    Map<PersonId, List<CheckIn>> byMember = new TreeMap<>();
    Set<CheckInId> ids = new HashSet<>();
    for (CheckIn c : checkIns) {
      if (!ids.add(c.id())) {
        throw new DomainValidationException("CheckInAudit", "checkIns", "unique-id",
            "check-in id " + c.id() + " is used twice");
      }
      byMember.computeIfAbsent(c.member(), m -> new ArrayList<>()).add(c);
    }
    List<CheckInFlag> flags = new ArrayList<>();
    for (Map.Entry<PersonId, List<CheckIn>> e : byMember.entrySet()) {
      List<CheckIn> list = e.getValue();
      list.sort(TIME_ORDER);
      travel(list, policy, flags);
      bursts(e.getKey(), list, policy, flags);
      duplicates(list, policy, flags);
      Set<HouseholdId> assigned = assignments.get(e.getKey());
      if (assigned != null) {
        for (CheckIn c : list) {
          if (!assigned.contains(c.household())) {
            flags.add(new OutsideAssignment(c, assigned.size()));
          }
        }
      }
    }
    flags.sort(FLAG_ORDER);
    Set<CheckInId> flagged = new HashSet<>();
    flags.forEach(f -> flagged.addAll(f.checkIns()));
    List<CheckIn> clean = new ArrayList<>();
    byMember.values().forEach(list -> list.stream().filter(c -> !flagged.contains(c.id())).forEach(clean::add));
    return new AuditReport(flags, clean);
  }

  /** Adds the impossible-travel flags of one member's check-ins, given in {@link #TIME_ORDER}. */
  static void travel(List<CheckIn> list, CheckInPolicy policy, List<CheckInFlag> flags) {
    for (int i = 1; i < list.size(); i++) {
      CheckIn a = list.get(i - 1);
      CheckIn b = list.get(i);
      double metres = a.place().metresTo(b.place());
      if (metres <= policy.toleranceMetres()) {
        continue;
      }
      long millis = Duration.between(a.at(), b.at()).toMillis();
      // metres / millis > km/h / 3600  <=>  metres * 3600 > km/h * millis
      if (millis == 0 || metres * 3600.0 > (double) policy.maxSpeedKmh() * millis) {
        flags.add(new ImpossibleTravel(a, b, metres, policy.maxSpeedKmh()));
      }
    }
  }

  private static void bursts(PersonId member, List<CheckIn> list, CheckInPolicy policy, List<CheckInFlag> flags) {
    boolean[] inBurst = new boolean[list.size()];
    int start = 0;
    for (int j = 0; j < list.size(); j++) {
      while (Duration.between(list.get(start).at(), list.get(j).at()).compareTo(policy.burstWindow()) > 0) {
        start++;
      }
      if (j - start + 1 > policy.burstLimit()) {
        for (int k = start; k <= j; k++) {
          inBurst[k] = true;
        }
      }
    }
    int i = 0;
    while (i < list.size()) {
      if (!inBurst[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < list.size() && inBurst[j + 1]) {
        j++;
      }
      List<CheckInId> ids = new ArrayList<>();
      for (int k = i; k <= j; k++) {
        ids.add(list.get(k).id());
      }
      flags.add(new Burst(member, ids, list.get(i).at(), list.get(j).at(), policy.burstWindow(), policy.burstLimit()));
      i = j + 1;
    }
  }

  private static void duplicates(List<CheckIn> list, CheckInPolicy policy, List<CheckInFlag> flags) {
    Map<HouseholdId, CheckIn> lastCounted = new HashMap<>();
    for (CheckIn c : list) {
      CheckIn last = lastCounted.get(c.household());
      if (last != null && Duration.between(last.at(), c.at()).compareTo(policy.duplicateWindow()) < 0) {
        flags.add(new Duplicate(last, c, policy.duplicateWindow()));
      } else {
        lastCounted.put(c.household(), c);
      }
    }
  }

  /**
   * The result of an audit.
   *
   * @param flags every flag, ordered by instant, then kind, then check-in ids
   * @param clean the check-ins without any flag, by member, then in time order
   */
  public record AuditReport(List<CheckInFlag> flags, List<CheckIn> clean) {
    /** Copies the lists. */
    public AuditReport {
      flags = List.copyOf(DomainChecks.noNullElements(flags, "flags"));
      clean = List.copyOf(DomainChecks.noNullElements(clean, "clean"));
    }

    /** Returns the flags that name the check-in. */
    public List<CheckInFlag> flagsFor(CheckInId id) {
      List<CheckInFlag> out = new ArrayList<>();
      for (CheckInFlag f : flags) {
        if (f.checkIns().contains(id)) {
          out.add(f);
        }
      }
      return Collections.unmodifiableList(out);
    }

    /** Returns the number of clean check-ins of each member, ordered by member. */
    public Map<PersonId, Long> cleanCounts() {
      Map<PersonId, Long> counts = new TreeMap<>();
      clean.forEach(c -> counts.merge(c.member(), 1L, Long::sum));
      return Collections.unmodifiableMap(counts);
    }
  }
}
