package io.github.jiceng.governance.json.jackson3.internal;

import io.github.jiceng.governance.json.internal.Escapes;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * The escapes of every file the Jackson 3 binding writes: JSON's standard ones and those of
 * {@link Escapes}, as the Jackson 2 binding's.
 */
final class Jackson3Escapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  /** The one instance; it holds no state. */
  static final Jackson3Escapes INSTANCE = new Jackson3Escapes();

  private final int[] ascii;

  private Jackson3Escapes() {
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
