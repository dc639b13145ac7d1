package io.github.jiceng.governance.rules.matching.internal;

import java.util.Arrays;

/**
 * The exact engine: maximum-score bipartite b-matching by successive shortest augmenting paths
 * with node potentials, on primitive arrays only (no boxing, no object per arc or node).
 *
 * <p>Each arc joins a <em>source-side</em> node (which sends up to {@code supply} units) to a
 * <em>sink-side</em> node (which takes up to {@code capacity} units); an arc carries at most one
 * unit and is worth its score. Units that find nothing worth taking stay home (a free bypass).
 * The caller picks the orientation: demands as the source side (supply 1) and claimants as the
 * sink side, or the transpose. As a min-cost flow: {@code s -> source node (supply) -> sink node
 * (cap 1, cost -score) -> t (capacity)}, plus a bypass {@code source node -> t} of cost 0.
 *
 * <p>Units are added one at a time, and after each the flow is optimal for the units added so far,
 * which the dual proves: a profit {@code u[x] >= 0} per source-side node and a price
 * {@code p[y] >= 0} per sink-side node with {@code u[x] + p[y] >= score} on every unused arc and
 * {@code <= score} on every used one, {@code u[x] = 0} for a node that kept a unit home, and
 * {@code p[y] = 0} for a node with spare capacity. A unit is added by a Dijkstra search over both
 * sides (a 4-ary indexed heap of {@code long} keys) in reduced costs, which the potentials keep
 * non-negative; a node reached at the distance just settled is settled at once, without the heap,
 * which with demands as the source side is every source-side node. The search
 * stops at the first sink-side node with spare capacity, or when sending some unit home is no
 * dearer; only the nodes it settled have their potentials changed, so a unit costs what its search
 * explores. Most units need no heap: when the best arc of the new unit leads to spare capacity the
 * search would stop at its first step, and the unit is placed directly.
 *
 * <p><b>Range.</b> Scores are at most {@link #MAX_SCORE} = 2<sup>60</sup>. The dual keeps every
 * potential within 0 to the largest score {@code W} ({@code p[y] <= score - u[x] <= W} on a used
 * arc, a profit never above its node's best reduced score), a search settles only labels below
 * {@code W} (what sending the unit home costs) and every label it writes is a settled label plus
 * one reduced cost of at most {@code 2W}. So no value the engine computes exceeds {@code 3W} <
 * 2<sup>62</sup>, and nothing here can overflow, whatever the number of nodes or arcs.
 */
public final class ShortestPathSolver {

  /** The largest score an arc may have: 2<sup>60</sup>, so that {@code 3 * MAX_SCORE} fits a {@code long}. */
  public static final long MAX_SCORE = 1L << 60;

  private static final int UNSEEN = -1;
  private static final int SETTLED = -2;

  private final int sources;
  private final int sinks;
  private final int[] start; // source-side CSR: arcs of x are [start[x], start[x + 1])
  private final int[] head; // sink-side node of each arc
  private final int[] tail; // source-side node of each arc
  private final long[] score;
  private final int[] supply;
  private final int[] capacity;

  private final boolean[] used; // arc carries a unit
  private final int[] placed; // per source-side node: units on arcs
  private final boolean[] keptHome; // per source-side node: some unit stayed home
  private final boolean[] started; // per source-side node: profit initialised
  private final int[] slotStart; // per sink-side node: first slot
  private final int[] load; // per sink-side node: units taken
  private final int[] slots; // arcs in use, packed by sink-side node
  private final int[] slotOf; // per arc: its slot, when used
  private final long[] price;
  private final long[] profit;

  // search state
  private final long[] dist; // per heap item
  private final int[] predArc; // per heap item: the arc its label came through
  private final int[] heap;
  private final int[] heapPos;
  private int heapSize;
  private final int[] touched;
  private int touchedCount;

  private long searches;
  private long directPlacements;

