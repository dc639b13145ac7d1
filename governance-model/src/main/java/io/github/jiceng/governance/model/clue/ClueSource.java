package io.github.jiceng.governance.model.clue;

/** Who brought a clue in (线索来源). */
public enum ClueSource {
  /** 居民反映: a resident, in person, by phone or on the platform. */
  RESIDENT,
  /** 网格员上报: a grid worker on their rounds. */
  GRID_WORKER,
  /** 两代表一委员: a deputy carrying residents' problems. */
  DEPUTY,
  /** 驻地单位: a resident unit or co-building unit. */
  UNIT,
  /** 征集活动: a solicitation campaign such as 我为群众办实事. */
  CAMPAIGN
}
