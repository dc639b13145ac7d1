package io.github.jiceng.governance.rules.audit;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a dual-hierarchy audit: every violation found, in a deterministic order (by check,
 * then by the ids of the subjects). Subjects are named by id only; no personal data appears.
 *
 * @param violations every violation; empty when the roster is complete
 */
public record AuditReport(List<Violation> violations) {

  /** Copies the violations. */
  public AuditReport {
    violations = List.copyOf(DomainChecks.noNullElements(violations, "violations"));
  }

  /** Returns whether no violation was found. */
  public boolean isClean() {
    return violations.isEmpty();
  }

  /** Returns the violations of the given rule, in report order. */
  public List<Violation> violationsOf(String rule) {
    requireNonNull(rule, "rule");
    return violations.stream().filter(v -> v.rule().equals(rule)).toList();
  }

  /** Returns the number of violations per rule, sorted by rule. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** Returns {@code AuditReport[clean]} or {@code AuditReport[n violations: rule=count, ...]}. */
  @Override
  public String toString() {
    return isClean() ? "AuditReport[clean]" : "AuditReport[" + violations.size() + " violations: " + countsByRule() + "]";
  }
}
