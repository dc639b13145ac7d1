package io.github.jiceng.governance.model.fund;

/** The four uses of the co-building fund: 三救, 三扶, 三奖 and 定向投. */
public enum OutflowGroup {
  /** 三救: relief in emergency, hardship and poverty. */
  RELIEF("三救"),
  /** 三扶: support of the elderly, of orphans and of public-welfare causes. */
  SUPPORT("三扶"),
  /** 三奖: awards for new recruits, outstanding students and role models. */
  AWARD("三奖"),
  /** 定向投: directed projects that improve the community's service facilities. */
  DIRECTED_INVESTMENT("定向投");

  private final String chinese;

  OutflowGroup(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, such as {@code "三救"}. */
  public String chinese() {
    return chinese;
  }
}
