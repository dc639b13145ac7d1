package io.github.jiceng.governance.model.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One clue and every decision on it (线索办理记录): screening, the duplicates merged into it (or
 * the clue it was merged into), the rejection, the evaluation, the implementation, the start and
 * the completion. Its {@link #status()} follows from what is present.
 *
 * <p>Cases change by named transitions, each returning a new case and each checking the case
 * stays consistent (no evaluation of a merged clue, no project without an evaluation, no
 * completion before the start). Whether a transition is allowed now, and in which order, is
 * decided by the rules.
 */
@Value.Immutable
public abstract class ClueCase {

  ClueCase() {}

  /** Returns a builder; {@code clue} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a new case of a collected clue. */
  public static ClueCase collected(IssueClue clue) {
    return builder().clue(clue).build();
  }

  /** Returns the clue. */
  public abstract IssueClue clue();

  /** Returns when it was screened (accepted, merged or rejected at screening). */
  public abstract Optional<Instant> screenedAt();

  /** Returns the clue it was merged into, as a duplicate. */
  public abstract Optional<ClueId> mergedInto();

  /** Returns the duplicates merged into it, in the order they were merged. */
  public abstract List<ClueId> duplicates();

  /** Returns the rejection, if rejected. */
  public abstract Optional<ClueRejection> rejection();

  /** Returns the evaluation, if surveyed. */
  public abstract Optional<Evaluation> evaluation();

  /** Returns the implementation decided, if any. */
  public abstract Optional<Implementation> implementation();

  /** Returns when its project started, if it has. */
  public abstract Optional<Instant> startedAt();

  /** Returns its completion, if completed. */
  public abstract Optional<Completion> completion();

  /** Returns the clue's id. */
  public final ClueId id() {
    return clue().id();
  }

  /** Returns how many reports the problem got: this clue and its merged duplicates. */
  public final int reports() {
    return 1 + duplicates().size();
  }

  /** Returns the status that follows from the decisions present. */
  public final ClueStatus status() {
    if (completion().isPresent()) {
      return ClueStatus.COMPLETED;
    }
    if (startedAt().isPresent()) {
      return ClueStatus.IN_PROGRESS;
    }
    if (implementation().isPresent()) {
      return ClueStatus.DECIDED;
    }
    if (rejection().isPresent()) {
      return ClueStatus.REJECTED;
    }
    if (mergedInto().isPresent()) {
      return ClueStatus.MERGED;
    }
    if (evaluation().isPresent()) {
      return ClueStatus.EVALUATED;
    }
    return screenedAt().isPresent() ? ClueStatus.SCREENED : ClueStatus.COLLECTED;
  }

  /** Returns the instant of the latest decision on the case, or the report's instant. */
  public final Instant lastChangedAt() {
    Instant t = clue().reportedAt();
    for (Optional<Instant> o : List.of(screenedAt(), rejection().map(ClueRejection::at), evaluation().map(Evaluation::at),
        implementation().map(Implementation::decidedAt), startedAt(), completion().map(Completion::at))) {
      if (o.isPresent() && o.get().isAfter(t)) {
        t = o.get();
      }
    }
    return t;
  }

  /** Returns this case accepted at screening. */
  public final ClueCase screened(Instant at) {
    return with(Optional.of(at), mergedInto(), duplicates(), rejection(), evaluation(), implementation(), startedAt(),
        completion());
  }

  /** Returns this case merged, as a duplicate, into the primary clue. */
  public final ClueCase merged(ClueId primary, Instant at) {
    return with(Optional.of(at), Optional.of(primary), duplicates(), rejection(), evaluation(), implementation(),
        startedAt(), completion());
  }

  /** Returns this case with one more duplicate merged into it. */
  public final ClueCase withDuplicate(ClueId duplicate) {
    requireNonNull(duplicate, "duplicate");
    List<ClueId> more = new ArrayList<>(duplicates());
    more.add(duplicate);
    return with(screenedAt(), mergedInto(), more, rejection(), evaluation(), implementation(), startedAt(), completion());
  }

  /** Returns this case rejected; screened at the rejection's instant if it was not screened before. */
  public final ClueCase rejected(ClueRejection rejection) {
    return with(screenedAt().or(() -> Optional.of(rejection.at())), mergedInto(), duplicates(), Optional.of(rejection),
        evaluation(), implementation(), startedAt(), completion());
  }

  /** Returns this case with the evaluation; a later evaluation replaces an earlier one. */
  public final ClueCase evaluated(Evaluation evaluation) {
    return with(screenedAt(), mergedInto(), duplicates(), rejection(), Optional.of(evaluation), implementation(),
        startedAt(), completion());
  }

  /** Returns this case with the implementation decided. */
  public final ClueCase decided(Implementation implementation) {
    return with(screenedAt(), mergedInto(), duplicates(), rejection(), evaluation(), Optional.of(implementation),
        startedAt(), completion());
  }

  /** Returns this case with its project started. */
  public final ClueCase started(Instant at) {
    return with(screenedAt(), mergedInto(), duplicates(), rejection(), evaluation(), implementation(), Optional.of(at),
        completion());
  }

  /** Returns this case completed. */
  public final ClueCase completed(Completion completion) {
    return with(screenedAt(), mergedInto(), duplicates(), rejection(), evaluation(), implementation(), startedAt(),
        Optional.of(completion));
  }

  private ClueCase with(Optional<Instant> screenedAt, Optional<ClueId> mergedInto, List<ClueId> duplicates,
      Optional<ClueRejection> rejection, Optional<Evaluation> evaluation, Optional<Implementation> implementation,
      Optional<Instant> startedAt, Optional<Completion> completion) {
    return builder().clue(clue()).screenedAt(screenedAt).mergedInto(mergedInto).addAllDuplicates(duplicates)
        .rejection(rejection).evaluation(evaluation).implementation(implementation).startedAt(startedAt)
        .completion(completion).build();
  }

  @Value.Check
  final void check() {
    String subject = "ClueCase[" + id() + "]";
    if (mergedInto().isPresent()) {
      if (mergedInto().get().equals(id())) {
        fail(subject, "mergedInto", "not-into-itself", "a clue is not merged into itself");
      }
      if (evaluation().isPresent() || rejection().isPresent() || implementation().isPresent() || !duplicates().isEmpty()) {
        fail(subject, "mergedInto", "merged-is-final", "a merged clue has no duplicates, evaluation, rejection or project");
      }
    }
    if ((mergedInto().isPresent() || evaluation().isPresent()) && screenedAt().isEmpty()) {
      fail(subject, "screenedAt", "screened-first", "a clue is screened before it is merged or evaluated");
    }
    if (implementation().isPresent() && (evaluation().isEmpty() || rejection().isPresent())) {
      fail(subject, "implementation", "evaluated-not-rejected", "a project is decided for an evaluated clue that is not rejected");
    }
    if (startedAt().isPresent() && implementation().isEmpty()) {
      fail(subject, "startedAt", "decided-first", "a project starts after it is decided");
    }
    if (completion().isPresent() && startedAt().isEmpty()) {
      fail(subject, "completion", "started-first", "a project is completed after it starts");
    }
    if (duplicates().contains(id()) || duplicates().stream().distinct().count() != duplicates().size()) {
      fail(subject, "duplicates", "duplicates-distinct", "duplicates are other clues, each merged once");
    }
  }

  private static void fail(String subject, String field, String rule, String detail) {
    throw new DomainValidationException(subject, field, rule, detail);
  }

  /** Returns the case with the clue's mobile number masked (see {@link IssueClue#toString}). */
  @Override
  public String toString() {
    return "ClueCase{" + clue() + ", status=" + status() + mergedInto().map(m -> ", mergedInto=" + m).orElse("")
        + (duplicates().isEmpty() ? "" : ", duplicates=" + duplicates())
        + implementation().map(i -> ", " + i.mode() + " " + i.project()).orElse("") + "}";
  }

  /** The builder of {@link ClueCase}; each attribute may be set once. */
  public static final class Builder extends ImmutableClueCase.Builder {
    Builder() {}
  }
}
