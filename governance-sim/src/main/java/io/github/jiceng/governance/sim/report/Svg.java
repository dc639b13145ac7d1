package io.github.jiceng.governance.sim.report;

import java.util.List;

/**
 * Charts as inline SVG, drawn with integer coordinates so the markup is the same on every machine:
 * no script, no font or style sheet from outside the page.
 */
final class Svg {

  /**
   * A line of a chart.
   *
   * @param name the legend's text
   * @param colour a CSS colour
   * @param values one value per point
   */
  record Series(String name, String colour, long[] values) {}

  /**
   * A bar of a bar chart.
   *
   * @param label the bar's text
   * @param value its length
   */
  record Bar(String label, long value) {}

  private static final int WIDTH = 760;
  private static final int HEIGHT = 240;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 40;

  private Svg() {}

  /** A line chart of the series over the labels (dates), with a y axis from 0 to the largest value. */
  static String lines(String title, List<String> labels, List<Series> series, String unit) {
    int n = labels.size();
    long max = 1;
    for (Series s : series) {
      for (long v : s.values()) {
        max = Math.max(max, v);
      }
    }
    max = niceCeiling(max);
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
    b.append("<text x=\"").append(LEFT).append("\" y=\"18\" class=\"title\">").append(Html.escape(title))
        .append("</text>\n");
    for (int k = 0; k <= 4; k++) {
      int y = TOP + plotH - k * plotH / 4;
      b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT + plotW)
          .append("\" y2=\"").append(y).append("\" class=\"grid\"/>\n");
      b.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" class=\"axis\" text-anchor=\"end\">")
          .append(Html.escape(Format.count(max * k / 4) + unit)).append("</text>\n");
    }
    if (n > 0) {
      int[] ticks = n == 1 ? new int[] {0} : new int[] {0, (n - 1) / 2, n - 1};
      for (int i : ticks) {
        b.append("<text x=\"").append(x(i, n, plotW)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
            .append("\" class=\"axis\" text-anchor=\"middle\">").append(Html.escape(labels.get(i))).append("</text>\n");
      }
    }
    int legendX = LEFT;
    for (Series s : series) {
      b.append("<polyline fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2\" points=\"");
      for (int i = 0; i < s.values().length; i++) {
        long v = Math.max(0, s.values()[i]);
        b.append(i == 0 ? "" : " ").append(x(i, n, plotW)).append(',').append(TOP + plotH - v * plotH / max);
      }
      b.append("\"/>\n");
      b.append("<rect x=\"").append(legendX).append("\" y=\"").append(HEIGHT - 14).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(s.colour()).append("\"/><text x=\"").append(legendX + 14).append("\" y=\"").append(HEIGHT - 5)
          .append("\" class=\"axis\">").append(Html.escape(s.name())).append("</text>\n");
      legendX += 18 + 8 * s.name().length();
    }
    return b.append("</svg>\n").toString();
  }

  /** A horizontal bar chart. */
  static String bars(String title, List<Bar> bars, String colour) {
    long max = 1;
    for (Bar bar : bars) {
      max = Math.max(max, bar.value());
    }
    int rowH = 26;
    int height = TOP + rowH * bars.size() + 10;
    int plotW = WIDTH - 200 - RIGHT;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
    b.append("<text x=\"10\" y=\"18\" class=\"title\">").append(Html.escape(title)).append("</text>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * rowH;
      long w = bar.value() * plotW / max;
      b.append("<text x=\"190\" y=\"").append(y + 16).append("\" class=\"axis\" text-anchor=\"end\">")
          .append(Html.escape(bar.label())).append("</text>\n");
      b.append("<rect x=\"200\" y=\"").append(y + 4).append("\" width=\"").append(w).append("\" height=\"16\" fill=\"")
          .append(colour).append("\"/>\n");
      b.append("<text x=\"").append(204 + w).append("\" y=\"").append(y + 16).append("\" class=\"axis\">")
          .append(Format.count(bar.value())).append("</text>\n");
    }
    return b.append("</svg>\n").toString();
  }

  private static long x(int i, int n, int plotW) {
    return n <= 1 ? LEFT : LEFT + (long) i * plotW / (n - 1);
  }

  /** The smallest of 1, 2, 5 times a power of ten at or above the value. */
  static long niceCeiling(long v) {
    long p = 1;
    while (p * 10 <= v && p < Long.MAX_VALUE / 100) {
      p *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
