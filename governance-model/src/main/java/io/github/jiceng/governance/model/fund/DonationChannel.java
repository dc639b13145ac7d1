package io.github.jiceng.governance.model.fund;

/**
 * The channel a donation came in through (捐赠渠道): the article's five ways of raising the
 * co-building fund. Each channel has the kind of donor it was opened for; a donation records both,
 * and the transparency report counts by both.
 */
public enum DonationChannel {
  /** 定向捐: directed donations of co-building units. */
  DIRECTED("定向捐", DonorKind.CO_BUILDING_UNIT),
  /** 爱心捐: charity donations of resident merchants. */
  CHARITY("爱心捐", DonorKind.RESIDENT_MERCHANT),
  /** 公益捐: public-welfare donations of civility pioneers. */
  PUBLIC_WELFARE("公益捐", DonorKind.CIVILITY_PIONEER),
  /** 带头捐: lead donations of party members and cadres. */
  LEAD("带头捐", DonorKind.PARTY_MEMBER),
  /** 互助捐: mutual-aid donations of residents. */
  MUTUAL_AID("互助捐", DonorKind.RESIDENT);

  private final String chinese;
  private final DonorKind donorKind;

  DonationChannel(String chinese, DonorKind donorKind) {
    this.chinese = chinese;
    this.donorKind = donorKind;
  }

  /** Returns the Chinese name, such as {@code "定向捐"}. */
  public String chinese() {
    return chinese;
  }

  /** Returns the kind of donor the channel was opened for, such as co-building units for {@link #DIRECTED}. */
  public DonorKind donorKind() {
    return donorKind;
  }
}
