package io.github.jiceng.governance.sim.report;

/**
 * HTML escaping for text and attribute values. Text first goes through {@link SafeText}, so a
 * control, bidirectional or unpaired surrogate character shows as its {@code \}{@code uXXXX} on
 * the page instead of reordering it or breaking its UTF-8; then the markup characters become
 * references.
 */
final class Html {

  private Html() {}

  /** Escapes a one-line value: {@link SafeText#line}, then {@code & < > " '}. */
  static String escape(String s) {
    return markup(SafeText.line(s));
  }

  /** Escapes text with lines of its own, for a {@code <pre>}: {@link SafeText#block}, then markup. */
  static String escapeBlock(String s) {
    return markup(SafeText.block(s));
  }

  private static String markup(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
