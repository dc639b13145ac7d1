package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

/**
 * Masks personal data (个人信息脱敏) for {@code toString}, logs and exception messages.
 *
 * <p>The raw value of a personal field is reachable only through an explicit accessor of its
 * type; everything meant for people or logs goes through these methods. The defaults follow the
 * common convention: an identity number keeps its first character and last two, a mobile number
 * its first three and last four digits, a name its first character (the surname).
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>method</th><th>input</th><th>output</th></tr>
 *   <tr><td>{@link #idNumber}</td><td>150622199001010011</td><td>1***************11</td></tr>
 *   <tr><td>{@link #mobile}</td><td>13912345678</td><td>139****5678</td></tr>
 *   <tr><td>{@link #name}</td><td>欧阳娜娜</td><td>欧***</td></tr>
 * </table>
 */
public final class Masking {

  private Masking() {}

  /**
   * Masks an identity number, keeping the first character and the last two.
   *
   * @param value the raw number; may be of any length
   * @return the masked form; values of three characters or fewer are fully masked
   */
  public static String idNumber(CharSequence value) {
    return keep(value, 1, 2);
  }

  /**
   * Masks a mobile phone number, keeping the first three and the last four digits.
   *
   * @param value the raw number
   * @return the masked form; values of seven characters or fewer are fully masked
   */
  public static String mobile(CharSequence value) {
    return keep(value, 3, 4);
  }

  /**
   * Masks a person's name, keeping the first character (the surname for most Chinese names).
   *
   * @param value the raw name
   * @return the masked form; a one-character name is fully masked
   */
  public static String name(CharSequence value) {
    return keep(requireNonNull(value, "value"), 1, 0);
  }

  /**
   * Keeps {@code head} leading and {@code tail} trailing code points and replaces the rest with
   * {@code *}; masks everything when the value is too short to leave anything hidden.
   *
   * @param value the raw value
   * @param head code points kept at the start; not negative
   * @param tail code points kept at the end; not negative
   * @return the masked form, of the same length in code points
   */
  public static String keep(CharSequence value, int head, int tail) {
    requireNonNull(value, "value");
    if (head < 0 || tail < 0) {
      throw new DomainValidationException(new Violation("Masking.keep", head < 0 ? "head" : "tail", "not-negative",
          "kept lengths must not be negative, were " + head + " and " + tail).with("value", head < 0 ? head : tail));
    }
    int[] points = value.codePoints().toArray();
    StringBuilder out = new StringBuilder(points.length);
    boolean tooShort = points.length <= head + tail;
    for (int i = 0; i < points.length; i++) {
      boolean shown = !tooShort && (i < head || i >= points.length - tail);
      if (shown) {
        out.appendCodePoint(points[i]);
      } else {
        out.append('*');
      }
    }
    return out.toString();
  }
}
