package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

/**
 * Text made safe to print (安全输出): the one place where every text writer of the simulator — the
 * text and grid reports, the HTML page, the JSON report's extra escapes and every line the command
 * line prints — decides which characters of free text (a grid name, a scenario name, a clue
 * summary, a fund purpose, a title) must not reach a terminal, a text viewer or a browser raw.
 *
 * <p>One visible convention: such a character is written out as {@code \}{@code u} and four
 * upper-case hexadecimal digits, the form Java and JSON use; {@code ESC} becomes the six
 * characters {@code \}{@code u001B}. The characters are
 *
 * <ul>
 *   <li>the C0 controls U+0000–U+001F (among them NUL, ESC, CR, tab and line feed), DEL U+007F and
 *       the C1 controls U+0080–U+009F, which a terminal acts on (clearing the screen, moving the
 *       cursor, rewriting a line);
 *   <li>the bidirectional formatting characters U+061C, U+200E, U+200F, U+202A–U+202E and
 *       U+2066–U+2069, which reorder what is shown;
 *   <li>the line and paragraph separators U+2028 and U+2029, which some viewers break lines at;
 *   <li>surrogates that are not half of a pair, which no UTF-8 output can carry.
 * </ul>
 *
 * <p>Line breaks are decided per field: {@link #line} is for a field shown on one line (names,
 * titles, summaries, ids, error messages) and escapes the line feed too, so a value can never
 * start a forged line; {@link #block} is for text that has lines of its own (a rendered report,
 * the fund's notice) and keeps the line feed, escaping everything else, carriage return included.
 * A backslash is not escaped, so applying either method again changes nothing: text made safe
 * stays as it is.
 */
public final class SafeText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SafeText() {}

  /**
   * Makes a one-line field safe: every character listed in the class description, the line feed
   * included, written out as {@code \}{@code uXXXX}.
   *
   * @param text the field
   * @return the field, unchanged if nothing in it needs escaping
   */
  public static String line(String text) {
    requireNonNull(text, "text");
    return escape(text, false);
  }

  /**
   * Makes text with lines of its own safe: like {@link #line}, but a line feed is kept as the
   * line break it is. A carriage return is escaped, so {@code \r\n} keeps its line break and
   * shows its {@code \}{@code u000D}.
   *
   * @param text the text
   * @return the text, unchanged if nothing in it needs escaping
   */
  public static String block(String text) {
    requireNonNull(text, "text");
    return escape(text, true);
  }

  /**
   * Tells whether the UTF-16 unit at the index would be escaped; a surrogate is escaped when it is
   * not half of a pair within the text.
   *
   * @param text the text
   * @param index the index of the unit
   * @param keepLineFeed whether a line feed is kept
   * @return whether the unit is escaped
   */
  static boolean escapes(CharSequence text, int index, boolean keepLineFeed) {
    char c = text.charAt(index);
    if (c == '\n') {
      return !keepLineFeed;
    }
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    return isUnsafe(c);
  }

  /**
   * Tells whether a character that is not a surrogate is escaped wherever it appears, line feed
   * included.
   *
   * @param c the character
   * @return whether it is a control, a bidirectional formatting character or a line or paragraph
   *     separator
   */
  static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
  }

  /**
   * Writes one UTF-16 unit as {@code \}{@code uXXXX}.
   *
   * @param c the unit
   * @param out where to write
   */
  static void appendEscape(char c, StringBuilder out) {
    out.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
        .append(HEX[c & 0xF]);
  }

  private static String escape(String text, boolean keepLineFeed) {
    int first = 0;
    while (first < text.length() && !escapes(text, first, keepLineFeed)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      if (escapes(text, i, keepLineFeed)) {
        appendEscape(text.charAt(i), out);
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}
