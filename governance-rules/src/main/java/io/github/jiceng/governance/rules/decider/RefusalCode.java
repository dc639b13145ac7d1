package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A stable code naming why a rule refuses a command (驳回代码), such as {@code
 * fund.insufficient-balance}. Each feature lists its codes as an enum implementing this
 * interface; the key is what hosts store, log, translate and match on, and it never changes once
 * released. {@code docs/rules.md} lists every code with its meaning in English and Chinese.
 *
 * <p>A key is the feature, a dot, and the constant's name in lower case with hyphens: see {@link
 * #keyOf}. It matches {@value #KEY_REGEX}. An enum computes its keys once, in its constructor:
 *
 * <pre>{@code
 * enum Reason implements RefusalCode {
 *   INSUFFICIENT_BALANCE, OVER_CASE_CAP;
 *   private final String key = RefusalCode.keyOf("fund", this);
 *   public String key() { return key; }
 * }
 * }</pre>
 */
public interface RefusalCode {

  /** The form of every key: a feature and a name, lower-case words joined by hyphens. */
  String KEY_REGEX = "[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*";

  /**
   * Returns the stable key, such as {@code points.insufficient-balance}.
   *
   * @return the key, matching {@value #KEY_REGEX}
   */
  String key();

  /**
   * Returns the key of an enum constant of a feature: {@code keyOf("fund", OVER_CASE_CAP)} is
   * {@code fund.over-case-cap}.
   *
   * @param feature the feature, lower-case words joined by hyphens
   * @param constant the constant
   * @return the key
   * @throws IllegalArgumentException if the key would not match {@value #KEY_REGEX}
   */
  static String keyOf(String feature, Enum<?> constant) {
    requireNonNull(feature, "feature");
    requireNonNull(constant, "constant");
    String key = feature + "." + constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    if (!key.matches(KEY_REGEX)) {
      throw new IllegalArgumentException("Refusal key " + key + " does not match " + KEY_REGEX);
    }
    return key;
  }
}
