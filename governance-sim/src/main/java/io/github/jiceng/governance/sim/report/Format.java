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

  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }

  static String padLeft(String s, int width) {
    StringBuilder b = new StringBuilder();
    for (int i = s.length(); i < width; i++) {
      b.append(' ');
    }
    return b.append(s).toString();
  }
}
