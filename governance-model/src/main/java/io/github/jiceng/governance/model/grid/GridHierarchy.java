package io.github.jiceng.governance.model.grid;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.ToLongFunction;

/**
 * An immutable, validated grid hierarchy (网格层级): one tree of {@link GridNode}s that fits a
 * {@link LevelScheme}, answering structural queries fast enough for a region of a million nodes.
 *
 * <h2>Building</h2>
 *
 * <p>{@link #of(LevelScheme, Collection)} checks every rule and reports every violation, not
 * only the first, each naming the node and the rule: ids are unique, parents exist, there is
 * exactly one root, there are no cycles, each level is allowed under its parent's (and the root's
 * level may be a root), and codes fit the scheme (see {@link LevelCoding}) and are unique.
 * {@link #validate(LevelScheme, Collection)} returns the same list without throwing.
 *
 * <h2>Positions</h2>
 *
 * <p>Nodes are stored in preorder: the root is at position 0, every subtree occupies the
 * contiguous positions {@code [p, p + subtreeSize(p))}, and children appear in the order they
 * were given. So {@link #isAncestorOf} is two comparisons, {@link #descendants} is a slice, and a
 * {@link #rollUp} is one backward pass. The position-based methods ({@link #position},
 * {@link #isAncestorOf(int, int)}, {@link #rollUp(long[])}) serve hot loops without hashing.
 *
 * <table>
 *   <caption>Costs (n nodes, d the depth of the deeper argument)</caption>
 *   <tr><th>query</th><th>cost</th></tr>
 *   <tr><td>build and validate</td><td>O(n)</td></tr>
 *   <tr><td>{@link #parent}, {@link #depth}, {@link #isAncestorOf}, {@link #subtreeSize}</td>
 *       <td>O(1)</td></tr>
 *   <tr><td>{@link #children}</td><td>O(number of children)</td></tr>
 *   <tr><td>{@link #ancestors}, {@link #lowestCommonAncestor}, {@link #distance}</td><td>O(d)</td></tr>
 *   <tr><td>{@link #path}</td><td>O(d)</td></tr>
 *   <tr><td>{@link #descendants}</td><td>O(1) view</td></tr>
 *   <tr><td>{@link #nodesAtLevel}</td><td>O(size of the subtree)</td></tr>
 *   <tr><td>{@link #rollUp}</td><td>O(n)</td></tr>
 * </table>
 *
 * <p>Queries given an id the hierarchy does not contain throw {@link IllegalArgumentException}.
 */
public final class GridHierarchy {

  private final LevelScheme scheme;
  private final GridNode[] nodes;
  private final int[] parent;
  private final int[] size;
  private final int[] depth;
  private final byte[] level;
  private final IdIndex index;

  private GridHierarchy(LevelScheme scheme, GridNode[] nodes, int[] parent, int[] size, int[] depth,
      byte[] level, IdIndex index) {
    this.scheme = scheme;
    this.nodes = nodes;
    this.parent = parent;
    this.size = size;
    this.depth = depth;
    this.level = level;
    this.index = index;
  }

  /**
   * Validates the nodes against the scheme and builds the hierarchy.
   *
   * @param scheme the level scheme the nodes follow
   * @param nodes every node of the tree, in any order; siblings keep this order
   * @return the hierarchy; never null
   * @throws DomainValidationException listing every violation found, if there is any
   */
  public static GridHierarchy of(LevelScheme scheme, Collection<GridNode> nodes) {
    Build build = new Build(scheme, nodes);
    if (!build.violations.isEmpty()) {
      throw new DomainValidationException(build.violations);
    }
    return build.hierarchy();
  }

  /**
   * Checks the nodes against the scheme without building anything.
   *
   * @param scheme the level scheme the nodes follow
   * @param nodes the nodes to check
   * @return every violation found, in a deterministic order; empty if the nodes form a valid
   *     hierarchy
   */
  public static List<Violation> validate(LevelScheme scheme, Collection<GridNode> nodes) {
    return Collections.unmodifiableList(new Build(scheme, nodes).violations);
  }

  /** Returns the scheme the hierarchy follows. */
  public LevelScheme scheme() {
    return scheme;
  }

  /** Returns the number of nodes. */
  public int size() {
    return nodes.length;
  }

  /** Returns the root's id. */
  public GridId root() {
    return nodes[0].id();
  }

  /** Returns whether the hierarchy contains a node with the given id. */
  public boolean contains(GridId id) {
    return index.find(requireNonNull(id, "id"), nodes) >= 0;
  }

  /** Returns the node with the given id. */
  public GridNode node(GridId id) {
    return nodes[position(id)];
  }

