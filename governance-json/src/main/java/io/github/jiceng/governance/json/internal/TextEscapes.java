package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes of every file the Jackson 2 binding writes: JSON's standard ones and those of
 * {@link Escapes}. Reading the file back gives every string exactly as it was.
 */
final class TextEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  /** The one instance; it holds no state. */
  static final TextEscapes INSTANCE = new TextEscapes();

  private final int[] ascii;

  private TextEscapes() {
    ascii = standardAsciiEscapesForJSON();
    for (int ch = 0; ch < ascii.length; ch++) {
      if (Escapes.escapesAscii(ch)) {
        ascii[ch] = ESCAPE_STANDARD;
      }
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    String escaped = Escapes.sequence(ch);
    return escaped == null ? null : new SerializedString(escaped);
  }
}
