package io.github.jiceng.governance.model.proposal;

/** The resident's rating of an answer (满意度). */
public enum Satisfaction {
  /** 满意. */
  SATISFIED("满意"),
  /** 基本满意. */
  BASICALLY_SATISFIED("基本满意"),
  /** 不满意: the proposal may be reopened. */
  DISSATISFIED("不满意");

  private final String chinese;

  Satisfaction(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }
}
