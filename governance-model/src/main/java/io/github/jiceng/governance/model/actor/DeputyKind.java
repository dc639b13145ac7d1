package io.github.jiceng.governance.model.actor;

/** The three kinds of deputy of 两代表一委员. */
public enum DeputyKind {
  /** 党代表: a delegate to a party congress. */
  PARTY_CONGRESS_DELEGATE("党代表"),
  /** 人大代表: a deputy to a people's congress. */
  PEOPLES_CONGRESS_DEPUTY("人大代表"),
  /** 政协委员: a member of a CPPCC committee. */
  CPPCC_MEMBER("政协委员");

  private final String chinese;

  DeputyKind(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, such as {@code 人大代表}. */
  public String chinese() {
    return chinese;
  }
}
