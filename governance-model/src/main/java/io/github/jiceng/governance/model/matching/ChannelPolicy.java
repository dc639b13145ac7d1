package io.github.jiceng.governance.model.matching;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Which channels a community uses, in which order, and what share of the demands each may take:
 * data, so that a district sets its own.
 *
 * <p>Demands go through the channels in order: first the co-building units claim what they can,
 * then the community buys from social organizations within its budget, then it undertakes the rest
 * itself. A share (per mille of the demands being matched, rounded down) caps how many demands a
 * channel may take; a channel missing from the order is not allowed.
 *
 * @param order the channels allowed, in the order they are tried; no repeats, not empty
 * @param sharePerMille per channel in the order, the most it may take, 0 to 1000; 1000 when absent
 */
public record ChannelPolicy(List<Channel> order, Map<Channel, Integer> sharePerMille) {

  /** Checks and copies the policy. */
  public ChannelPolicy {
    DomainChecks.noNullElements(order, "order");
    requireNonNull(sharePerMille, "sharePerMille");
    DomainChecks.check(!order.isEmpty(), "ChannelPolicy", "order", "channels-present",
        "a policy allows at least one channel");
    if (!(EnumSet.copyOf(order).size() == order.size())) {
      throw new DomainValidationException("ChannelPolicy", "order", "channels-unique",
          "a channel is listed twice: " + order);
    }
    EnumMap<Channel, Integer> shares = new EnumMap<>(Channel.class);
    for (Channel c : order) {
      int s = requireNonNull(sharePerMille.getOrDefault(c, 1000), "sharePerMille contains a null share");
      DomainChecks.inRange("ChannelPolicy", "sharePerMille[" + c + "]", s, 0, 1000);
      shares.put(c, s);
    }
    for (Channel c : sharePerMille.keySet()) {
      if (!(order.contains(c))) {
        throw new DomainValidationException("ChannelPolicy", "sharePerMille", "share-in-order",
            "a share is given for " + c + ", which is not in the order " + order);
      }
    }
    order = List.copyOf(order);
    sharePerMille = Collections.unmodifiableMap(shares);
  }

  /** The article's practice: claim, then purchase, then undertake, no shares. */
  public static ChannelPolicy standard() {
    return new ChannelPolicy(List.of(Channel.CLAIM, Channel.PURCHASE, Channel.UNDERTAKE), Map.of());
  }

  /** Returns a policy with the channels in the given order and no shares. */
  public static ChannelPolicy of(Channel... order) {
    return new ChannelPolicy(List.of(order), Map.of());
  }

  /** Returns whether the channel is allowed. */
  public boolean allows(Channel channel) {
    java.util.Objects.requireNonNull(channel, "channel");
    return sharePerMille.containsKey(channel);
  }

  /** Returns how many of {@code demands} demands the channel may take. */
  public int cap(Channel channel, int demands) {
    java.util.Objects.requireNonNull(channel, "channel");
    return (int) ((long) sharePerMille.getOrDefault(channel, 0) * demands / 1000);
  }
}
