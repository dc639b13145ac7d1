package io.github.jiceng.governance.model.actor;

import io.github.jiceng.governance.model.taxonomy.Mechanism;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of {@link Organization}, with what each requires and the mechanism of 一核五共 it
 * takes part in by the article's practice.
 */
public enum OrganizationKind {
  /** 党组织: a party committee, branch or group, in a chain of parent organizations. */
  PARTY_ORGANIZATION(false, null),
  /** 驻地单位: an enterprise or public institution located in the area (a co-building unit). */
  RESIDENT_UNIT(true, Mechanism.JOINT_MEETING),
  /** 结对共建单位: an outside unit paired with the community (a co-building unit). */
  PAIRED_UNIT(true, Mechanism.JOINT_MEETING),
  /** 社会组织: a registered social organization (NGO). */
  SOCIAL_ORGANIZATION(true, Mechanism.JOINT_MEETING),
  /** 社会工作服务站: a social work station; a community may foster its own, unregistered. */
  SOCIAL_WORK_STATION(false, Mechanism.VOLUNTEER_SERVICE),
  /** 志愿服务团队: a volunteer team. */
  VOLUNTEER_TEAM(false, Mechanism.VOLUNTEER_SERVICE),
  /** 驻地商铺: a shop in the area, usually an individual business (个体工商户). */
  RESIDENT_MERCHANT(true, null);

  private final boolean requiresCreditCode;
  private final @Nullable Mechanism mechanism;

  OrganizationKind(boolean requiresCreditCode, @Nullable Mechanism mechanism) {
    this.requiresCreditCode = requiresCreditCode;
    this.mechanism = mechanism;
  }

  /** Returns whether an organization of this kind must carry a unified social credit code. */
  public boolean requiresCreditCode() {
    return requiresCreditCode;
  }

  /** Returns whether this kind is a co-building unit (共建单位): a resident or a paired unit. */
  public boolean isCoBuildingUnit() {
    return this == RESIDENT_UNIT || this == PAIRED_UNIT;
  }

  /**
   * Returns the mechanism of 一核五共 this kind takes part in by the article's practice: the
   * joint meeting for co-building units and social organizations, volunteer service for stations
   * and teams; empty for party organizations (the core itself) and merchants.
   */
  public Optional<Mechanism> mechanism() {
    return Optional.ofNullable(mechanism);
  }
}
