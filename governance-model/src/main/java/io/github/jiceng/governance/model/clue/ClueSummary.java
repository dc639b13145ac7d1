package io.github.jiceng.governance.model.clue;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of a register of clues (线索台账汇总), as a community reports them: clues
 * collected, by category and status; projects decided and completed by mode; and the residents
 * expected to benefit and actually served.
 *
 * @param collected every clue collected, duplicates included
 * @param byCategory clues collected per category, in key order
 * @param byStatus clues per status, in status order, zeros included
 * @param decided projects decided per mode (decided, in progress or completed), zeros included
 * @param completed projects completed per mode, zeros included
 * @param expectedBeneficiaries per mode, the sum of the evaluations' expected beneficiaries over
 *     the clues decided into projects (decided, in progress or completed)
 * @param servedBeneficiaries per mode, the sum of the completions' beneficiaries
 */
public record ClueSummary(int collected, SortedMap<ClueCategory, Integer> byCategory, Map<ClueStatus, Integer> byStatus,
    Map<ImplementationMode, Integer> decided, Map<ImplementationMode, Integer> completed,
    Map<ImplementationMode, Long> expectedBeneficiaries, Map<ImplementationMode, Long> servedBeneficiaries) {

  /** Copies the maps, keeping their orders. */
  public ClueSummary {
    byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(byCategory, "byCategory")));
    byStatus = enumCopy(ClueStatus.class, byStatus);
    decided = enumCopy(ImplementationMode.class, decided);
    completed = enumCopy(ImplementationMode.class, completed);
    expectedBeneficiaries = enumCopy(ImplementationMode.class, expectedBeneficiaries);
    servedBeneficiaries = enumCopy(ImplementationMode.class, servedBeneficiaries);
  }

  private static <K extends Enum<K>, V> Map<K, V> enumCopy(Class<K> type, Map<K, V> map) {
    requireNonNull(map, type.getSimpleName());
    Map<K, V> copy = new EnumMap<>(type);
    copy.putAll(map);
    return Collections.unmodifiableMap(copy);
  }
}
