package io.github.jiceng.governance.model.proposal;

import io.github.jiceng.governance.model.actor.DeputyKind;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import java.util.Optional;

/** How a proposal came in (提交方式): from a resident directly, or carried by a deputy. */
public sealed interface Submission permits Submission.Direct, Submission.ViaDeputy {

  /** Returns the resident the proposal speaks for, if known. */
  Optional<PersonId> resident();

  /**
   * A resident submitted the proposal themself.
   *
   * @param submitter the resident
   */
  record Direct(PersonId submitter) implements Submission {

    /** Checks the submitter is present. */
    public Direct {
      requireNonNull(submitter, "submitter");
    }

    @Override
    public Optional<PersonId> resident() {
      return Optional.of(submitter);
    }
  }

  /**
   * A deputy carried the proposal (两代表一委员联系网格), for a resident or for many.
   *
   * @param deputy the deputy
   * @param kind the kind of deputy
   * @param onBehalfOf the resident it speaks for, or empty when it speaks for many
   */
  record ViaDeputy(PersonId deputy, DeputyKind kind, Optional<PersonId> onBehalfOf) implements Submission {

    /** Checks the parts are present. */
    public ViaDeputy {
      requireNonNull(deputy, "deputy");
      requireNonNull(kind, "kind");
      requireNonNull(onBehalfOf, "onBehalfOf");
    }

    @Override
    public Optional<PersonId> resident() {
      return onBehalfOf;
    }
  }
}
