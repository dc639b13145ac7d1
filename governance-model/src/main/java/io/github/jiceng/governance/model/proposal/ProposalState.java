package io.github.jiceng.governance.model.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The handling states of a proposal (办理状态) and the moves between them.
 *
 * <pre>
 * RECEIVED → ACCEPTED → ASSIGNED → IN_PROGRESS → ANSWERED → CLOSED
 *     ↘          ↘                      ↑            │
 *      REJECTED ←─┘                     └── reopened ┘ (a dissatisfied resident)
 * </pre>
 */
public enum ProposalState {
  /** 已接收: submitted, waiting to be accepted. */
  RECEIVED("已接收"),
  /** 已受理: accepted, waiting to be assigned. */
  ACCEPTED("已受理"),
  /** 已交办: assigned to a unit or person, waiting for work to start. */
  ASSIGNED("已交办"),
  /** 办理中: being handled. */
  IN_PROGRESS("办理中"),
  /** 已答复: answered, waiting for the resident's rating. */
  ANSWERED("已答复"),
  /** 已办结: closed; final. */
  CLOSED("已办结"),
  /** 不予受理: rejected with a reason; final. */
  REJECTED("不予受理");

  private final String chinese;

  ProposalState(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, as the platform shows it. */
  public String chinese() {
    return chinese;
  }

  /** Returns whether nothing more happens to a proposal in this state. */
  public boolean isFinal() {
    return this == CLOSED || this == REJECTED;
  }

  /** Returns the states a proposal in this state may move to. */
  public Set<ProposalState> next() {
    switch (this) {
      case RECEIVED:
        return EnumSet.of(ACCEPTED, REJECTED);
      case ACCEPTED:
        return EnumSet.of(ASSIGNED, REJECTED);
      case ASSIGNED:
        return EnumSet.of(IN_PROGRESS);
      case IN_PROGRESS:
        return EnumSet.of(ANSWERED);
      case ANSWERED:
        return EnumSet.of(CLOSED, IN_PROGRESS);
      default:
        return EnumSet.noneOf(ProposalState.class);
    }
  }
}
