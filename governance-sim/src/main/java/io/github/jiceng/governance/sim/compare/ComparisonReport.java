package io.github.jiceng.governance.sim.compare;

import static java.util.Objects.requireNonNull;

/** The plain-text rendering of a {@link PolicyComparison}: one line per figure, both runs and the change. */
public final class ComparisonReport {

  private ComparisonReport() {}

  /**
   * Renders the comparison.
   *
   * @param c the comparison
   * @return the text, lines separated by {@code \n}
   */
  public static String render(PolicyComparison c) {
    requireNonNull(c, "c");
    StringBuilder b = new StringBuilder();
    b.append("Policy comparison on ").append(c.first().scenario().name()).append(" · seed ").append(c.seed()).append(" · ")
        .append(c.days()).append(" days\n");
    b.append("  A = ").append(c.first().name()).append(" (").append(c.first().options().matching()).append(" matching)\n");
    b.append("  B = ").append(c.second().name()).append(" (").append(c.second().options().matching())
        .append(" matching)\n\n");
    b.append(pad("figure", 44)).append(left("A", 16)).append(left("B", 16)).append(left("B - A", 16))
        .append(left("change", 10)).append('\n');
    for (PolicyComparison.Difference d : c.differences()) {
      b.append(pad(d.metric(), 44)).append(left(value(d.first(), d.unit()), 16))
          .append(left(value(d.second(), d.unit()), 16)).append(left(value(d.change(), d.unit()), 16))
          .append(left(permille(d.changePerMille()), 10)).append('\n');
    }
    return b.toString();
  }

  private static String value(long v, String unit) {
    if (unit.equals("fen")) {
      long abs = Math.abs(v);
      return (v < 0 ? "-" : "") + "¥" + (abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + (abs % 100);
    }
    return v + (unit.isEmpty() ? "" : " " + unit);
  }

  private static String permille(long pm) {
    long abs = Math.abs(pm);
    return (pm < 0 ? "-" : "+") + (abs / 10) + "." + (abs % 10) + "%";
  }

  private static String pad(String s, int w) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < w) {
      b.append(' ');
    }
    return b.toString();
  }

  private static String left(String s, int w) {
    StringBuilder b = new StringBuilder();
    for (int i = s.length(); i < w; i++) {
      b.append(' ');
    }
    return b.append(s).toString();
  }
}
