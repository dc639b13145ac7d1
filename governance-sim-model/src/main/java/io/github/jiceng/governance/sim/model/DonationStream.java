package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import java.util.Optional;

/**
 * How donations of one channel come in (捐赠发生率): this many per day on average (in
 * thousandths) to the fund as a whole, each of an amount in the range, earmarked for a category
 * when one is given. The donor is drawn among the actors of the channel's kind (co-building units
 * for 定向捐, merchants for 爱心捐, party members for 带头捐, residents for 互助捐).
 *
 * @param channel the channel
 * @param milliPerDay expected donations per day, in thousandths
 * @param amount the amounts drawn, in whole yuan
 * @param earmark the category the money is given for, or empty for unrestricted money
 */
public record DonationStream(DonationChannel channel, int milliPerDay, MoneyRange amount,
    Optional<OutflowCategory> earmark) {

  /**
   * Validates the stream.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the rate is out of range
   */
  public DonationStream {
    requireNonNull(channel, "channel");
    requireNonNull(amount, "amount");
    requireNonNull(earmark, "earmark");
    Checks.rate("DonationStream[" + channel + "]", "milliPerDay", milliPerDay);
  }
}
