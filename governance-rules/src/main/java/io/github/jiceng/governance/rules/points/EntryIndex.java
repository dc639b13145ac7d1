package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.internal.PersistentSortedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's entries by id (ADR 0031's hashed lookups, ADR 0051): an immutable value in two
 * parts, a hashed part that a bulk fold builds once and never changes again, and a persistent
 * sorted map of the entries booked one at a time since, which copies one path per entry. A bulk
 * fold of many entries builds a new hashed part in O(n) without sorting; one entry, or a few
 * onto many, go into the sorted part in O(log m). An id is in one part at most.
 *
 * <p>Value equality and {@link #hashCode} as a {@code java.util.Map}'s of the same entries,
 * whatever the parts hold: the sum of {@code id.hashCode() ^ entry.hashCode()}, computed when
 * first asked for and kept.
 */
final class EntryIndex {

  static final EntryIndex EMPTY = new EntryIndex(Map.of(), PersistentSortedMap.empty());

  /** Never changed once the index is made; shared by every index made from this one. */
  private final Map<EntryId, LedgerEntry> hashed;
  private final PersistentSortedMap<EntryId, LedgerEntry> recent;
  /** The hash of the entries, once computed; an {@code Integer} so that a racing reader sees all of it or null. */
  private @Nullable Integer hash;

  private EntryIndex(Map<EntryId, LedgerEntry> hashed, PersistentSortedMap<EntryId, LedgerEntry> recent) {
    this.hashed = hashed;
    this.recent = recent;
  }

  /** Returns the number of entries. */
  int size() {
    return hashed.size() + recent.size();
  }

  /** Returns the entry with the id, or null. */
  @Nullable LedgerEntry get(EntryId id) {
    LedgerEntry found = hashed.get(id);
    return found != null ? found : recent.get(id);
  }

  /**
   * Returns the index with one more entry, whose id the caller found absent (as every evolution
   * step does before it books); this one is unchanged.
   */
  EntryIndex plusNew(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    return new EntryIndex(hashed, recent.plus(entry.id(), entry));
  }

  /**
   * Returns the index with the entries added, in order; this one is unchanged. Many entries
   * (from a sixteenth of the index's size on) make one new hashed part of all entries, in O(n +
   * m); fewer go into the sorted part one by one.
   *
   * @throws IllegalStateException if an id is booked already or comes twice
   */
  EntryIndex plusAll(List<LedgerEntry> entries) {
    if (entries.isEmpty()) {
      return this;
    }
    if (entries.size() * 16L < size()) {
      EntryIndex out = this;
      for (LedgerEntry e : entries) {
        if (out.get(e.id()) != null) {
          throw new IllegalStateException("entry " + e.id() + " is booked twice");
        }
        out = out.plusNew(e);
      }
      return out;
    }
    int total = size() + entries.size();
    HashMap<EntryId, LedgerEntry> all = new HashMap<>(Math.max(16, (int) (total / 0.75f) + 1));
    all.putAll(hashed);
    recent.forEachEntry(all::put);
    for (LedgerEntry e : entries) {
      if (all.put(e.id(), e) != null) {
        throw new IllegalStateException("entry " + e.id() + " is booked twice");
      }
    }
    return new EntryIndex(all, PersistentSortedMap.empty());
  }

  /** Returns whether the other index holds the same ids with equal entries. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EntryIndex other) || size() != other.size() || hashCode() != other.hashCode()) {
      return false;
    }
    for (Map.Entry<EntryId, LedgerEntry> e : hashed.entrySet()) {
      if (!e.getValue().equals(other.get(e.getKey()))) {
        return false;
      }
    }
    for (Map.Entry<EntryId, LedgerEntry> e : recent) {
      if (!e.getValue().equals(other.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the sum of {@code id.hashCode() ^ entry.hashCode()} over the entries, as a map's. */
  @Override
  public int hashCode() {
    Integer h = hash;
    if (h == null) {
      int sum = recent.hashCode();
      for (Map.Entry<EntryId, LedgerEntry> e : hashed.entrySet()) {
        sum += e.getKey().hashCode() ^ e.getValue().hashCode();
      }
      h = sum;
      hash = h;
    }
    return h;
  }

  /** Returns {@code EntryIndex[n entries]}; never the entries. */
  @Override
  public String toString() {
    return "EntryIndex[" + size() + " entries]";
  }
}
