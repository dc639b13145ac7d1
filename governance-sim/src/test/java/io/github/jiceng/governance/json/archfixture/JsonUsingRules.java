package io.github.jiceng.governance.json.archfixture;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.rules.partition.GridPartitioning;

/** A deliberate breach for the architecture tests: json depending on rules. */
public final class JsonUsingRules {
  public Object cut(GridHierarchy h) {
    return GridPartitioning.atLevel(h, "COMMUNITY");
  }
}
