package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridId;
import java.util.Optional;

/**
 * How proposals come in and are handled (提案发生率): at every grid node of a level, this many per
 * day on average (in thousandths), a share through a deputy (两代表一委员); each day a proposal
 * waits on its handler, the handler acts on it with the handling chance, so a low chance lets
 * deadlines pass and escalation (逐级上报) happen; a share is not accepted; a share is referred up
 * one level by its handler on receipt (主动逐级上报, at most once per proposal); a share of residents
 * rate the answer, and a share of those are dissatisfied.
 *
 * @param level the level key of the nodes proposals are raised at
 * @param milliPerDay expected proposals per node per day, in thousandths
 * @param viaDeputyPerMille the chance a proposal comes through a deputy, per mille
 * @param handlingPerMille the chance per day that the handler acts on a waiting proposal, per mille
 * @param rejectPerMille the chance a proposal is not accepted (不予受理), per mille
 * @param ratedPerMille the chance the resident rates the answer, per mille
 * @param dissatisfiedPerMille the chance a rating is 不满意, per mille; the rest are 满意 or 基本满意
 * @param within the node whose subtree the stream is confined to (the node itself included);
 *     empty for the whole hierarchy
 * @param referPerMille the chance a handler refers a received proposal up one level instead of
 *     accepting it, per mille; 0 (none) unless given
 */
public record ProposalStream(String level, int milliPerDay, int viaDeputyPerMille, int handlingPerMille,
    int rejectPerMille, int ratedPerMille, int dissatisfiedPerMille, Optional<GridId> within, int referPerMille) {

  /**
   * A stream whose handlers refer nothing up; see the canonical constructor.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if a key, rate or chance is out of form
   */
  public ProposalStream(String level, int milliPerDay, int viaDeputyPerMille, int handlingPerMille,
      int rejectPerMille, int ratedPerMille, int dissatisfiedPerMille, Optional<GridId> within) {
    this(level, milliPerDay, viaDeputyPerMille, handlingPerMille, rejectPerMille, ratedPerMille, dissatisfiedPerMille,
        within, 0);
  }

  /**
   * A stream over the whole hierarchy; see the canonical constructor.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if a key, rate or chance is out of form
   */
  public ProposalStream(String level, int milliPerDay, int viaDeputyPerMille, int handlingPerMille,
      int rejectPerMille, int ratedPerMille, int dissatisfiedPerMille) {
    this(level, milliPerDay, viaDeputyPerMille, handlingPerMille, rejectPerMille, ratedPerMille, dissatisfiedPerMille,
        Optional.empty(), 0);
  }

  /**
   * Validates the stream.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if a key, rate or chance is out of form
   */
  public ProposalStream {
    requireNonNull(level, "level");
    requireNonNull(within, "within");
    String subject = "ProposalStream[" + level + "]";
    Checks.level(subject, "level", level);
    Checks.rate(subject, "milliPerDay", milliPerDay);
    Checks.perMille(subject, "viaDeputyPerMille", viaDeputyPerMille);
    Checks.perMille(subject, "handlingPerMille", handlingPerMille);
    Checks.perMille(subject, "rejectPerMille", rejectPerMille);
    Checks.perMille(subject, "ratedPerMille", ratedPerMille);
    Checks.perMille(subject, "dissatisfiedPerMille", dissatisfiedPerMille);
    Checks.perMille(subject, "referPerMille", referPerMille);
  }
}
