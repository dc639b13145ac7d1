package io.github.jiceng.governance.model.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Codes as people type them (按用户输入习惯处理): text pasted from a Chinese input method often
 * carries full-width forms (全角字符) of digits and letters, {@code １５０６２２}, and surrounding
 * spaces, ideographic ones included. These helpers read such text as its half-width (ASCII)
 * form and describe what is left that is not ASCII, for the codes that normalise and the values
 * that refuse.
 */
public final class Characters {

  /**
   * The longest text {@link #typed} normalises; longer text is returned unchanged (it is too long
   * for any code anyway), so a huge input is never copied.
   */
  static final int LONGEST_NORMALISED = 256;

  private static final char FULL_WIDTH_FIRST = '\uFF01';
  private static final char FULL_WIDTH_LAST = '\uFF5E';
  private static final int FULL_WIDTH_OFFSET = FULL_WIDTH_FIRST - '!';

  private Characters() {}

  /**
   * Returns the text as typed text is read: surrounding white space (the ideographic space
   * U+3000 included) removed, and every full-width form of an ASCII character (U+FF01–U+FF5E:
   * digits, letters, {@code . @ : + -} ...) replaced by that ASCII character. Other characters
   * are kept, so a check that follows still sees them. Text longer than
   * {@value #LONGEST_NORMALISED} characters is returned unchanged.
   *
   * @param text the text as typed
   * @return the normalised text
   */
  public static String typed(String text) {
    requireNonNull(text, "text");
    if (text.length() > LONGEST_NORMALISED) {
      return text;
    }
    String stripped = text.strip();
    StringBuilder out = null;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (isFullWidth(c)) {
        if (out == null) {
          out = new StringBuilder(stripped);
        }
        out.setCharAt(i, (char) (c - FULL_WIDTH_OFFSET));
      }
    }
    return out == null ? stripped : out.toString();
  }

  /**
   * Returns whether the character is the full-width form of an ASCII character (U+FF01–U+FF5E).
   *
   * @param c any character
   * @return {@code true} for {@code ０}–{@code ９}, {@code Ａ}–{@code Ｚ}, {@code ａ}–{@code ｚ} and
   *     the full-width punctuation of that block
   */
  public static boolean isFullWidth(char c) {
    return c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST;
  }

  /**
   * Returns the index of the first character that is not printable ASCII ({@code ' '} to
   * {@code '~'}), or -1 if there is none.
   *
   * @param text any text
   * @return the index, or -1
   */
  public static int firstNonAscii(CharSequence text) {
    requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Describes, for a message, the character at the given index that is not ASCII: a full-width
   * character is called so in English and Chinese ({@code 全角字符}), any other by its code
   * point. The character itself is not quoted, so no personal value leaks through it.
   *
   * @param text the text
   * @param index the index of a character that is not ASCII
   * @return such as {@code "a full-width character (全角字符) at position 3"}
   */
  public static String describe(CharSequence text, int index) {
    char c = text.charAt(index);
    String what = isFullWidth(c) || c == '\u3000'
        ? "a full-width character (全角字符)"
        : String.format(Locale.ROOT, "the non-ASCII character U+%04X", Character.codePointAt(text, index));
    return what + " at position " + (index + 1);
  }
}
