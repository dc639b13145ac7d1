package io.github.jiceng.governance.model.taxonomy;

/**
 * A domain object that belongs to one pillar of 一核五共: a grid squad to 平安共管, a deputy's
 * link to grids to 大事共议, and so on. Points rules, reports and assessments group by it.
 */
public interface PillarBound {

  /** Returns the pillar the object belongs to. */
  Pillar pillar();
}
