package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * One figure the source article reports, beside the value the rules derive from a scenario
 * (文章数据核对的一行): the article's wording in Chinese and English, the article's value with the
 * way the article states it (exactly, at least, "over", "nearly"), the value derived and whether
 * the two agree. {@link ArticleCheck} computes the rows.
 *
 * <p>Values are whole numbers in the figure's {@link Unit}: a count, square metres, an amount in
 * fen, or a day as its epoch day ({@link LocalDate#toEpochDay()}).
 *
 * @param key the figure's stable key, such as {@code zhanbei.volunteer-teams}
 * @param chinese the article's wording, in Chinese as the article writes it
 * @param english the same in English
 * @param comparison how the article states its value
 * @param unit what the values count
 * @param stated the article's value
 * @param derived the value the rules derive from the scenario; empty when the scenario does not hold
 *     the data the figure needs
 * @param status whether the derived value agrees with the article's
 */
public record ArticleFigure(String key, String chinese, String english, Comparison comparison, Unit unit, long stated,
    OptionalLong derived, Status status) {

  /** Checks that nothing is null and that the status is the one the values give. */
  public ArticleFigure {
    requireNonNull(key, "key");
    requireNonNull(chinese, "chinese");
    requireNonNull(english, "english");
    requireNonNull(comparison, "comparison");
    requireNonNull(unit, "unit");
    requireNonNull(derived, "derived");
    requireNonNull(status, "status");
    if (status != statusOf(comparison, stated, derived)) {
      throw new IllegalArgumentException("figure " + key + ": the status " + status + " is not the one its values give");
    }
  }

  /**
   * Returns the row of a figure, its status computed from the values.
   *
   * @param key the figure's stable key
   * @param chinese the article's wording in Chinese
   * @param english the same in English
   * @param comparison how the article states its value
   * @param unit what the values count
   * @param stated the article's value
   * @param derived the value derived, or empty when the scenario does not hold the data
   * @return the row
   */
  public static ArticleFigure of(String key, String chinese, String english, Comparison comparison, Unit unit,
      long stated, OptionalLong derived) {
    requireNonNull(comparison, "comparison");
    requireNonNull(derived, "derived");
    return new ArticleFigure(key, chinese, english, comparison, unit, stated, derived,
        statusOf(comparison, stated, derived));
  }

  private static Status statusOf(Comparison comparison, long stated, OptionalLong derived) {
    if (derived.isEmpty()) {
      return Status.NOT_IN_SCENARIO;
    }
    return comparison.holds(stated, derived.getAsLong()) ? Status.MATCHES : Status.DIFFERS;
  }

  /**
   * Returns whether the derived value agrees with the article's.
   *
   * @return {@code true} for {@link Status#MATCHES}
   */
  public boolean matches() {
    return status == Status.MATCHES;
  }

  /** How the article states a value, and which derived values agree with it. */
  public enum Comparison {
    /** The value as it is: 12支, 66条. */
    EXACTLY,
    /** The value or more (不少于). */
    AT_LEAST,
    /**
     * More than the value, below the next step of its last significant digit, as Chinese 多 and 余
     * say: 3千多 is 3,001 to 3,999, 70余 is 71 to 79, 300多万 is 3,000,001 to 3,999,999 yuan.
     */
    OVER,
    /** Nearly the value (近): at least 95 % of it and below it, so 近2万 is 19,000 to 19,999. */
    NEARLY;

    /**
     * Returns whether a derived value agrees with a stated one read this way.
     *
     * @param stated the article's value
     * @param derived the value derived
     * @return whether they agree
     */
    public boolean holds(long stated, long derived) {
      return switch (this) {
        case EXACTLY -> derived == stated;
        case AT_LEAST -> derived >= stated;
        case OVER -> derived > stated && derived < stated + step(stated);
        case NEARLY -> derived < stated && derived >= stated - stated / 20;
      };
    }

    /** The place value of the last non-zero digit: 1,000 for 3,000, 10 for 70, 1 for 1,212 and 0. */
    static long step(long value) {
      long step = 1;
      long v = Math.abs(value);
      while (v != 0 && v % 10 == 0) {
        v /= 10;
        step *= 10;
      }
      return step;
    }
  }

  /** What a figure's values count. */
  public enum Unit {
    /** Volunteer teams (支). */
    TEAMS,
    /** Volunteers (名). */
    VOLUNTEERS,
    /** Square metres of floor area (平方米). */
    SQUARE_METRES,
    /** Activities held (场次). */
    ACTIVITIES,
    /** Person-times: each person counted once per service they benefit from (人次). */
    PERSON_TIMES,
    /** Social-work stations (家). */
    STATIONS,
    /** A day, as its epoch day. */
    DAY,
    /** An amount of money, in fen (分). */
    FEN,
    /** Issue clues (条). */
    CLUES,
    /** Projects (个). */
    PROJECTS,
    /** Residents (人). */
    RESIDENTS
  }

  /** Whether a derived value agrees with the article's. */
  public enum Status {
    /** The derived value agrees with the article's. */
    MATCHES,
    /** The derived value does not agree with the article's. */
    DIFFERS,
    /** The scenario does not hold the data the figure needs: nothing is derived. */
    NOT_IN_SCENARIO
  }
}
