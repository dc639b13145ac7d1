package io.github.jiceng.governance.model.archfixture.cyclea;

import io.github.jiceng.governance.model.archfixture.cycleb.B;

/** A deliberate package cycle for the architecture tests (with {@link B}). */
public final class A {
  public B b() {
    return new B();
  }
}
