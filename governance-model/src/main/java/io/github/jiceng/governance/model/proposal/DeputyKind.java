package io.github.jiceng.governance.model.proposal;

/** The three kinds of deputies of 两代表一委员. */
public enum DeputyKind {
  /** 党代表: a party congress delegate. */
  PARTY_CONGRESS_DELEGATE("党代表"),
  /** 人大代表: a people's congress deputy. */
  PEOPLES_CONGRESS_DEPUTY("人大代表"),
  /** 政协委员: a member of the CPPCC. */
  CPPCC_MEMBER("政协委员");

  private final String chinese;

  DeputyKind(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }
}
