package io.github.jiceng.governance.model.fund;

/** Who gave a donation (捐赠人类别), as the article names the five kinds of donors. */
public enum DonorKind {
  /** 共建单位: a co-building unit (an enterprise or institution paired with the community). */
  CO_BUILDING_UNIT("共建单位"),
  /** 驻地商铺: a merchant with a shop in the area. */
  RESIDENT_MERCHANT("驻地商铺"),
  /** 文明先锋: a civility pioneer, a resident recognised for civic conduct. */
  CIVILITY_PIONEER("文明先锋"),
  /** 党员干部: a party member or cadre. */
  PARTY_MEMBER("党员干部"),
  /** 居民群众: a resident. */
  RESIDENT("居民群众");

  private final String chinese;

  DonorKind(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, as printed on the notice board. */
  public String chinese() {
    return chinese;
  }
}
