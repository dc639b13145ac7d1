package io.github.jiceng.governance.sim.compare;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.service.Channel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Ready alternatives to compare a scenario's policies with, and the text form of a channel policy. */
public final class PolicyVariants {

  private PolicyVariants() {}

  /**
   * The points policy without its member caps (每人封顶): what happens to inflation when only the
   * rules' own caps hold. Same name, next version.
   *
   * @param policy the policy
   * @return the variant
   */
  public static PointsPolicy withoutMemberCaps(PointsPolicy policy) {
    requireNonNull(policy, "policy");
    return PointsPolicy.builder().name(policy.name()).version(policy.version() + 1).zone(policy.zone())
        .rounding(policy.rounding()).addAllEarningRules(policy.earningRules())
        .addAllDeductionRules(policy.deductionRules()).expiry(policy.expiry()).addAllGrades(policy.grades()).build();
  }

  /** The community undertakes first, then units claim, then it buys (社区承接优先). */
  public static ChannelPolicy undertakeFirst() {
    return ChannelPolicy.of(Channel.UNDERTAKE, Channel.CLAIM, Channel.PURCHASE);
  }

  /**
   * Reads a channel policy from its text form, channels in order separated by {@code >} or
   * {@code ,}, each with an optional share per mille after a colon: {@code CLAIM:600>PURCHASE:300>UNDERTAKE}.
   *
   * @param text the text
   * @return the policy
   * @throws IllegalArgumentException naming what is wrong
   */
  public static ChannelPolicy parseChannels(String text) {
    requireNonNull(text, "text");
    List<Channel> order = new ArrayList<>();
    Map<Channel, Integer> shares = new EnumMap<>(Channel.class);
    for (String part : text.split("[>,]")) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("an empty channel in '" + text + "'");
      }
      String[] kv = p.split(":", -1);
      Channel c;
      try {
        c = Channel.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("no channel '" + kv[0].strip() + "'; channels are CLAIM, PURCHASE, UNDERTAKE");
      }
      order.add(c);
      if (kv.length > 2) {
        throw new IllegalArgumentException("a channel has at most one share: '" + p + "'");
      }
      if (kv.length == 2) {
        try {
          shares.put(c, Integer.parseInt(kv[1].strip()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("a share is a whole number of per mille: '" + p + "'");
        }
      }
    }
    return new ChannelPolicy(order, shares);
  }
}
