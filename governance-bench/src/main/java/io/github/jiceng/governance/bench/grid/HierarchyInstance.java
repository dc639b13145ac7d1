package io.github.jiceng.governance.bench.grid;

import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The B-HIERARCHY instance (performance anchors, section 4), generated from a fixed seed: a county
 * with about 16 streets, each with about 10 communities, each with about 20 grids, each with about
 * 300 buildings, for {@value #ANCHOR_NODES} nodes of depth 4 in {@link LevelSchemes#COUNTY}, plus
 * ancestor queries and per-building resident counts.
 *
 * <h2>Shape</h2>
 *
 * <p>The tree is drawn level by level (breadth first) from one {@link SplittableRandom} seeded
 * with {@value #SEED}: every node of depth {@code d} gets a number of children drawn uniformly from
 * {@code [f/2, 3f/2]} (both ends included), with {@code f} = 16, 10, 20, 300 for depths 0 to 3.
 * This reproduces the anchor's count of {@value #ANCHOR_NODES} nodes exactly. For another target
 * node count {@code N} every {@code f} is scaled by {@code (N / 1,057,053)^(1/4)} (rounded, at
 * least 2) and the building fan-out is then fitted to the drawn grids, so the depth stays 4 and
 * the node count lands within a few percent of {@code N}: a target of 1,000 gives about a
 * thousand nodes, enough for a CI smoke run.
 *
 * <h2>Nodes and codes</h2>
 *
 * <p>{@link #nodes()} lists the nodes in generation (breadth-first) order, as a loader reading
 * level by level would; the {@code GridHierarchy} reorders them into preorder, and
 * {@link #idAtPosition(int)} gives that preorder so position-based queries can be prepared
 * beforehand. Ids are {@code county}, {@code s3}, {@code s3-c7}, {@code s3-c7-g12} and
 * {@code s3-c7-g12-b250}; a node's name is its id. Codes are real: the county is
 * {@code 150622@2023}, a street {@code DivisionCode.child(i)} of it, a community
 * {@code child(j)} of its street, a grid {@code GridCode.child(k, 2)} of its community and a
 * building {@code GridCode.child(m, 3)} of its grid.
 *
 * <h2>Queries and counts</h2>
 *
 * <p>Ancestor queries are pairs (candidate ancestor, node), exactly 75 % of them true, in random
 * order. A true pair is a random non-root node and one of its proper ancestors drawn uniformly;
 * a false pair draws its candidate the same way (for another random node) and pairs it with a
 * random node it is not a proper ancestor of, so true and false candidates have the same level
 * mix. Queries come both as {@link GridId} pairs (the very id instances of the nodes, as an
 * application holding its nodes would pass them) and as preorder position pairs. Buildings have
 * 1 to 50 residents each, every other node none. The instance knows the number of true queries
 * and the residents' total, so every implementation is checked against the same answers.
 *
 * <p>Instances are immutable once generated; the arrays returned are the instance's own and
 * must not be modified.
 */
public final class HierarchyInstance {

  /** The seed of the anchor instance. */
  public static final long SEED = 7;

  /** The number of nodes of the anchor instance. */
  public static final int ANCHOR_NODES = 1_057_053;

  /** The number of ancestor queries of the anchor instance. */
  public static final int ANCHOR_QUERIES = 1_000_000;

  /** The level keys by depth, all in {@link LevelSchemes#COUNTY}. */
  static final String[] LEVELS = {"COUNTY", "STREET", "COMMUNITY", "GRID", "BUILDING"};

  /** The mean fan-out of depths 0 to 3 in the anchor instance. */
  private static final int[] ANCHOR_FAN_OUT = {16, 10, 20, 300};

  /** The largest child number each depth's code accepts: street, community, grid, building. */
  private static final int[] MAX_CHILD_NUMBER = {999, 999, 99, 999};

  private static final int DEPTH = 4;
  private static final int MAX_RESIDENTS = 50;
  private static final String COUNTY_DIGITS = "150622";
  private static final int TABLE_YEAR = 2023;

  private final List<GridNode> nodes;
  private final GridId[] idByPosition;
  private final long[] residentsByPosition;
  private final Map<GridId, Long> residentsById;
  private final GridId[] queryAncestorIds;
  private final GridId[] queryNodeIds;
  private final int[] queryAncestorPositions;
  private final int[] queryNodePositions;
  private final int expectedTrueQueries;
  private final long expectedRootTotal;

  private HierarchyInstance(List<GridNode> nodes, GridId[] idByPosition, long[] residentsByPosition,
      Map<GridId, Long> residentsById, GridId[] queryAncestorIds, GridId[] queryNodeIds,
      int[] queryAncestorPositions, int[] queryNodePositions, int expectedTrueQueries,
      long expectedRootTotal) {
    this.nodes = nodes;
    this.idByPosition = idByPosition;
    this.residentsByPosition = residentsByPosition;
    this.residentsById = residentsById;
    this.queryAncestorIds = queryAncestorIds;
    this.queryNodeIds = queryNodeIds;
    this.queryAncestorPositions = queryAncestorPositions;
    this.queryNodePositions = queryNodePositions;
    this.expectedTrueQueries = expectedTrueQueries;
    this.expectedRootTotal = expectedRootTotal;
  }

  /** Returns the anchor instance: {@value #ANCHOR_NODES} nodes, {@value #ANCHOR_QUERIES} queries. */
  public static HierarchyInstance anchor() {
    return generate(ANCHOR_NODES, ANCHOR_QUERIES);
  }

  /**
   * Generates an instance of about the given size from seed {@value #SEED}.
   *
   * @param targetNodes the number of nodes aimed at; {@value #ANCHOR_NODES} gives the anchor tree
   *     exactly, other values a tree of the same shape with about that many nodes (within a few
   *     percent; tiny targets, whose upper levels alone come near the target, may land further off)
   * @param queries the number of ancestor queries, at least 4
   * @return the instance; the same arguments always give the same instance
   * @throws IllegalArgumentException if the target is below 10 or so large that child numbers
   *     would no longer fit their codes, or there are fewer than 4 queries
   */
  public static HierarchyInstance generate(int targetNodes, int queries) {
    if (queries < 4) {
      throw new IllegalArgumentException("at least 4 queries, was " + queries);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Shape shape = Shape.draw(random, fanOuts(targetNodes));
    return new Builder(shape, random, queries).build();
  }

  /** Returns the number of nodes {@link #generate} gives for the target, without building nodes. */
  static int nodeCount(int targetNodes) {
    return Shape.draw(new SplittableRandom(SEED), fanOuts(targetNodes)).size;
  }

  /**
   * Returns the mean fan-out of depths 0 to 3 for a target node count: the anchor's, scaled by
   * {@code (target / 1,057,053)^(1/4)}; if the tree drawn with that misses the target by more than
   * 2 %, the building fan-out is set so that the drawn grids hold the rest of the target. The
   * levels are drawn top-down, so changing the building fan-out leaves the upper levels as drawn.
   */
  static int[] fanOuts(int targetNodes) {
    if (targetNodes < 10) {
      throw new IllegalArgumentException("the target node count must be at least 10, was " + targetNodes);
    }
    int[] fanOut = fanOutsAt(Math.pow((double) targetNodes / ANCHOR_NODES, 0.25), targetNodes);
    Shape shape = Shape.draw(new SplittableRandom(SEED), fanOut);
    if (Math.abs((long) shape.size - targetNodes) <= targetNodes / 50) {
      return fanOut;
    }
    int upper = 0;
    int grids = 0;
    for (int i = 0; i < shape.size; i++) {
      upper += shape.depth[i] < DEPTH ? 1 : 0;
      grids += shape.depth[i] == DEPTH - 1 ? 1 : 0;
    }
    long buildings = Math.round((double) (targetNodes - upper) / grids);
    fanOut[DEPTH - 1] = (int) Math.max(2, Math.min(Integer.MAX_VALUE / 2, buildings));
    checkFits(fanOut, targetNodes);
    return fanOut;
  }

  private static int[] fanOutsAt(double scale, int targetNodes) {
    int[] fanOut = new int[DEPTH];
    for (int d = 0; d < DEPTH; d++) {
      fanOut[d] = Math.max(2, (int) Math.round(ANCHOR_FAN_OUT[d] * scale));
    }
    checkFits(fanOut, targetNodes);
    return fanOut;
  }

  private static void checkFits(int[] fanOut, int targetNodes) {
    for (int d = 0; d < DEPTH; d++) {
      if (3 * (long) fanOut[d] / 2 > MAX_CHILD_NUMBER[d]) {
        throw new IllegalArgumentException("a target of " + targetNodes + " nodes needs up to "
            + 3 * (long) fanOut[d] / 2 + " children at depth " + d + ", more than its codes allow ("
            + MAX_CHILD_NUMBER[d] + ")");
      }
    }
  }

  /** Returns every node, in generation (breadth-first) order; unmodifiable. */
  public List<GridNode> nodes() {
    return nodes;
  }

  /** Returns the number of nodes. */
  public int size() {
    return nodes.size();
  }

  /** Returns the root's id. */
  public GridId rootId() {
    return idByPosition[0];
  }

  /** Returns the id of the node at the given preorder position (children in generation order). */
  public GridId idAtPosition(int position) {
    return idByPosition[position];
  }

  /** Returns each node's own residents, indexed by preorder position (0 for non-buildings). */
  public long[] residentsByPosition() {
    return residentsByPosition;
  }

  /** Returns the residents of each building, by id (non-buildings are absent); unmodifiable. */
  public Map<GridId, Long> residentsById() {
    return residentsById;
  }

  /** Returns the number of ancestor queries. */
  public int queryCount() {
    return queryNodeIds.length;
  }

  /** Returns the candidate ancestor of each query, as ids. */
  public GridId[] queryAncestorIds() {
    return queryAncestorIds;
  }

  /** Returns the node of each query, as ids. */
  public GridId[] queryNodeIds() {
    return queryNodeIds;
  }

  /** Returns the candidate ancestor of each query, as preorder positions. */
  public int[] queryAncestorPositions() {
    return queryAncestorPositions;
  }

  /** Returns the node of each query, as preorder positions. */
  public int[] queryNodePositions() {
    return queryNodePositions;
  }

  /** Returns how many queries are true: exactly three quarters, rounded. */
  public int expectedTrueQueries() {
    return expectedTrueQueries;
  }

  /** Returns the total of all residents, which a roll-up gives for the root. */
  public long expectedRootTotal() {
    return expectedRootTotal;
  }

  /** Returns {@code HierarchyInstance[n nodes, q queries]}. */
  @Override
  public String toString() {
    return "HierarchyInstance[" + nodes.size() + " nodes, " + queryNodeIds.length + " queries]";
  }

  /** The tree as arrays over generation (breadth-first) order. */
  private static final class Shape {
    final int size;
    final int[] parent;
    final int[] childNumber;
    final byte[] depth;

    private Shape(int size, int[] parent, int[] childNumber, byte[] depth) {
      this.size = size;
      this.parent = parent;
      this.childNumber = childNumber;
      this.depth = depth;
    }

    static Shape draw(SplittableRandom random, int[] fanOut) {
      int capacity = 1024;
      int[] parent = new int[capacity];
      int[] childNumber = new int[capacity];
      byte[] depth = new byte[capacity];
      parent[0] = -1;
      int size = 1;
      int levelStart = 0;
      for (int d = 0; d < DEPTH; d++) {
        int levelEnd = size;
        int f = fanOut[d];
        for (int v = levelStart; v < levelEnd; v++) {
          int children = random.nextInt(f / 2, 3 * f / 2 + 1);
          if (size + children > capacity) {
            capacity = Math.max(size + children, capacity * 2);
            parent = Arrays.copyOf(parent, capacity);
            childNumber = Arrays.copyOf(childNumber, capacity);
            depth = Arrays.copyOf(depth, capacity);
          }
          for (int c = 1; c <= children; c++) {
            parent[size] = v;
            childNumber[size] = c;
            depth[size] = (byte) (d + 1);
            size++;
          }
        }
        levelStart = levelEnd;
      }
      return new Shape(size, Arrays.copyOf(parent, size), Arrays.copyOf(childNumber, size),
          Arrays.copyOf(depth, size));
    }
  }

  /** One generation: nodes, preorder, residents, then queries, all from the same random stream. */
  private static final class Builder {
    final Shape shape;
    final SplittableRandom random;
    final int queries;
    final int n;
    final int[] position;
    final int[] subtreeSize;

    Builder(Shape shape, SplittableRandom random, int queries) {
      this.shape = shape;
      this.random = random;
      this.queries = queries;
      this.n = shape.size;
      this.subtreeSize = new int[n];
      this.position = new int[n];
      Arrays.fill(subtreeSize, 1);
      for (int i = n - 1; i > 0; i--) {
        subtreeSize[shape.parent[i]] += subtreeSize[i];
      }
      // Children of a node are contiguous in generation order and come after it.
      int[] nextChild = new int[n];
      position[0] = 0;
      nextChild[0] = 1;
      for (int i = 1; i < n; i++) {
        int p = shape.parent[i];
        position[i] = nextChild[p];
        nextChild[p] += subtreeSize[i];
        nextChild[i] = position[i] + 1;
      }
    }

    HierarchyInstance build() {
      GridNode[] nodes = new GridNode[n];
      GridId[] idByPosition = new GridId[n];
      GridCode[] codes = new GridCode[n];
      for (int i = 0; i < n; i++) {
        nodes[i] = node(i, nodes, codes);
        idByPosition[position[i]] = nodes[i].id();
      }
      long[] residentsByPosition = new long[n];
      Map<GridId, Long> residentsById = new HashMap<>();
      long rootTotal = 0;
      for (int i = 0; i < n; i++) {
        if (shape.depth[i] == DEPTH) {
          long residents = random.nextInt(1, MAX_RESIDENTS + 1);
          residentsByPosition[position[i]] = residents;
          residentsById.put(nodes[i].id(), residents);
          rootTotal += residents;
        }
      }
      GridId[] ancestorIds = new GridId[queries];
      GridId[] nodeIds = new GridId[queries];
      int[] ancestorPositions = new int[queries];
      int[] nodePositions = new int[queries];
      int trueQueries = (int) Math.round(queries * 0.75);
      int trueLeft = trueQueries;
      for (int q = 0; q < queries; q++) {
        boolean wanted = random.nextInt(queries - q) < trueLeft;
        int node;
        int ancestor;
        if (wanted) {
          trueLeft--;
          node = 1 + random.nextInt(n - 1);
          ancestor = randomProperAncestor(node);
        } else {
          do {
            ancestor = randomProperAncestor(1 + random.nextInt(n - 1));
            node = random.nextInt(n);
          } while (isProperAncestor(ancestor, node));
        }
        if (isProperAncestor(ancestor, node) != wanted) {
          throw new IllegalStateException("generator bug at query " + q);
        }
        ancestorIds[q] = nodes[ancestor].id();
        nodeIds[q] = nodes[node].id();
        ancestorPositions[q] = position[ancestor];
        nodePositions[q] = position[node];
      }
      return new HierarchyInstance(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(nodes))),
          idByPosition, residentsByPosition, Collections.unmodifiableMap(residentsById), ancestorIds,
          nodeIds, ancestorPositions, nodePositions, trueQueries, rootTotal);
    }

    private int randomProperAncestor(int node) {
      int steps = 1 + random.nextInt(shape.depth[node]);
      int a = node;
      for (int s = 0; s < steps; s++) {
        a = shape.parent[a];
      }
      return a;
    }

    private boolean isProperAncestor(int ancestor, int node) {
      int a = position[ancestor];
      int v = position[node];
      return a < v && v < a + subtreeSize[ancestor];
    }

    private GridNode node(int i, GridNode[] nodes, GridCode[] codes) {
      int depth = shape.depth[i];
      int number = shape.childNumber[i];
      String id;
      GridCode code;
      if (depth == 0) {
        id = "county";
        code = GridCode.of(DivisionCode.of(COUNTY_DIGITS, TABLE_YEAR));
      } else {
        GridNode parent = nodes[shape.parent[i]];
        GridCode parentCode = codes[shape.parent[i]];
        String prefix = depth == 1 ? "" : parent.id().value() + "-";
        id = prefix + "scgb".charAt(depth - 1) + number;
        if (depth <= 2) {
          code = GridCode.of(parentCode.division().child(number));
        } else {
          code = parentCode.child(number, depth == 3 ? 2 : 3);
        }
      }
      codes[i] = code;
      GridNode.Builder b = GridNode.builder()
          .id(GridId.of(id))
          .level(LEVELS[depth])
          .name(id)
          .code(code);
      if (depth > 0) {
        b.parent(nodes[shape.parent[i]].id());
      }
      return b.build();
    }
  }
}