  /**
   * Builds the engine over arcs in CSR form; the arrays are used, not copied.
   *
   * @param sources number of source-side nodes
   * @param sinks number of sink-side nodes
   * @param start per source-side node its first arc, length {@code sources + 1}
   * @param head per arc its sink-side node
   * @param score per arc its score, at most {@link #MAX_SCORE}; arcs of score 0 or less are never used
   * @param supply per source-side node the units it may send
   * @param capacity per sink-side node the units it may take
   */
  public ShortestPathSolver(int sources, int sinks, int[] start, int[] head, long[] score, int[] supply,
      int[] capacity) {
    this.sources = sources;
    this.sinks = sinks;
    this.start = start;
    this.head = head;
    this.score = score;
    this.supply = supply;
    this.capacity = capacity;
    int arcs = start[sources];
    tail = new int[arcs];
    int[] degree = new int[sinks];
    for (int x = 0; x < sources; x++) {
      for (int a = start[x], e = start[x + 1]; a < e; a++) {
        tail[a] = x;
        degree[head[a]]++;
      }
    }
    slotStart = new int[sinks + 1];
    for (int y = 0; y < sinks; y++) {
      slotStart[y + 1] = slotStart[y] + Math.min(degree[y], capacity[y]);
    }
    slots = new int[slotStart[sinks]];
    load = new int[sinks];
    used = new boolean[arcs];
    slotOf = new int[arcs];
    placed = new int[sources];
    keptHome = new boolean[sources];
    started = new boolean[sources];
    price = new long[sinks];
    profit = new long[sources];
    int items = sinks + sources;
    dist = new long[items];
    predArc = new int[items];
    heap = new int[items];
    heapPos = new int[items];
    Arrays.fill(heapPos, UNSEEN);
    touched = new int[items];
  }

  /**
   * Sends every unit of every source-side node, in node order; afterwards {@link #used} tells the
   * optimal arcs. The total is the caller's to add up: over many arcs of large scores it may exceed
   * a {@code long}, which no value inside the engine does.
   */
  public void solve() {
    for (int x = 0; x < sources; x++) {
      int units = Math.min(supply[x], start[x + 1] - start[x]);
      for (int k = 0; k < units && !keptHome[x]; k++) {
        addUnit(x);
      }
    }
  }

  private void use(int a) {
    int y = head[a];
    int s = slotStart[y] + load[y]++;
    slots[s] = a;
    slotOf[a] = s;
    used[a] = true;
    placed[tail[a]]++;
  }

  private void release(int a) {
    int y = head[a];
    int last = slotStart[y] + --load[y];
    int moved = slots[last];
    int s = slotOf[a];
    slots[s] = moved;
    slotOf[moved] = s;
    used[a] = false;
    placed[tail[a]]--;
  }

  private void addUnit(int x0) {
    if (!started[x0]) {
      started[x0] = true;
      long best = 0;
      for (int a = start[x0], e = start[x0 + 1]; a < e; a++) {
        long r = score[a] - price[head[a]];
        if (r > best) {
          best = r;
        }
      }
      profit[x0] = best;
    }
    long home = profit[x0];
    // the first step of the search without a heap: the cheapest arc out of x0
    int bestArc = -1;
    long bestCost = Long.MAX_VALUE;
    for (int a = start[x0], e = start[x0 + 1]; a < e; a++) {
      if (used[a]) {
        continue;
      }
      int y = head[a];
      long c = home + price[y] - score[a];
      if (c < bestCost || (c == bestCost && y < head[bestArc])) {
        bestCost = c;
        bestArc = a;
      }
    }
    if (bestArc < 0 || home <= bestCost) {
      keptHome[x0] = true; // nothing worth more than staying home
      profit[x0] = 0;
      return;
    }
    int y0 = head[bestArc];
    if (load[y0] < capacity[y0]) {
      directPlacements++;
      profit[x0] -= bestCost;
      use(bestArc);
      return;
    }
    search(x0);
  }

  // Heap items: sink-side node y is item y, source-side node x is item sinks + x.

