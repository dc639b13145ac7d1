package io.github.jiceng.governance.rules.internal;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sorted map that shares its structure with the maps it was made from: {@link #plus}
 * and {@link #minus} copy one path of a height-balanced (AVL) tree, O(log n), and leave the
 * original as it was. Rules keep their states in it so that evolving a state by one event costs
 * O(log n), not a copy of the whole state.
 *
 * <p>Value equality: two maps are equal when they hold equal keys with equal values, whatever
 * their history; {@link #hashCode} is that of {@link java.util.Map#hashCode()} for the same
 * entries, kept in every node so it costs nothing to read. Iteration is in key order. Neither
 * keys nor values may be null.
 *
 * @param <K> the keys, ordered by their natural order
 * @param <V> the values, immutable
 */
public final class PersistentSortedMap<K extends Comparable<? super K>, V> implements Iterable<Map.Entry<K, V>> {

  private static final PersistentSortedMap<?, ?> EMPTY = new PersistentSortedMap<>(null);

  private final @Nullable Node<K, V> root;

  private PersistentSortedMap(@Nullable Node<K, V> root) {
    this.root = root;
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the keys
   * @param <V> the values
   * @return the empty map
   */
  @SuppressWarnings("unchecked")
  public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> empty() {
    return (PersistentSortedMap<K, V>) EMPTY;
  }

  /** Returns the number of entries. */
  public int size() {
    return size(root);
  }

  /** Returns the height of the tree: at most 1.45 log2(n + 2) for n entries. */
  int height() {
    return height(root);
  }

  /** Returns whether the map has no entry. */
  public boolean isEmpty() {
    return root == null;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key
   * @return the value, or null when absent
   */
  public @Nullable V get(K key) {
    requireNonNull(key, "key");
    Node<K, V> n = root;
    while (n != null) {
      int c = key.compareTo(n.key);
      if (c == 0) {
        return n.value;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  /**
   * Returns the value of a key, or a default.
   *
   * @param key the key
   * @param otherwise the default
   * @return the value, or the default when absent
   */
  public V getOrDefault(K key, V otherwise) {
    V v = get(key);
    return v == null ? otherwise : v;
  }

  /** Returns whether the key has a value. */
  public boolean containsKey(K key) {
    return get(key) != null;
  }

  /**
   * Returns the map with the key set to the value; this map is unchanged.
   *
   * @param key the key
   * @param value the value
   * @return the new map (this one when the key already had an equal value)
   */
  public PersistentSortedMap<K, V> plus(K key, V value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    Node<K, V> next = insert(root, key, value);
    return next == root ? this : new PersistentSortedMap<>(next);
  }

  /**
   * Returns the map without the key; this map is unchanged.
   *
   * @param key the key
   * @return the new map (this one when the key was absent)
   */
  public PersistentSortedMap<K, V> minus(K key) {
    requireNonNull(key, "key");
    Node<K, V> next = remove(root, key);
    return next == root ? this : new PersistentSortedMap<>(next);
  }

  /**
   * Returns the map with every key of {@code updates} set to its value; this map is unchanged.
   * Equal to calling {@link #plus} for each update, but merges both in key order and builds a
   * balanced tree once: O(n + m) for n entries and m updates, for a bulk replay that changes many
   * keys. For a few updates to a large map, {@link #plus} is cheaper.
   *
   * @param updates the keys and their new values, in strictly increasing key order
   * @return the new map (this one when there is no update)
   * @throws IllegalArgumentException if the keys are not in strictly increasing order
   */
  public PersistentSortedMap<K, V> plusAll(List<? extends Map.Entry<K, V>> updates) {
    requireNonNull(updates, "updates");
    if (updates.isEmpty()) {
      return this;
    }
    int total = size() + updates.size();
    List<K> keys = new ArrayList<>(total);
    List<V> values = new ArrayList<>(total);
    Iterator<Map.Entry<K, V>> mine = iterator();
    Map.Entry<K, V> a = mine.hasNext() ? mine.next() : null;
    K previous = null;
    for (Map.Entry<K, V> b : updates) {
      K key = requireNonNull(b.getKey(), "key");
      V value = requireNonNull(b.getValue(), "value");
      if (previous != null && previous.compareTo(key) >= 0) {
        throw new IllegalArgumentException("The updates are not in strictly increasing key order at " + key);
      }
      previous = key;
      int c;
      while (a != null && (c = a.getKey().compareTo(key)) <= 0) {
        if (c < 0) {
          keys.add(a.getKey());
          values.add(a.getValue());
        }
        a = mine.hasNext() ? mine.next() : null;
      }
      keys.add(key);
      values.add(value);
    }
    while (a != null) {
      keys.add(a.getKey());
      values.add(a.getValue());
      a = mine.hasNext() ? mine.next() : null;
    }
    return new PersistentSortedMap<>(build(keys, values, 0, keys.size()));
  }

  /** A perfectly balanced tree of the sorted keys from {@code from} (inclusive) to {@code to} (exclusive). */
  private static <K, V> @Nullable Node<K, V> build(List<K> keys, List<V> values, int from, int to) {
    if (from >= to) {
      return null;
    }
    int mid = (from + to) >>> 1;
    return new Node<>(keys.get(mid), values.get(mid), build(keys, values, from, mid), build(keys, values, mid + 1, to));
  }

  /** Returns the entry with the smallest key, if any. */
  public Optional<Map.Entry<K, V>> first() {
    Node<K, V> n = root;
    if (n == null) {
      return Optional.empty();
    }
    while (n.left != null) {
      n = n.left;
    }
    return Optional.of(new AbstractMap.SimpleImmutableEntry<>(n.key, n.value));
  }

  /**
   * Calls the action with each key and value, in key order, allocating nothing.
   *
   * @param action the action
   */
  public void forEachEntry(BiConsumer<? super K, ? super V> action) {
    requireNonNull(action, "action");
    forEachEntry(root, action);
  }

  private static <K, V> void forEachEntry(@Nullable Node<K, V> n, BiConsumer<? super K, ? super V> action) {
    for (Node<K, V> m = n; m != null; m = m.right) {
      forEachEntry(m.left, action);
      action.accept(m.key, m.value);
    }
  }

  /** Returns the keys in order; unmodifiable. */
  public List<K> keys() {
    List<K> out = new ArrayList<>(size());
    forEachEntry((k, v) -> out.add(k));
    return Collections.unmodifiableList(out);
  }

  /** Returns the entries in key order; the iterator does not support removal. */
  @Override
  public Iterator<Map.Entry<K, V>> iterator() {
    ArrayDeque<Node<K, V>> stack = new ArrayDeque<>();
    for (Node<K, V> n = root; n != null; n = n.left) {
      stack.push(n);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !stack.isEmpty();
      }

      @Override
      public Map.Entry<K, V> next() {
        if (stack.isEmpty()) {
          throw new NoSuchElementException();
        }
        Node<K, V> n = stack.pop();
        for (Node<K, V> m = n.right; m != null; m = m.left) {
          stack.push(m);
        }
        return new AbstractMap.SimpleImmutableEntry<>(n.key, n.value);
      }
    };
  }

  /** Returns whether the other map holds equal keys with equal values. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PersistentSortedMap<?, ?> other) || size() != other.size() || hashCode() != other.hashCode()) {
      return false;
    }
    Iterator<? extends Map.Entry<?, ?>> mine = iterator();
    Iterator<? extends Map.Entry<?, ?>> theirs = other.iterator();
    while (mine.hasNext()) {
      if (!mine.next().equals(theirs.next())) {
        return false;
      }
    }
    return true;
  }

  /** Returns the sum of {@code key.hashCode() ^ value.hashCode()} over the entries, as a map's. */
  @Override
  public int hashCode() {
    return hash(root);
  }

  /** Returns {@code {k=v, ...}} for up to eight entries, then how many more. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    int shown = 0;
    for (Map.Entry<K, V> e : this) {
      if (shown == 8) {
        b.append(", ... ").append(size() - shown).append(" more");
        break;
      }
      b.append(shown++ == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
    }
    return b.append('}').toString();
  }

  // ------------------------------------------------------------------------------------- the tree

  private static final class Node<K, V> {
    final K key;
    final V value;
    final @Nullable Node<K, V> left;
    final @Nullable Node<K, V> right;
    final int height;
    final int size;
    /**
     * The hash of the subtree's entries, computed when first asked for. An {@code Integer}, whose
     * value is final, so that a thread racing another sees either null or the whole value.
     */
    private @Nullable Integer hash;

    Node(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
      this.size = size(left) + size(right) + 1;
    }

    /**
     * Returns the sum of the entries' hashes. Computed once per node and shared by every map that
     * shares the node; a race computes the same value twice, as {@code String.hashCode} may.
     */
    int hash() {
      Integer h = hash;
      if (h == null) {
        h = PersistentSortedMap.hash(left) + PersistentSortedMap.hash(right) + (key.hashCode() ^ value.hashCode());
        hash = h;
      }
      return h;
    }
  }

  private static int height(@Nullable Node<?, ?> n) {
    return n == null ? 0 : n.height;
  }

  private static int size(@Nullable Node<?, ?> n) {
    return n == null ? 0 : n.size;
  }

  private static int hash(@Nullable Node<?, ?> n) {
    return n == null ? 0 : n.hash();
  }

  private static <K extends Comparable<? super K>, V> Node<K, V> insert(@Nullable Node<K, V> n, K key, V value) {
    if (n == null) {
      return new Node<>(key, value, null, null);
    }
    int c = key.compareTo(n.key);
    if (c == 0) {
      return Objects.equals(n.value, value) ? n : new Node<>(key, value, n.left, n.right);
    }
    if (c < 0) {
      Node<K, V> left = insert(n.left, key, value);
      return left == n.left ? n : balance(n.key, n.value, left, n.right);
    }
    Node<K, V> right = insert(n.right, key, value);
    return right == n.right ? n : balance(n.key, n.value, n.left, right);
  }

  private static <K extends Comparable<? super K>, V> @Nullable Node<K, V> remove(@Nullable Node<K, V> n, K key) {
    if (n == null) {
      return null;
    }
    int c = key.compareTo(n.key);
    if (c < 0) {
      Node<K, V> left = remove(n.left, key);
      return left == n.left ? n : balance(n.key, n.value, left, n.right);
    }
    if (c > 0) {
      Node<K, V> right = remove(n.right, key);
      return right == n.right ? n : balance(n.key, n.value, n.left, right);
    }
    if (n.left == null) {
      return n.right;
    }
    if (n.right == null) {
      return n.left;
    }
    Node<K, V> min = n.right;
    while (min.left != null) {
      min = min.left;
    }
    return balance(min.key, min.value, n.left, removeMin(n.right));
  }

  private static <K, V> @Nullable Node<K, V> removeMin(Node<K, V> n) {
    if (n.left == null) {
      return n.right;
    }
    return balance(n.key, n.value, removeMin(n.left), n.right);
  }

  /** A node of the key and value over the subtrees, rotated so that their heights differ by one at most. */
  private static <K, V> Node<K, V> balance(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
    int hl = height(left);
    int hr = height(right);
    if (hl > hr + 1) {
      Node<K, V> l = left;
      if (height(l.left) >= height(l.right)) {
        return new Node<>(l.key, l.value, l.left, new Node<>(key, value, l.right, right));
      }
      Node<K, V> lr = l.right;
      return new Node<>(lr.key, lr.value, new Node<>(l.key, l.value, l.left, lr.left),
          new Node<>(key, value, lr.right, right));
    }
    if (hr > hl + 1) {
      Node<K, V> r = right;
      if (height(r.right) >= height(r.left)) {
        return new Node<>(r.key, r.value, new Node<>(key, value, left, r.left), r.right);
      }
      Node<K, V> rl = r.left;
      return new Node<>(rl.key, rl.value, new Node<>(key, value, left, rl.left),
          new Node<>(r.key, r.value, rl.right, r.right));
    }
    return new Node<>(key, value, left, right);
  }
}
