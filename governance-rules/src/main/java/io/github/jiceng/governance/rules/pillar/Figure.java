package io.github.jiceng.governance.rules.pillar;

import io.github.jiceng.governance.model.taxonomy.Pillar;

/**
 * The figures of a {@link PillarScorecard}, each of one pillar (五共计分卡指标). The figures marked
 * as records count the records that prove the pillar works; a pillar all of whose record figures
 * are zero in the period is flagged as {@linkplain PillarScorecard.Row#unrecorded() unrecorded}.
 */
public enum Figure {
  /** 联席会议: joint meetings held in the community. A record. */
  MEETINGS(Pillar.PARTY_MASS_CO_BUILDING, true, "联席会议"),
  /** 决议: the resolutions of those meetings. */
  RESOLUTIONS(Pillar.PARTY_MASS_CO_BUILDING, false, "决议"),
  /** 决议转化项目: distinct projects those resolutions became. */
  PROJECTS_FROM_RESOLUTIONS(Pillar.PARTY_MASS_CO_BUILDING, false, "决议转化项目"),

  /** 联系网格的代表: deputies (两代表一委员) linked to a grid of the community. */
  DEPUTIES(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, false, "联系网格的代表"),
  /** 联系群众: deputies' contacts with residents of the community's grids. A record. */
  CONTACTS(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, true, "联系群众"),
  /** 见面群众: residents met in those contacts, summed contact by contact. */
  RESIDENTS_MET(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, false, "见面群众"),
  /** 带回问题: distinct clues and proposals those contacts carried. */
  PROBLEMS_CARRIED(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, false, "带回问题"),
  /** 问题转化项目: distinct projects the carried clues became. */
  PROJECTS_FROM_PROBLEMS(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, false, "问题转化项目"),
  /** 议决大事: major affairs of the community counted (decided) in the period. A record. */
  AFFAIRS_DECIDED(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, true, "议决大事"),
  /** 通过事项: those with an option adopted. */
  AFFAIRS_ADOPTED(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, false, "通过事项"),
  /** 议决转化项目: distinct projects the adopted affairs became. */
  PROJECTS_FROM_AFFAIRS(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, false, "议决转化项目"),

  /** 网格小分队: grid squads serving a grid of the community. */
  SQUADS(Pillar.SAFETY_CO_MANAGEMENT, false, "网格小分队"),
  /** 巡逻: those squads' patrols. A record. */
  PATROLS(Pillar.SAFETY_CO_MANAGEMENT, true, "巡逻"),
  /** 巡逻分钟: their duration together. */
  PATROL_MINUTES(Pillar.SAFETY_CO_MANAGEMENT, false, "巡逻分钟"),
  /** 巡逻覆盖率（‰）: grids of the squads' areas patrolled at least once, per mille of the areas. */
  COVERAGE_PER_MILLE(Pillar.SAFETY_CO_MANAGEMENT, false, "巡逻覆盖率（‰）"),
  /** 发现事件: incidents those patrols found. */
  INCIDENTS(Pillar.SAFETY_CO_MANAGEMENT, false, "发现事件"),

  /** 志愿服务团队: volunteer teams that delivered a counted service. */
  TEAMS(Pillar.CIVILITY_CO_CREATION, false, "志愿服务团队"),
  /** 社会工作服务站: social work stations that delivered a counted service. */
  STATIONS(Pillar.CIVILITY_CO_CREATION, false, "社会工作服务站"),
  /** 服务: services teams and stations delivered to demands of the community. A record. */
  SERVICES_DELIVERED(Pillar.CIVILITY_CO_CREATION, true, "服务"),
  /** 服务人次: people those services reached, summed service by service. */
  PEOPLE_REACHED(Pillar.CIVILITY_CO_CREATION, false, "服务人次"),
  /** 服务分钟: the service time given, in minutes. */
  SERVICE_MINUTES(Pillar.CIVILITY_CO_CREATION, false, "服务分钟"),

  /** 积分奖励: red-star awards to the community's members. A record. */
  AWARDS(Pillar.SERVICE_SHARING, true, "积分奖励"),
  /** 奖励积分: the points those awards granted. */
  POINTS_AWARDED(Pillar.SERVICE_SHARING, false, "奖励积分"),
  /** 积分兑换: redemptions by the community's members. A record. */
  REDEMPTIONS(Pillar.SERVICE_SHARING, true, "积分兑换"),
  /** 兑换积分: the points those redemptions spent. */
  POINTS_REDEEMED(Pillar.SERVICE_SHARING, false, "兑换积分"),
  /** 获得积分的成员: distinct members granted points. */
  MEMBERS_EARNING(Pillar.SERVICE_SHARING, false, "获得积分的成员");

  private final Pillar pillar;
  private final boolean record;
  private final String chinese;

  Figure(Pillar pillar, boolean record, String chinese) {
    this.pillar = pillar;
    this.record = record;
    this.chinese = chinese;
  }

  /** Returns the pillar the figure belongs to. */
  public Pillar pillar() {
    return pillar;
  }

  /** Returns whether the figure counts records that prove the pillar works. */
  public boolean isRecord() {
    return record;
  }

  /** Returns the figure's Chinese label, such as {@code 巡逻}. */
  public String chinese() {
    return chinese;
  }
}
