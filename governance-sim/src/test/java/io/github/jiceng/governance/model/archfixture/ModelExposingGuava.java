package io.github.jiceng.governance.model.archfixture;

import com.google.common.collect.ImmutableList;

/** A deliberate breach for the architecture tests: a Guava type in a public signature. */
public final class ModelExposingGuava {
  public ImmutableList<String> names() {
    return ImmutableList.of("a");
  }
}
