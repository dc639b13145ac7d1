package io.github.jiceng.governance.rules.project;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why {@link ProjectRules} refuses a command on a community's projects (项目驳回代码); each key is
 * {@code project.} and the constant in kebab case, such as {@code project.dispatched-alone}. Every
 * code carries the argument {@code project}; the others it carries are listed with it: ids,
 * stages, channels, amounts and instants, never personal data.
 */
public enum ProjectRefusalCode implements RefusalCode {
  /** The register holds no project of the id. Arguments: {@code project}, {@code command}. */
  UNKNOWN_PROJECT,
  /** The id belongs to another project already proposed. Arguments: {@code project}. */
  ALREADY_PROPOSED,
  /**
   * A demand of the project is held by another project that is not withdrawn, or was grouped into
   * another project by its own stream. Arguments: {@code project}, {@code demand}, {@code other}.
   */
  DEMAND_IN_ANOTHER_PROJECT,
  /**
   * A demand of the project was already dispatched on its own (单独派单): its stream left the
   * grouped state for a channel. Arguments: {@code project}, {@code demand}, {@code state}.
   */
  DISPATCHED_ALONE,
  /**
   * A demand of the project is not accepted yet, or is rejected, closed or withdrawn. Arguments:
   * {@code project}, {@code demand}, {@code state}.
   */
  DEMAND_NOT_READY,
  /** The step cannot leave the project's stage. Arguments: {@code project}, {@code command}, {@code stage}. */
  NOT_ALLOWED_IN_STATE,
  /** The channel policy does not allow the channel. Arguments: {@code project}, {@code channel}. */
  CHANNEL_NOT_ALLOWED,
  /**
   * The policy tries the co-building units first, and the project was not put to them before it
   * is taken through this channel. Arguments: {@code project}, {@code channel}.
   */
  NOT_PUT_TO_UNITS,
  /**
   * The resource cannot serve a demand of the project, by the matching's eligibility rule.
   * Arguments: {@code project}, {@code resource}, {@code demand}, {@code reason} (an {@code
   * Ineligibility}).
   */
  INELIGIBLE_CLAIMANT,
  /**
   * The price of taking the project, or its services' cost so far with this one, exceeds its
   * budget. Arguments: {@code project}, {@code amount}, {@code budget}.
   */
  OVER_BUDGET,
  /**
   * A service was not given by the claimant through the resource and channel that took the
   * project. Arguments: {@code project}, {@code service}, {@code provider}, {@code claimant}.
   */
  NOT_THE_CLAIMANT,
  /** A service serves a demand the project does not group. Arguments: {@code project}, {@code service}, {@code demand}. */
  SERVICE_OUTSIDE_PROJECT,
  /** A service's or outcome's id belongs to another record of the register. Arguments: {@code project}, {@code id}. */
  RECORD_ID_TAKEN,
  /** An outcome rates a service not recorded under the project. Arguments: {@code project}, {@code outcome}, {@code service}. */
  UNKNOWN_SERVICE,
  /** The project cannot close without a service delivered under it. Arguments: {@code project}. */
  NO_SERVICE,
  /** The project cannot close without an outcome of its services. Arguments: {@code project}. */
  NO_OUTCOME,
  /** A withdrawal needs a reason. Arguments: {@code project}. */
  REASON_REQUIRED,
  /** The step is dated before the project's last step. Arguments: {@code project}, {@code at}, {@code since}. */
  OUT_OF_ORDER,
  /** The step is dated outside {@code TimeLimits}, the instants the SDK accepts. Arguments: {@code project}, {@code at}. */
  INSTANT_OUT_OF_RANGE;

  private final String key = RefusalCode.keyOf("project", this);

  /** Returns the stable key, such as {@code project.dispatched-alone}. */
  @Override
  public String key() {
    return key;
  }
}
