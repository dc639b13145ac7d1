package io.github.jiceng.governance.model.service;

/** Who raised a demand (需求来源): the three sources of the article's demand list. */
public enum DemandSource {
  /** A resident (居民需求). */
  RESIDENT,
  /** A resident unit: an enterprise or public institution located in the area (驻地单位需求). */
  RESIDENT_UNIT,
  /** A co-building unit paired with the community (共建单位需求). */
  CO_BUILDING_UNIT
}
