package io.github.jiceng.governance.model.pillar;

/**
 * What a patrol found (事件类别). The kinds follow the classes a grid-event desk (网格事件、12345
 * 热线) sorts matters into; a patrol's record names the kind and the place, never the people.
 */
public enum IncidentKind {
  /** 安全隐患: a safety hazard, such as a blocked fire escape or a loose cover. */
  SAFETY_HAZARD("安全隐患"),
  /** 消防隐患: a fire hazard, such as e-bikes charged in a stairwell. */
  FIRE_HAZARD("消防隐患"),
  /** 矛盾纠纷: a dispute between neighbours. */
  DISPUTE("矛盾纠纷"),
  /** 治安问题: a public-order matter. */
  PUBLIC_ORDER("治安问题"),
  /** 环境卫生: litter, waste or sanitation. */
  SANITATION("环境卫生"),
  /** 设施损坏: a damaged public facility. */
  FACILITY_DAMAGE("设施损坏"),
  /** 特殊人群关怀: a resident who needs care, such as an elderly person living alone. */
  CARE_NEEDED("特殊人群关怀"),
  /** 其他: anything else. */
  OTHER("其他");

  private final String chinese;

  IncidentKind(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, such as {@code 安全隐患}. */
  public String chinese() {
    return chinese;
  }
}
