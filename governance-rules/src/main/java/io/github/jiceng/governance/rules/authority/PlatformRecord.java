package io.github.jiceng.governance.rules.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import java.util.Optional;

/**
 * A record as the platform's sections see it: its kind, the grid it belongs to, and the person it
 * is about, if any (the resident who raised a proposal, the member who checked in).
 *
 * @param kind what the record is
 * @param grid the grid it belongs to
 * @param subject the person it is about, if any
 */
public record PlatformRecord(Kind kind, GridId grid, Optional<PersonId> subject) {

  /** The kinds of records the sections show. */
  public enum Kind {
    /** 提案、意见建议: a proposal or opinion raised by a resident. */
    PROPOSAL,
    /** 需求: a demand. */
    DEMAND,
    /** 联系群众打卡: a party member's contact check-in. */
    CHECK_IN,
    /** 党员服务: a service a party member or volunteer performed. */
    SERVICE,
    /** 公示: a public notice, such as the fund's report. */
    PUBLIC_NOTICE
  }

  /** Checks the parts are present. */
  public PlatformRecord {
    requireNonNull(kind, "kind");
    requireNonNull(grid, "grid");
    requireNonNull(subject, "subject");
  }
}
