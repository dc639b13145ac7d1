package io.github.jiceng.governance.model.fund;

/**
 * What a disbursement pays for (支出类别): the nine categories of 三救三扶三奖 and directed
 * projects (定向投), each in its {@link OutflowGroup}.
 */
public enum OutflowCategory {
  /** 救急: emergency relief. */
  EMERGENCY(OutflowGroup.RELIEF, "救急"),
  /** 救难: hardship relief. */
  HARDSHIP(OutflowGroup.RELIEF, "救难"),
  /** 救困: poverty relief. */
  POVERTY(OutflowGroup.RELIEF, "救困"),
  /** 扶老: support of the elderly. */
  ELDERLY(OutflowGroup.SUPPORT, "扶老"),
  /** 扶孤: support of orphans. */
  ORPHANS(OutflowGroup.SUPPORT, "扶孤"),
  /** 扶持公益: support of public-welfare causes. */
  PUBLIC_WELFARE(OutflowGroup.SUPPORT, "扶持公益"),
  /** 奖励入伍新兵: an award for a new recruit. */
  NEW_RECRUITS(OutflowGroup.AWARD, "奖励入伍新兵"),
  /** 奖励优秀学子: an award for an outstanding student. */
  OUTSTANDING_STUDENTS(OutflowGroup.AWARD, "奖励优秀学子"),
  /** 奖励最美典型: an award for a role model. */
  ROLE_MODELS(OutflowGroup.AWARD, "奖励最美典型"),
  /** 定向投: a directed project; a disbursement of this category names its project. */
  DIRECTED_PROJECT(OutflowGroup.DIRECTED_INVESTMENT, "定向投项目");

  private final OutflowGroup group;
  private final String chinese;

  OutflowCategory(OutflowGroup group, String chinese) {
    this.group = group;
    this.chinese = chinese;
  }

  /** Returns the group the category belongs to. */
  public OutflowGroup group() {
    return group;
  }

  /** Returns the Chinese name, such as {@code "救急"}. */
  public String chinese() {
    return chinese;
  }

  /** Returns whether a disbursement of this category must name a project. */
  public boolean needsProject() {
    return this == DIRECTED_PROJECT;
  }
}
