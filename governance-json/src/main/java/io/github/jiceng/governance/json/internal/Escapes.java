package io.github.jiceng.governance.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * The characters every file the SDK writes escapes beyond JSON's standard escapes (the C0
 * controls, the quote, the backslash; Jackson writes every surrogate, paired or not, as
 * {@code \}{@code uXXXX}): DEL, the C1 controls, the bidirectional formatting characters (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators, so a file
 * shown in a terminal or an editor is not reordered or rewritten by its text. Each binding's
 * character escapes ask here, so they escape the same characters the same way.
 */
public final class Escapes {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Escapes() {}

  /** Returns whether an ASCII character beyond the standard escapes is escaped: DEL only. */
  public static boolean escapesAscii(int ch) {
    return ch == 0x7F;
  }

  /** Returns the escape of a character above ASCII, {@code \}{@code uXXXX}, or null to write it as is. */
  public static @Nullable String sequence(int ch) {
    boolean escaped = (ch >= 0x80 && ch <= 0x9F) || ch == 0x061C || ch == 0x200E || ch == 0x200F
        || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x2028 || ch == 0x2029;
    if (!escaped) {
      return null;
    }
    return new String(new char[] {'\\', 'u', HEX[ch >> 12 & 0xF], HEX[ch >> 8 & 0xF], HEX[ch >> 4 & 0xF],
        HEX[ch & 0xF]});
  }
}
