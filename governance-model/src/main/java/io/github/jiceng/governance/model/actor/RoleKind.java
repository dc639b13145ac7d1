package io.github.jiceng.governance.model.actor;

/** The kinds of {@link Role} a person may have in grassroots governance. */
public enum RoleKind {
  /** 居民: lives in a household of the area. */
  RESIDENT,
  /** 党员: a member of a party branch (党支部), and perhaps of a party group (党小组) in it. */
  PARTY_MEMBER,
  /** 志愿者: a member of a volunteer team, assigned to grids (下沉到网格). */
  VOLUNTEER,
  /** 社工: a social worker of a social work station (社会工作服务站). */
  SOCIAL_WORKER,
  /** 社区民警: a community police officer serving grids. */
  POLICE_OFFICER,
  /** 楼栋长: the head of one building. */
  BUILDING_HEAD,
  /** 平安志愿者: a safety volunteer of one grid. */
  SAFETY_VOLUNTEER,
  /** 两代表一委员: a deputy linked to the grids they serve. */
  DEPUTY
}