  private void search(int x0) {
    searches++;
    long toHome = profit[x0];
    int homeNode = x0;
    heapSize = 0;
    touchedCount = 0;
    int src = sinks + x0;
    touched[touchedCount++] = src;
    heapPos[src] = SETTLED;
    dist[src] = 0;
    scan(x0, 0L);
    int endSink = -1;
    long delta;
    while (true) {
      if (heapSize == 0 || dist[heap[0]] >= toHome) {
        delta = toHome;
        break;
      }
      int v = pop();
      long dv = dist[v];
      if (v >= sinks) {
        int x = v - sinks;
        long viaHome = dv + profit[x];
        if (viaHome < toHome) {
          toHome = viaHome;
          homeNode = x;
        }
        scan(x, dv);
        continue;
      }
      int y = v;
      if (load[y] < capacity[y]) {
        endSink = y;
        delta = dv;
        break;
      }
      long py = price[y];
      for (int s = slotStart[y], e = s + load[y]; s < e; s++) {
        int a = slots[s];
        int x = tail[a];
        int item = sinks + x;
        int pos = heapPos[item];
        if (pos == SETTLED) {
          continue;
        }
        long d = dv + score[a] - profit[x] - py; // backwards along a used arc: never negative
        if (pos == UNSEEN) {
          touched[touchedCount++] = item;
          dist[item] = d;
          predArc[item] = a;
          if (d == dv) {
            // as near as the node just settled: settle it now, no heap needed
            heapPos[item] = SETTLED;
            long viaHome = d + profit[x];
            if (viaHome < toHome) {
              toHome = viaHome;
              homeNode = x;
            }
            scan(x, d);
          } else {
            siftUp(heapSize++, item);
          }
        } else if (d < dist[item]) {
          dist[item] = d;
          predArc[item] = a;
          siftUp(pos, item);
        }
      }
    }
    for (int k = 0; k < touchedCount; k++) {
      int v = touched[k];
      if (heapPos[v] == SETTLED) {
        long shift = delta - dist[v];
        if (v >= sinks) {
          profit[v - sinks] -= shift;
        } else {
          price[v] += shift;
        }
      }
      heapPos[v] = UNSEEN;
    }
    int y;
    if (endSink >= 0) {
      y = endSink;
    } else {
      if (homeNode == x0) {
        keptHome[x0] = true;
        return;
      }
      int a = predArc[sinks + homeNode];
      keptHome[homeNode] = true;
      y = head[a];
      release(a);
    }
    while (true) {
      int a = predArc[y];
      int x = tail[a];
      use(a);
      if (x == x0) {
        return;
      }
      int back = predArc[sinks + x];
      y = head[back];
      release(back);
    }
  }

  private void scan(int x, long dx) {
    long base = dx + profit[x];
    for (int a = start[x], e = start[x + 1]; a < e; a++) {
      if (used[a]) {
        continue;
      }
      int y = head[a];
      int pos = heapPos[y];
      if (pos == SETTLED) {
        continue;
      }
      long d = base + price[y] - score[a];
      if (pos == UNSEEN) {
        touched[touchedCount++] = y;
        dist[y] = d;
        predArc[y] = a;
        siftUp(heapSize++, y);
      } else if (d < dist[y]) {
        dist[y] = d;
        predArc[y] = a;
        siftUp(pos, y);
      }
    }
  }

  private boolean less(int p, int q) {
    long dp = dist[p];
    long dq = dist[q];
    return dp < dq || (dp == dq && p < q);
  }

  private void siftUp(int pos, int v) {
    while (pos > 0) {
      int parent = (pos - 1) >> 2;
      int p = heap[parent];
      if (!less(v, p)) {
        break;
      }
      heap[pos] = p;
      heapPos[p] = pos;
      pos = parent;
    }
    heap[pos] = v;
    heapPos[v] = pos;
  }

  private int pop() {
    int top = heap[0];
    heapPos[top] = SETTLED;
    int last = heap[--heapSize];
    if (heapSize > 0) {
      int pos = 0;
      while (true) {
        int c = (pos << 2) + 1;
        if (c >= heapSize) {
          break;
        }
        int best = c;
        int end = Math.min(c + 4, heapSize);
        for (int k = c + 1; k < end; k++) {
          if (less(heap[k], heap[best])) {
            best = k;
          }
        }
        int b = heap[best];
        if (!less(b, last)) {
          break;
        }
        heap[pos] = b;
        heapPos[b] = pos;
        pos = best;
      }
      heap[pos] = last;
      heapPos[last] = pos;
    }
    return top;
  }

  /** Returns whether arc {@code a} carries a unit. */
  public boolean used(int a) {
    return used[a];
  }

  /** Returns the price (dual value) of a sink-side node. */
  public long price(int y) {
    return price[y];
  }

  /** Returns the profit (dual value) of a source-side node. */
  public long profit(int x) {
    return profit[x];
  }

  /** Returns how many units needed a full shortest-path search. */
  public long searches() {
    return searches;
  }

  /** Returns how many units were placed on their best arc without a search. */
  public long directPlacements() {
    return directPlacements;
  }
}
