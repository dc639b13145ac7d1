package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.sim.model.IntRange;
import io.github.jiceng.governance.sim.model.MoneyRange;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws from a seeded stream: counts, chances, ranges, weighted choices. Pure functions of the stream. */
final class Draws {

  private Draws() {}

  /** A Poisson count with mean {@code milli / 1000} (Knuth's method, in chunks of mean at most 30). */
  static int poisson(SplittableRandom r, long milli) {
    if (milli <= 0) {
      return 0;
    }
    int total = 0;
    double left = milli / 1000.0;
    while (left > 0) {
      double mean = Math.min(left, 30.0);
      left -= mean;
      double limit = StrictMath.exp(-mean);
      double p = 1.0;
      int k = -1;
      do {
        k++;
        p *= r.nextDouble();
      } while (p > limit);
      total += k;
    }
    return total;
  }

  /** Whether an event of the given chance per mille happens. */
  static boolean chance(SplittableRandom r, int perMille) {
    return perMille > 0 && (perMille >= 1000 || r.nextInt(1000) < perMille);
  }

  /** A value of the range, uniformly. */
  static int between(SplittableRandom r, IntRange range) {
    return range.min() == range.max() ? range.min() : range.min() + r.nextInt(range.max() - range.min() + 1);
  }

  /** An amount of the range in whole yuan, uniformly. */
  static Money yuan(SplittableRandom r, MoneyRange range) {
    long min = Math.max(1, (range.min().fen() + 99) / 100);
    long max = Math.max(min, range.max().fen() / 100);
    long y = min == max ? min : min + r.nextLong(max - min + 1);
    return Money.ofFen(y * 100);
  }

  /** One element, uniformly. */
  static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(values.size() == 1 ? 0 : r.nextInt(values.size()));
  }

  /** An index drawn by weight; the weights are not all zero. */
  static int weighted(SplittableRandom r, List<Integer> weights) {
    long total = 0;
    for (int w : weights) {
      total += w;
    }
    long x = r.nextLong(total);
    for (int i = 0; i < weights.size(); i++) {
      x -= weights.get(i);
      if (x < 0) {
        return i;
      }
    }
    throw new AssertionError("weights sum to " + total);
  }

  /** A key drawn by weight, keys taken in the map's iteration order (an enum map's declaration order). */
  static <K> K weighted(SplittableRandom r, Map<K, Integer> weights) {
    List<K> keys = List.copyOf(weights.keySet());
    return keys.get(weighted(r, List.copyOf(weights.values())));
  }
}
