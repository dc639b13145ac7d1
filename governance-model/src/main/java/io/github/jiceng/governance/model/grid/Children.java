package io.github.jiceng.governance.model.grid;

/**
 * The input positions of nodes grouped by parent (compressed rows): the children of {@code p} are
 * {@code at(start(p))} to {@code at(end(p) - 1)}, in input order. Nodes without a known parent
 * belong to no group.
 */
final class Children {

  private final int[] start; // n + 1 offsets into list
  private final int[] list;
  private final int largestGroup;

  private Children(int[] start, int[] list, int largestGroup) {
    this.start = start;
    this.list = list;
    this.largestGroup = largestGroup;
  }

  /** Groups the nodes by parent; a negative parent means none. Counting sort, O(n). */
  static Children of(int[] parentOf) {
    int n = parentOf.length;
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (parentOf[i] >= 0) {
        start[parentOf[i] + 1]++;
      }
    }
    int largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, start[i + 1]);
      start[i + 1] += start[i];
    }
    int[] fill = new int[n];
    System.arraycopy(start, 0, fill, 0, n);
    int[] list = new int[start[n]];
    for (int i = 0; i < n; i++) {
      if (parentOf[i] >= 0) {
        list[fill[parentOf[i]]++] = i;
      }
    }
    return new Children(start, list, largest);
  }

  int start(int parent) {
    return start[parent];
  }

  int end(int parent) {
    return start[parent + 1];
  }

  int at(int k) {
    return list[k];
  }

  int largestGroup() {
    return largestGroup;
  }
}
