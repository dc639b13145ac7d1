package io.github.jiceng.governance.rules.assessment;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.assessment.AssessmentInput;
import io.github.jiceng.governance.model.assessment.AssessmentScheme;
import io.github.jiceng.governance.model.assessment.ItemScore;
import io.github.jiceng.governance.model.assessment.ItemWeight;
import io.github.jiceng.governance.model.assessment.Scorecard;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one subject for one period under a scheme (量化考核计分). Exact: each item is computed as
 * a fraction and rounded once, half up, to a hundredth of a point; the total is the sum of the
 * items.
 *
 * <pre>{@code
 * Scorecard card = Assessment.score(AssessmentSchemes.partyMembers(), input);
 * card.items().forEach(i -> System.out.println(i.name() + ": " + i.arithmetic()));
 * }</pre>
 */
public final class Assessment {

  private Assessment() {}

  /**
   * Scores the input.
   *
   * @param scheme the scheme
   * @param input the subject's counts and ratings for the period
   * @return the scorecard, items in the scheme's order
   * @throws DomainValidationException if the input names an item the scheme does not have, or
   *     gives ratings for a count item or a count for an average item
   */
  public static Scorecard score(AssessmentScheme scheme, AssessmentInput input) {
    requireNonNull(scheme, "scheme");
    requireNonNull(input, "input");
    for (String key : input.counts().keySet()) {
      if (!(scheme.item(key).filter(i -> i.basis() == ItemWeight.Basis.COUNT).isPresent())) {
        throw new DomainValidationException("Assessment", "counts", "count-item",
            "scheme " + scheme.label() + " has no count item " + key);
      }
    }
    for (String key : input.ratings().keySet()) {
      if (!(scheme.item(key).filter(i -> i.basis() == ItemWeight.Basis.AVERAGE).isPresent())) {
        throw new DomainValidationException("Assessment", "ratings", "average-item",
            "scheme " + scheme.label() + " has no rating item " + key);
      }
    }
    List<ItemScore> items = new ArrayList<>();
    long total = 0;
    for (ItemWeight w : scheme.items()) {
      ItemScore s = w.basis() == ItemWeight.Basis.COUNT
          ? count(w, input.counts().getOrDefault(w.key(), 0L))
          : average(w, input.ratings().getOrDefault(w.key(), List.of()));
      items.add(s);
      total = Math.addExact(total, s.centi());
    }
    return new Scorecard(input.subject(), input.grid(), input.period(), scheme.label(), items, total);
  }

  private static ItemScore count(ItemWeight w, long count) {
    BigInteger num = BigInteger.valueOf(w.centiPerUnit()).multiply(BigInteger.valueOf(count));
    BigInteger den = BigInteger.valueOf(w.perUnits());
    String rate = centi(w.centiPerUnit()) + (w.perUnits() == 1 ? "" : " per " + w.perUnits());
    String text = rate + " × " + count;
    return finish(w, count + " counted", text, num, den);
  }

  private static ItemScore average(ItemWeight w, List<Integer> ratings) {
    long sum = 0;
    for (int r : ratings) {
      sum += r;
    }
    int n = ratings.size();
    if (n < w.minimumRatings()) {
      return new ItemScore(w.key(), w.name(), n + " ratings", "fewer than " + w.minimumRatings()
          + " ratings count nothing = 0.00", 0);
    }
    String mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).toPlainString();
    BigInteger num = BigInteger.valueOf(w.centiPerUnit()).multiply(BigInteger.valueOf(sum));
    BigInteger den = BigInteger.valueOf(n);
    return finish(w, mean + " average of " + n + " ratings", centi(w.centiPerUnit()) + " × " + sum + "/" + n, num,
        den);
  }

  private static ItemScore finish(ItemWeight w, String input, String text, BigInteger num, BigInteger den) {
    long value = new BigDecimal(num).divide(new BigDecimal(den), 0, RoundingMode.HALF_UP).longValueExact();
    StringBuilder arithmetic = new StringBuilder(text).append(" = ").append(centi(value));
    if (w.cap().isPresent()) {
      long cap = w.cap().getAsLong();
      long held = Math.max(-cap, Math.min(cap, value));
      if (held != value) {
        arithmetic.append(" → ").append(centi(held)).append(" (cap ").append(centi(cap)).append(')');
        value = held;
      }
    }
    return new ItemScore(w.key(), w.name(), input, arithmetic.toString(), value);
  }

  private static String centi(long centi) {
    return BigDecimal.valueOf(centi, 2).toPlainString();
  }
}
