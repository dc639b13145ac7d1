package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns the model's rejections of a value read from a file into format errors at its pointer. */
final class Violations {

  private Violations() {}

  /**
   * Points each violation at a node relative to the object being built.
   */
  @FunctionalInterface
  interface Locator {
    /**
     * Returns the pointer of the violation's node relative to the object, such as
     * {@code "/name"} or {@code "/nodes/3/parent"}, or null if this locator does not know it.
     */
    @Nullable String locate(Violation violation, Values values);
  }

  /**
   * Returns the format error for a model rejection of one value at {@code pointer}: a
   * {@link DomainValidationException} keeps its violations and the first one's rule; another
   * {@link IllegalArgumentException}, {@link ArithmeticException} or
   * {@link java.time.DateTimeException} is reported under {@code rule}.
   */
  static GovernanceFormatException rejected(Input in, String pointer, RuntimeException e, String rule) {
    if (e instanceof DomainValidationException) {
      List<Violation> vs = ((DomainValidationException) e).violations();
      List<String> pointers = new ArrayList<>();
      vs.forEach(v -> pointers.add(pointer));
      return build(in, vs, pointers);
    }
    return in.failAt(pointer, rule, String.valueOf(e.getMessage()));
  }

  /** Returns the format error for violations found building an object at {@code objectPointer}. */
  static GovernanceFormatException located(Input in, String objectPointer, DomainValidationException e,
      Locator locator, Values values) {
    List<String> pointers = new ArrayList<>();
    for (Violation v : e.violations()) {
      String relative = locator.locate(v, values);
      pointers.add(objectPointer + (relative == null ? "" : relative));
    }
    return build(in, e.violations(), pointers);
  }

  private static GovernanceFormatException build(Input in, List<Violation> vs, List<String> pointers) {
    Violation first = vs.get(0);
    String detail;
    if (vs.size() == 1) {
      detail = first.subject() + "." + first.field() + ": " + first.detail();
    } else {
      StringBuilder sb = new StringBuilder().append(vs.size()).append(" violations:");
      for (int i = 0; i < vs.size() && i < 20; i++) {
        Violation v = vs.get(i);
        String at = pointers.get(i).isEmpty() ? "/" : pointers.get(i);
        sb.append("\n  ").append(at).append(": ").append(v.subject()).append('.').append(v.field())
            .append(": ").append(v.detail()).append(" [").append(v.rule()).append(']');
      }
      if (vs.size() > 20) {
        sb.append("\n  ... and ").append(vs.size() - 20).append(" more");
      }
      detail = sb.toString();
    }
    return in.failAt(pointers.get(0), first.rule(), detail, vs);
  }
}
