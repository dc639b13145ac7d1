package io.github.jiceng.governance.sim.report;

/** Locale-free number formatting, so reports are the same on every machine. */
final class Format {

  private Format() {}

  /** {@code 1234567} as {@code 1,234,567}. */
  static String count(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(digits.charAt(i));
    }
    return (n < 0 ? "-" : "") + b;
  }

  /** A per-mille figure as a percentage with one decimal: {@code 915} is {@code 91.5%}. */
  static String perMille(long perMille) {
    return (perMille / 10) + "." + Math.abs(perMille % 10) + "%";
  }

  /** Hundredths with two decimals: {@code 425} is {@code 4.25}. */
  static String hundredths(long h) {
    long abs = Math.abs(h);
    return (h < 0 ? "-" : "") + (abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + (abs % 100);
  }

  /** Minutes as days, hours and minutes: {@code 1570} is {@code 1 d 2 h 10 min}. */
  static String minutes(long minutes) {
    long d = minutes / (24 * 60);
    long h = minutes / 60 % 24;
    long m = minutes % 60;
    return (d > 0 ? d + " d " : "") + (d > 0 || h > 0 ? h + " h " : "") + m + " min";
  }

  /**
   * {@code s} followed by spaces up to the display width, as a column of a text table; text
   * already as wide or wider is returned as it is.
   */
  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    for (int w = displayWidth(s); w < width; w++) {
      b.append(' ');
    }
    return b.toString();
  }

  /** Spaces up to the display width followed by {@code s}, for a right-aligned column. */
  static String padLeft(String s, int width) {
    StringBuilder b = new StringBuilder();
    for (int w = displayWidth(s); w < width; w++) {
      b.append(' ');
    }
    return b.append(s).toString();
  }

  /**
   * The columns a monospaced terminal gives the text: two for each East Asian Wide or Fullwidth
   * character (Unicode Standard Annex #11: Chinese characters, kana, Hangul, fullwidth forms and
   * punctuation such as {@code （}), none for combining marks and format characters, one for the
   * rest. East Asian Ambiguous characters ({@code ·}, {@code →}) count one, as in a terminal
   * with its default settings.
   */
  static int displayWidth(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      width += columns(cp);
    }
    return width;
  }

  private static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** The East Asian Wide (W) and Fullwidth (F) characters, taken by whole blocks and ranges. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initial consonants
        || (cp >= 0x231A && cp <= 0x231B) || (cp >= 0x2329 && cp <= 0x232A)
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, ideographic description, CJK symbols
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, Hangul compatibility, Kanbun, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK Extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK Unified Ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xA960 && cp <= 0xA97F) // Hangul Jamo Extended-A
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE10 && cp <= 0xFE19) // vertical forms
        || (cp >= 0xFE30 && cp <= 0xFE6F) // CJK compatibility forms, small form variants
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
        || (cp >= 0x16FE0 && cp <= 0x18CFF) // Tangut and ideographic symbols
        || (cp >= 0x1B000 && cp <= 0x1B2FF) // kana supplement and extensions, Nushu
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoticons
        || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental pictographs
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK Extensions B to H
  }
}
