package io.github.jiceng.governance.model.checkin;

/** How a party member contacted a household (联系方式). */
public enum ContactKind {
  /** 入户走访: a visit at home. */
  HOME_VISIT(true),
  /** 电话联系: a phone call. */
  PHONE_CALL(false),
  /** 线上联系: a message or video call. */
  ONLINE(false),
  /** 活动中联系: met at a community activity. */
  AT_ACTIVITY(true),
  /** 帮办代办: an errand done for the household. */
  ERRAND(true);

  private final boolean inPerson;

  ContactKind(boolean inPerson) {
    this.inPerson = inPerson;
  }

  /** Returns whether the member met the household in person. */
  public boolean inPerson() {
    return inPerson;
  }
}