  /** Returns every node in preorder (root first, each subtree contiguous). */
  public List<GridNode> nodes() {
    return Collections.unmodifiableList(java.util.Arrays.asList(nodes));
  }

  /** Returns the level of the node with the given id. */
  public GridLevel level(GridId id) {
    return scheme.levels().get(level[position(id)]);
  }

  /** Returns the parent's id, or empty for the root. */
  public Optional<GridId> parent(GridId id) {
    int p = parent[position(id)];
    return p < 0 ? Optional.empty() : Optional.of(nodes[p].id());
  }

  /** Returns the children's ids in the order they were given. */
  public List<GridId> children(GridId id) {
    int p = position(id);
    List<GridId> out = new ArrayList<>();
    for (int c = p + 1; c < p + size[p]; c += size[c]) {
      out.add(nodes[c].id());
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the ancestors' ids, nearest first and the root last; empty for the root. */
  public List<GridId> ancestors(GridId id) {
    int p = position(id);
    List<GridId> out = new ArrayList<>(depth[p]);
    for (int a = parent[p]; a >= 0; a = parent[a]) {
      out.add(nodes[a].id());
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the ids of every node strictly below the given one, in preorder, as a view. */
  public List<GridId> descendants(GridId id) {
    int p = position(id);
    return new IdSlice(nodes, p + 1, p + size[p]);
  }

  /** Returns the number of nodes in the subtree of the given node, itself included. */
  public int subtreeSize(GridId id) {
    return size[position(id)];
  }

  /** Returns the number of edges from the root to the node; 0 for the root. */
  public int depth(GridId id) {
    return depth[position(id)];
  }

  /** Returns whether {@code ancestor} lies strictly above {@code node}; a node is not its own ancestor. */
  public boolean isAncestorOf(GridId ancestor, GridId node) {
    requireNonNull(ancestor, "ancestor");
    requireNonNull(node, "node");
    return isAncestorOf(position(ancestor), position(node));
  }

  /** Returns the deepest node that is the first node or an ancestor of it, and the same of the second. */
  public GridId lowestCommonAncestor(GridId a, GridId b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return nodes[lca(position(a), position(b))].id();
  }

  /** Returns the number of edges on the path between two nodes. */
  public int distance(GridId a, GridId b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    int x = position(a);
    int y = position(b);
    return depth[x] + depth[y] - 2 * depth[lca(x, y)];
  }

  /**
   * Returns the ids on the path from {@code from} up to the lowest common ancestor and down to
   * {@code to}, both ends included; a single element when they are the same node.
   */
  public List<GridId> path(GridId from, GridId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    int x = position(from);
    int y = position(to);
    int l = lca(x, y);
    List<GridId> up = new ArrayList<>();
    for (int a = x; a != l; a = parent[a]) {
      up.add(nodes[a].id());
    }
    up.add(nodes[l].id());
    List<GridId> down = new ArrayList<>();
    for (int a = y; a != l; a = parent[a]) {
      down.add(nodes[a].id());
    }
    Collections.reverse(down);
    up.addAll(down);
    return Collections.unmodifiableList(up);
  }

  /** Returns the ids of every node of the given level, in preorder. */
  public List<GridId> nodesAtLevel(String levelKey) {
    return nodesAtLevel(levelKey, root());
  }

  /**
   * Returns the ids of the nodes of the given level in the subtree of {@code within} (itself
   * included), in preorder.
   *
   * @throws DomainValidationException if the scheme has no such level or the id is unknown
   */
  public List<GridId> nodesAtLevel(String levelKey, GridId within) {
    java.util.Objects.requireNonNull(levelKey, "levelKey");
    java.util.Objects.requireNonNull(within, "within");
    int l = scheme.indexOf(requireNonNull(levelKey, "levelKey"));
    if (l < 0) {
      throw new DomainValidationException("GridHierarchy", "levelKey", "level-in-scheme",
          "scheme " + scheme.name() + " has no level " + Excerpts.of(levelKey));
    }
    int p = position(within);
    List<GridId> out = new ArrayList<>();
    for (int i = p, end = p + size[p]; i < end; i++) {
      if (level[i] == l) {
        out.add(nodes[i].id());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Adds up a per-node count (residents, open demands, ...) to every ancestor, in one pass.
   *
   * @param own each node's own count
   * @return for every node, its own count plus those of all its descendants
   * @throws ArithmeticException if a total overflows a {@code long}
   */
  public GridTotals rollUp(ToLongFunction<GridNode> own) {
    requireNonNull(own, "own");
    long[] counts = new long[nodes.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = own.applyAsLong(nodes[i]);
    }
    return new GridTotals(this, counts, rollUp(counts));
  }

  // ---- position-based API, for hot loops ----

  /**
   * Returns the preorder position of the node with the given id.
   *
   * @throws DomainValidationException (rule {@code node-exists}) if the hierarchy has no such node
   */
  public int position(GridId id) {
    int p = index.find(requireNonNull(id, "id"), nodes);
    if (p < 0) {
      throw new DomainValidationException("GridHierarchy", "id", "node-exists", "hierarchy has no node " + id);
    }
    return p;
  }

  /**
   * Returns the id of the node at the given preorder position.
   *
   * @throws DomainValidationException (rule {@code position-range}) if there is no such position
   */
  public GridId idAt(int position) {
    checkPosition(position);
    return nodes[position].id();
  }

  /** Returns the position of the parent of the node at the given position, or -1 for the root. */
  public int parentPosition(int position) {
    checkPosition(position);
    return parent[position];
  }

  /** Returns whether the node at {@code ancestor} lies strictly above the node at {@code node}. */
  public boolean isAncestorOf(int ancestor, int node) {
    checkPosition(ancestor);
    checkPosition(node);
    return ancestor < node && node < ancestor + size[ancestor];
  }

  /**
   * Adds up per-position counts to every ancestor in one backward pass over the preorder.
   *
   * @param own each node's own count, indexed by position; not modified
   * @return a new array: for every position, its own count plus those of all its descendants
   * @throws DomainValidationException (rule {@code one-per-node}) if the array's length is not
   *     {@link #size()}
   * @throws ArithmeticException if a total overflows a {@code long}
   */
  public long[] rollUp(long[] own) {
    if (requireNonNull(own, "own").length != nodes.length) {
      throw new DomainValidationException("GridHierarchy.rollUp", "own", "one-per-node",
          "roll-up needs one count per node: " + nodes.length + " expected, was " + own.length);
    }
    long[] total = own.clone();
    for (int i = total.length - 1; i > 0; i--) {
      total[parent[i]] = Math.addExact(total[parent[i]], total[i]);
    }
    return total;
  }

  /** Returns {@code GridHierarchy[scheme, n nodes, root=id]}. */
  @Override
  public String toString() {
    return "GridHierarchy[" + scheme.name() + " v" + scheme.version() + ", " + nodes.length
        + " nodes, root=" + root() + "]";
  }

  private void checkPosition(int position) {
    if (position < 0 || position >= nodes.length) {
      throw new DomainValidationException(new Violation("GridHierarchy", "position", "position-range",
          "position " + position + " outside 0.." + (nodes.length - 1))
                  .with("min", 0).with("max", nodes.length - 1).with("value", position));
    }
  }

  private int lca(int a, int b) {
    while (depth[a] > depth[b]) {
      a = parent[a];
    }
    while (depth[b] > depth[a]) {
      b = parent[b];
    }
    while (a != b) {
      a = parent[a];
      b = parent[b];
    }
    return a;
  }

  /** A read-only view of the ids of a range of positions. */
  private static final class IdSlice extends AbstractList<GridId> implements RandomAccess {
    private final GridNode[] nodes;
    private final int from;
    private final int to;

    IdSlice(GridNode[] nodes, int from, int to) {
      this.nodes = nodes;
      this.from = from;
      this.to = to;
    }

    @Override
    public GridId get(int i) {
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (to - from - 1));
      }
      return nodes[from + i].id();
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  /** Validation and layout of one build; collects every violation before deciding. */
  private static final class Build {
    final LevelScheme scheme;
    final GridNode[] input;
    final List<Violation> violations = new ArrayList<>();
    IdIndex inputIndex;
    int[] parentOf;
    Children children;
    int[] preorder;
    int[] depthOf;
    byte[] levelOf;

    Build(LevelScheme scheme, Collection<GridNode> nodes) {
      this.scheme = requireNonNull(scheme, "scheme");
      this.input = nodes.toArray(new GridNode[0]);
      for (int i = 0; i < input.length; i++) {
        if (input[i] == null) {
          throw new NullPointerException("nodes contains null at " + i);
        }
      }
      if (input.length == 0) {
        violations.add(new Violation("GridHierarchy", "nodes", "not-empty", "a hierarchy needs at least one node"));
        return;
      }
      indexIds();
      resolveLevels();
      resolveParents();
      int root = findRoot();
      boolean acyclic = reportCycles();
      children = Children.of(parentOf);
      if (root >= 0 && acyclic) {
        layOut(root);
      }
      GridRules.checkLevelsAndCodes(scheme, input, parentOf, levelOf, children, violations);
    }

    private static String subject(GridNode node) {
      return "GridNode[" + node.id() + "]";
    }

    private void indexIds() {
      inputIndex = new IdIndex(input.length);
      for (int i = 0; i < input.length; i++) {
        int first = inputIndex.putIfAbsent(input[i].id(), i, input);
        if (first >= 0) {
          violations.add(new Violation(subject(input[i]), "id", "id-unique",
              "id " + input[i].id() + " is used by more than one node (first at input position " + first
                  + ", again at " + i + ")"));
        }
      }
    }

    private void resolveLevels() {
      levelOf = new byte[input.length];
      for (int i = 0; i < input.length; i++) {
        int l = scheme.indexOf(input[i].level());
        if (l < 0) {
          violations.add(new Violation(subject(input[i]), "level", "level-in-scheme",
              "level " + input[i].level() + " is not in scheme " + scheme.name()));
        }
        levelOf[i] = (byte) l;
      }
    }

    private void resolveParents() {
      parentOf = new int[input.length];
      for (int i = 0; i < input.length; i++) {
        Optional<GridId> p = input[i].parent();
        if (p.isEmpty()) {
          parentOf[i] = -1;
          continue;
        }
        int at = inputIndex.find(p.get(), input);
        if (at < 0) {
          violations.add(new Violation(subject(input[i]), "parent", "parent-exists",
              "parent " + p.get() + " is not a node of the hierarchy"));
          parentOf[i] = MISSING;
        } else {
          parentOf[i] = at;
        }
      }
    }

    private int findRoot() {
      int root = -1;
      int roots = 0;
      for (int i = 0; i < input.length; i++) {
        if (parentOf[i] == -1) {
          roots++;
          if (root < 0) {
            root = i;
          } else {
            violations.add(new Violation(subject(input[i]), "parent", "single-root",
                "a hierarchy has exactly one root; " + input[root].id() + " is the first, this is another"));
          }
        }
      }
      if (roots == 0) {
        violations.add(new Violation("GridHierarchy", "nodes", "single-root",
            "a hierarchy has exactly one root; every node has a parent, so the parents form a cycle"));
      }
      return roots == 1 ? root : -1;
    }

    /** Preorder from the root with children in input order. */
    private void layOut(int root) {
      int n = input.length;
      preorder = new int[n];
      depthOf = new int[n];
      java.util.Arrays.fill(depthOf, -1);
      int[] stack = new int[n];
      int top = 0;
      int count = 0;
      stack[top++] = root;
      depthOf[root] = 0;
      while (top > 0) {
        int v = stack[--top];
        preorder[count++] = v;
        for (int k = children.end(v) - 1; k >= children.start(v); k--) {
          int c = children.at(k);
          depthOf[c] = depthOf[v] + 1;
          stack[top++] = c;
        }
      }
    }

    /**
     * Walks up from every node; a walk that meets itself has found a cycle. Each cycle is
     * reported once, on the node where the walk first met it, with every node on it.
     *
     * @return whether the parents are free of cycles
     */
    private boolean reportCycles() {
      byte[] state = new byte[input.length]; // 0 unknown, 1 on the current walk, 2 settled
      boolean acyclic = true;
      for (int i = 0; i < input.length; i++) {
        if (state[i] != 0) {
          continue;
        }
        int v = i;
        while (v >= 0 && state[v] == 0) {
          state[v] = 1;
          v = parentOf[v];
        }
        if (v >= 0 && state[v] == 1) {
          acyclic = false;
          List<String> cycle = new ArrayList<>();
          int u = v;
          do {
            cycle.add(input[u].id().value());
            u = parentOf[u];
          } while (u != v);
          cycle.add(input[v].id().value());
          violations.add(new Violation(subject(input[v]), "parent", "no-cycle",
              "the parents form a cycle: " + String.join(" -> ", cycle)));
        }
        for (int w = i; w >= 0 && state[w] == 1; w = parentOf[w]) {
          state[w] = 2;
        }
      }
      return acyclic;
    }

    GridHierarchy hierarchy() {
      int n = input.length;
      int[] positionOf = new int[n];
      for (int p = 0; p < n; p++) {
        positionOf[preorder[p]] = p;
      }
      GridNode[] nodes = new GridNode[n];
      int[] parent = new int[n];
      int[] depth = new int[n];
      byte[] level = new byte[n];
      for (int p = 0; p < n; p++) {
        int i = preorder[p];
        nodes[p] = input[i];
        parent[p] = parentOf[i] < 0 ? -1 : positionOf[parentOf[i]];
        depth[p] = depthOf[i];
        level[p] = levelOf[i];
      }
      int[] size = new int[n];
      java.util.Arrays.fill(size, 1);
      for (int p = n - 1; p > 0; p--) {
        size[parent[p]] += size[p];
      }
      IdIndex index = inputIndex.remap(positionOf);
      return new GridHierarchy(scheme, nodes, parent, size, depth, level, index);
    }
  }

  private static final int MISSING = -2;
}
