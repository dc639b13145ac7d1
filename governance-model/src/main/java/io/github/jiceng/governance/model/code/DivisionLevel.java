package io.github.jiceng.governance.model.code;

/**
 * The five levels of a 12-digit statistical division code (统计用区划代码), with the number of
 * leading digits that are significant at each level (2 + 2 + 2 + 3 + 3).
 */
public enum DivisionLevel {
  /** 省级: digits 1–2. */
  PROVINCE(2),
  /** 地级: digits 3–4. */
  PREFECTURE(4),
  /** 县级 (the six GB/T 2260 digits): digits 5–6. */
  COUNTY(6),
  /** 乡级 — street (街道), town (镇) or township (乡): digits 7–9. */
  TOWNSHIP(9),
  /** 村级 — community (居委会/社区) or village (村委会): digits 10–12. */
  VILLAGE(12);

  private final int significantDigits;

  DivisionLevel(int significantDigits) {
    this.significantDigits = significantDigits;
  }

  /** Returns how many leading digits of a 12-digit code are significant at this level. */
  public int significantDigits() {
    return significantDigits;
  }

  /** Returns how many digits this level adds to its parent's code (2 or 3). */
  public int segmentWidth() {
    return ordinal() == 0 ? significantDigits : significantDigits - values()[ordinal() - 1].significantDigits;
  }
}
