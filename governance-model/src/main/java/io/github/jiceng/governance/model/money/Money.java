package io.github.jiceng.governance.model.money;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.internal.Characters;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of Chinese yuan (人民币) held exactly as a {@code long} number of fen (分).
 *
 * <p>Arithmetic is exact: an overflow throws {@link ArithmeticException} instead of wrapping,
 * and there is no {@code double} anywhere. Where an amount is split, {@link #allocate(long...)}
 * keeps the total to the fen. The text form is {@code "CNY 1234.56"}, and {@link #parse}
 * reads back exactly what {@link #toString} writes.
 *
 * <pre>{@code
 * Money fund = Money.ofYuan("3000000");          // CNY 3000000.00
 * List<Money> shares = Money.ofFen(100).allocate(1, 1, 1);
 * // [CNY 0.34, CNY 0.33, CNY 0.33] — the odd fen goes to the first share
 * }</pre>
 */
public final class Money implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  /**
   * The largest amount one entry, request or cap per case moves: 10¹⁴ fen (one trillion yuan).
   * The model's fund types refuse a larger one with rule {@code <field>-range}.
   */
  public static final Money MAX_ENTRY = new Money(100_000_000_000_000L);

  /**
   * The largest total one fund takes in, and so any of its balances, and any cap per period:
   * 10¹⁶ fen. At these limits no sum a ledger computes overflows; the ledger refuses what would
   * pass them.
   */
  public static final Money MAX_TOTAL = new Money(10_000_000_000_000_000L);

  private static final String CURRENCY = "CNY";
  private static final Pattern TEXT = Pattern.compile("CNY (-?)(\\d{1,17})\\.(\\d{2})");

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  /**
   * Returns the amount of the given number of fen.
   *
   * @param fen the amount in fen (1 yuan = 100 fen); may be negative
   * @return the amount; never null
   */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * Returns the amount written in yuan, such as {@code "36000"} or {@code "12.5"}.
   *
   * <p>Only ASCII is read: full-width digits (全角字符, {@code "１５０６２２"}) and every other
   * character that is not ASCII are refused, never read as digits, and so is text longer than
   * 64 characters. Messages quote the text shortened by
   * {@link Excerpts#of}.
   *
   * @param yuan a plain decimal number of yuan in ASCII with at most two decimal places
   * @return the amount; never null
   * @throws DomainValidationException (an {@link IllegalArgumentException}) if the text has a
   *     character that is not ASCII (rule {@code ascii-digits}), is longer than
   *     64 characters (rule {@code yuan-length}), is not a number (rule
   *     {@code yuan-form}) or has more than two decimals (rule {@code fen-scale})
   *     or does not fit in a {@code long} of fen (rule {@code fen-range})
   */
  public static Money ofYuan(String yuan) {
    requireNonNull(yuan, "yuan");
    String subject = "Money[" + Excerpts.of(yuan) + "]";
    int nonAscii = Characters.firstNonAscii(yuan);
    if (nonAscii >= 0) {
      throw new DomainValidationException(subject, "yuan", "ascii-digits",
          "an amount of yuan is written in ASCII digits, found " + Characters.describe(yuan, nonAscii));
    }
    if (yuan.length() > 64) {
      // more than any amount that fits in a long of fen needs; a longer number is not parsed at all
      throw new DomainValidationException(new Violation(subject, "yuan", "yuan-length",
          "an amount of yuan is at most 64 characters, was " + yuan.length()).with("max", 64)
              .with("length", yuan.length()));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(yuan);
    } catch (NumberFormatException e) {
      throw new DomainValidationException(new Violation(subject, "yuan", "yuan-form",
          "not an amount of yuan: '" + Excerpts.of(yuan) + "'").with("value", yuan));
    }
    if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      throw new DomainValidationException(new Violation(subject, "yuan", "fen-scale",
          "an amount of yuan has at most two decimal places (fen): '" + Excerpts.of(yuan) + "'").with("value", yuan));
    }
    try {
      return ofFen(value.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new DomainValidationException(new Violation(subject, "yuan", "fen-range",
          "an amount of yuan fits in a long of fen, was '" + Excerpts.of(yuan) + "'").with("value", yuan));
    }
  }

  /**
   * Reads the text form written by {@link #toString}, such as {@code "CNY -12.05"}; every amount
   * {@link #toString} writes is read back, the most negative one included.
   *
   * <p>Only ASCII digits are read: full-width digits (全角字符) and every other character that is
   * not ASCII are refused. Messages quote the text shortened by {@link Excerpts#of}.
   *
   * @param text the text form
   * @return the amount; never null
   * @throws DomainValidationException (an {@link IllegalArgumentException}) if the text has a
   *     character that is not ASCII (rule {@code ascii-digits}), is not in the form
   *     {@code CNY [-]Y.FF} (rule {@code money-text}) or its amount does not fit in a
   *     {@code long} of fen (rule {@code fen-range})
   */
  public static Money parse(String text) {
    requireNonNull(text, "text");
    String subject = "Money[" + Excerpts.of(text) + "]";
    int nonAscii = Characters.firstNonAscii(text);
    if (nonAscii >= 0) {
      throw new DomainValidationException(subject, "text", "ascii-digits",
          "money is written in ASCII as 'CNY 123.45', found " + Characters.describe(text, nonAscii));
    }
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new DomainValidationException(new Violation(subject, "text", "money-text",
          "money must be written as 'CNY 123.45', was '" + Excerpts.of(text) + "'").with("value", text));
    }
    long yuan = Long.parseLong(m.group(2));
    long fen = Long.parseLong(m.group(3));
    try {
      // built on the negative side, which reaches one fen further than the positive side
      long negative = Math.subtractExact(Math.multiplyExact(-yuan, 100), fen);
      return ofFen(m.group(1).isEmpty() ? Math.negateExact(negative) : negative);
    } catch (ArithmeticException e) {
      throw new DomainValidationException(new Violation(subject, "text", "fen-range",
          "the amount does not fit in a long of fen (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")").with("value", text));
    }
  }

  /** Returns the amount in fen. */
  public long fen() {
    return fen;
  }

  /** Returns the ISO 4217 code of the currency, always {@code "CNY"}. */
  public String currency() {
    return CURRENCY;
  }

  /** Returns {@code this + other}; throws {@link ArithmeticException} on overflow. */
  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /** Returns {@code this - other}; throws {@link ArithmeticException} on overflow. */
  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /** Returns {@code this * factor}; throws {@link ArithmeticException} on overflow. */
  public Money times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /** Returns {@code -this}; throws {@link ArithmeticException} for the most negative amount. */
  public Money negate() {
    return ofFen(Math.negateExact(fen));
  }

  /** Returns whether the amount is below zero. */
  public boolean isNegative() {
    return fen < 0;
  }

  /** Returns whether the amount is exactly zero. */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * Returns the given share of this amount, rounded to the fen with the given mode.
   *
   * @param numerator the share's numerator; not negative
   * @param denominator the share's denominator; positive
   * @param rounding how to round a share that falls between two fen
   * @return {@code this * numerator / denominator}, rounded
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     share is not a whole number of fen
   */
  public Money share(long numerator, long denominator, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (numerator < 0 || denominator <= 0) {
      throw new DomainValidationException("Money.share", numerator < 0 ? "numerator" : "denominator", "share-terms",
          "a share is a non-negative numerator over a positive denominator, was " + numerator + "/" + denominator);
    }
    BigDecimal exact =
        new BigDecimal(BigInteger.valueOf(fen).multiply(BigInteger.valueOf(numerator)))
            .divide(BigDecimal.valueOf(denominator), 0, rounding);
    return ofFen(exact.longValueExact());
  }

  /**
   * Splits this amount into parts proportional to the weights, keeping the total to the fen.
   *
   * <p>Each part first gets its share rounded toward zero; the fen left over then go, one each,
   * to the parts with the largest remainders, ties broken by position (earlier first). The parts
   * always add up to exactly this amount, and a part with weight zero gets nothing.
   *
   * @param weights one non-negative weight per part, at least one of them positive
   * @return the parts, in the order of the weights; never null
   * @throws DomainValidationException if there are no weights, a weight is negative or all are zero
   */
  public List<Money> allocate(long... weights) {
    requireNonNull(weights, "weights");
    if (weights.length == 0) {
      throw new DomainValidationException("Money.allocate", "weights", "weights-present",
          "allocation needs at least one weight");
    }
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new DomainValidationException(new Violation("Money.allocate", "weights[" + i + "]", "not-negative",
            "allocation weight " + i + " must not be negative, was " + weights[i]).with("value", weights[i]));
      }
      total = total.add(BigInteger.valueOf(weights[i]));
    }
    if (total.signum() == 0) {
      throw new DomainValidationException("Money.allocate", "weights", "weights-positive",
          "allocation weights must not all be zero");
    }

    BigInteger magnitude = BigInteger.valueOf(fen).abs();
    long[] parts = new long[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    long assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = magnitude.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      assigned += parts[i];
    }
    long leftOver = magnitude.longValueExact() - assigned;
    List<Integer> byRemainder = new ArrayList<>(weights.length);
    for (int i = 0; i < weights.length; i++) {
      byRemainder.add(i);
    }
    byRemainder.sort((a, b) -> {
      int c = remainders[b].compareTo(remainders[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < leftOver; k++) {
      parts[byRemainder.get(k)]++;
    }
    List<Money> result = new ArrayList<>(weights.length);
    for (long part : parts) {
      result.add(ofFen(fen < 0 ? -part : part));
    }
    return Collections.unmodifiableList(result);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** Returns the text form, such as {@code "CNY 1234.56"} or {@code "CNY -0.05"}. */
  @Override
  public String toString() {
    long magnitude = Math.abs(fen);
    String sign = fen < 0 ? "-" : "";
    if (fen == Long.MIN_VALUE) {
      BigDecimal yuan = BigDecimal.valueOf(fen).movePointLeft(2);
      return CURRENCY + " " + yuan.toPlainString();
    }
    return String.format(Locale.ROOT, "%s %s%d.%02d", CURRENCY, sign, magnitude / 100, magnitude % 100);
  }
}
