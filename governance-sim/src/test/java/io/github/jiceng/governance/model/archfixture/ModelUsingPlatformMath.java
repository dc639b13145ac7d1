package io.github.jiceng.governance.model.archfixture;

/** A deliberate breach for the architecture tests: floating point that may differ between JVMs. */
public final class ModelUsingPlatformMath {
  public double poisson(double mean) {
    return Math.exp(-mean);
  }

  public double angle(double x) {
    return Math.sin(x);
  }

  public double allowed(double x) {
    return StrictMath.exp(x) + Math.sqrt(x) + StrictMath.sin(x);
  }
}
