package io.github.jiceng.governance.model.matching;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.DemandId;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one matching: every demand either assigned or unmatched with a reason, the total
 * score, what was spent, and one report per channel stage.
 *
 * @param mode how it was matched
 * @param assignments the matched demands, in demand id order
 * @param unmatched the others with their reasons, in demand id order
 * @param totalScore the sum of the assignments' scores
 * @param spent what purchases took from the budget
 * @param stages per channel in the policy's order
 */
public record MatchingResult(MatchingMode mode, List<Assignment> assignments, List<Unmatched> unmatched,
    long totalScore, Money spent, List<StageReport> stages) {

  /** Checks that nothing is null and copies the lists. */
  public MatchingResult {
    requireNonNull(mode, "mode");
    requireNonNull(spent, "spent");
    assignments = List.copyOf(DomainChecks.noNullElements(assignments, "assignments"));
    unmatched = List.copyOf(DomainChecks.noNullElements(unmatched, "unmatched"));
    stages = List.copyOf(DomainChecks.noNullElements(stages, "stages"));
  }

  /** Returns the demand's assignment, if it was matched. */
  public Optional<Assignment> assignment(DemandId demand) {
    java.util.Objects.requireNonNull(demand, "demand");
    return assignments.stream().filter(a -> a.demand().equals(demand)).findFirst();
  }

  /** Returns why the demand was left unmatched, if it was. */
  public Optional<UnmatchedReason> reason(DemandId demand) {
    java.util.Objects.requireNonNull(demand, "demand");
    return unmatched.stream().filter(u -> u.demand().equals(demand)).map(Unmatched::reason).findFirst();
  }
}
