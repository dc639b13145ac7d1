package io.github.jiceng.governance.model.archfixture.cycleb;

import io.github.jiceng.governance.model.archfixture.cyclea.A;

/** A deliberate package cycle for the architecture tests (with {@link A}). */
public final class B {
  public A a() {
    return new A();
  }
}
