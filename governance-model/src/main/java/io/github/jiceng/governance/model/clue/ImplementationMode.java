package io.github.jiceng.governance.model.clue;

/** How a clue's project is carried out (实施方式). */
public enum ImplementationMode {
  /** 定向投: a directed project paid by the co-building fund. */
  FUND_DIRECTED_PROJECT,
  /** 共建单位认领: a co-building unit claims it and pays for it itself. */
  CO_BUILDING_CLAIM,
  /** 服务项目链: it goes to the demand-to-claim service chain as a project. */
  SERVICE_CHAIN
}
