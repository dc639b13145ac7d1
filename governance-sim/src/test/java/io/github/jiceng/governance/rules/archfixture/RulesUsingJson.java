package io.github.jiceng.governance.rules.archfixture;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.internal.Pointers;

/** A deliberate breach for the architecture tests: rules reaching into json and its internals. */
public final class RulesUsingJson {
  public Object mapper() {
    return GovernanceJson.mapper();
  }

  public String pointer() {
    return Pointers.segment("x");
  }
}
