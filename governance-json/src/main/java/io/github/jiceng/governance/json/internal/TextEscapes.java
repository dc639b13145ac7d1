package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes of every file the SDK writes: JSON's standard ones (the C0 controls, the quote, the
 * backslash; Jackson writes every surrogate, paired or not, as {@code \}{@code uXXXX}), and
 * {@code \}{@code uXXXX} for DEL, the C1 controls, the bidirectional formatting characters
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators,
 * so a file shown in a terminal or an editor is not reordered or rewritten by its text. Reading
 * the file back gives every string exactly as it was.
 */
final class TextEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  /** The one instance; it holds no state. */
  static final TextEscapes INSTANCE = new TextEscapes();

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final int[] ascii;

  private TextEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    boolean escaped = (ch >= 0x80 && ch <= 0x9F) || ch == 0x061C || ch == 0x200E || ch == 0x200F
        || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x2028 || ch == 0x2029;
    if (!escaped) {
      return null;
    }
    return new SerializedString(new String(new char[] {'\\', 'u', HEX[ch >> 12 & 0xF], HEX[ch >> 8 & 0xF],
        HEX[ch >> 4 & 0xF], HEX[ch & 0xF]}));
  }
}
