package io.github.jiceng.governance.model.authority;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Copies action sets into unmodifiable sets in declaration order. */
final class Grants {

  private Grants() {}

  static Set<Action> copy(Set<Action> actions) {
    EnumSet<Action> copy = EnumSet.noneOf(Action.class);
    for (Action a : requireNonNull(actions, "actions")) {
      copy.add(requireNonNull(a, "actions contains null"));
    }
    return Collections.unmodifiableSet(copy);
  }
}
