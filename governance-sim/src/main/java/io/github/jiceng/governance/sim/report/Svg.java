package io.github.jiceng.governance.sim.report;

import java.util.ArrayList;
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
   * @param pointer the JSON Pointer of the value in the JSON report, or empty
   */
  record Bar(String label, long value, String pointer) {}

  private static final int WIDTH = 760;
  private static final int HEIGHT = 240;
  private static final int TOP = 30;
  private static final int BOTTOM = 40;
  /** The least room between the plot and the edge, and between a label and what it labels. */
  private static final int GAP = 8;
  /** The font size of the {@code axis} class, in the page's style. */
  static final int AXIS_FONT = 11;
  /** The font size of the {@code title} class, in the page's style. */
  static final int TITLE_FONT = 14;

  private Svg() {}

  /**
   * The most room a text in a sans-serif font of the given size can take, in user units: an em
   * for a wide character (Chinese, fullwidth forms) and for the broadest Latin letters and signs,
   * 0.7 em for the other characters, none for a combining or format character. Fonts differ from
   * machine to machine, so the chart reserves this upper bound rather than one font's widths; a
   * browser test checks that the text then lies inside its chart.
   */
  static int textWidth(String s, int fontSize) {
    int tenthsOfEm = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int columns = Format.displayWidth(new String(Character.toChars(cp)));
      if (columns == 0) {
        continue;
      }
      boolean broad = columns == 2 || Character.isUpperCase(cp) || cp == 'm' || cp == 'w' || cp == '%' || cp == '@'
          || cp == '\u2014';
      tenthsOfEm += broad ? 10 : 7;
    }
    return (tenthsOfEm * fontSize + 9) / 10;
  }

  /**
   * A line chart of the series over the labels (dates), with a y axis from 0 to the largest value.
   * The margins are taken from the labels: the left one holds the widest value of the y axis and
   * half the first date, the right one half the last date.
   */
  static String lines(String title, List<String> labels, List<Series> series, String unit) {
    int n = labels.size();
    long max = 1;
    for (Series s : series) {
      for (long v : s.values()) {
        max = Math.max(max, v);
      }
    }
    max = niceCeiling(max);
    List<String> axis = new ArrayList<>();
    int left = GAP;
    for (int k = 0; k <= 4; k++) {
      String text = Format.count(max * k / 4) + unit;
      axis.add(text);
      left = Math.max(left, textWidth(text, AXIS_FONT) + 2 * GAP);
    }
    int[] ticks = n == 0 ? new int[0] : n == 1 ? new int[] {0} : new int[] {0, (n - 1) / 2, n - 1};
    int right = GAP;
    if (n > 0) {
      left = Math.max(left, half(textWidth(labels.get(0), AXIS_FONT)) + GAP);
      right = Math.max(right, half(textWidth(labels.get(n - 1), AXIS_FONT)) + GAP);
    }
    int plotW = WIDTH - left - right;
    int plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
    b.append("<text x=\"").append(GAP).append("\" y=\"18\" class=\"title\">").append(Html.escape(title))
        .append("</text>\n");
    for (int k = 0; k <= 4; k++) {
      int y = TOP + plotH - k * plotH / 4;
      b.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"").append(left + plotW)
          .append("\" y2=\"").append(y).append("\" class=\"grid\"/>\n");
      b.append("<text x=\"").append(left - GAP).append("\" y=\"").append(y + 4).append("\" class=\"axis\" text-anchor=\"end\">")
          .append(Html.escape(axis.get(k))).append("</text>\n");
    }
    for (int i : ticks) {
      b.append("<text x=\"").append(x(i, n, left, plotW)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
          .append("\" class=\"axis\" text-anchor=\"middle\">").append(Html.escape(labels.get(i))).append("</text>\n");
    }
    int legendX = left;
    for (Series s : series) {
      b.append("<polyline fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2\" points=\"");
      for (int i = 0; i < s.values().length; i++) {
        long v = Math.max(0, s.values()[i]);
        b.append(i == 0 ? "" : " ").append(x(i, n, left, plotW)).append(',').append(TOP + plotH - v * plotH / max);
      }
      b.append("\"/>\n");
      b.append("<rect x=\"").append(legendX).append("\" y=\"").append(HEIGHT - 14).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(s.colour()).append("\"/><text x=\"").append(legendX + 14).append("\" y=\"").append(HEIGHT - 5)
          .append("\" class=\"axis\">").append(Html.escape(s.name())).append("</text>\n");
      legendX += 14 + textWidth(s.name(), AXIS_FONT) + 2 * GAP;
    }
    return b.append("</svg>\n").toString();
  }

  /**
   * A horizontal bar chart. The labels' column is as wide as the widest label, and the longest
   * bar leaves room after it for the widest value. Each value carries {@code data-pointer}, the
   * JSON Pointer of the same figure in the JSON report, when the bar names one.
   */
  static String bars(String title, List<Bar> bars, String colour) {
    long max = 1;
    int labelW = 0;
    int valueW = 0;
    for (Bar bar : bars) {
      max = Math.max(max, bar.value());
      labelW = Math.max(labelW, textWidth(bar.label(), AXIS_FONT));
      valueW = Math.max(valueW, textWidth(Format.count(bar.value()), AXIS_FONT));
    }
    int rowH = 26;
    int height = TOP + rowH * bars.size() + 10;
    int barX = GAP + labelW + GAP;
    int plotW = WIDTH - barX - GAP / 2 - valueW - GAP;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
    b.append("<text x=\"").append(GAP).append("\" y=\"18\" class=\"title\">").append(Html.escape(title)).append("</text>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * rowH;
      long w = bar.value() * plotW / max;
      b.append("<text x=\"").append(barX - GAP).append("\" y=\"").append(y + 16).append("\" class=\"axis\" text-anchor=\"end\">")
          .append(Html.escape(bar.label())).append("</text>\n");
      b.append("<rect x=\"").append(barX).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
          .append("\" height=\"16\" fill=\"").append(colour).append("\"/>\n");
      b.append("<text x=\"").append(barX + w + GAP / 2).append("\" y=\"").append(y + 16).append("\" class=\"axis\"");
      if (!bar.pointer().isEmpty()) {
        b.append(" data-pointer=\"").append(Html.escape(bar.pointer())).append('"');
      }
      b.append('>').append(Format.count(bar.value())).append("</text>\n");
    }
    return b.append("</svg>\n").toString();
  }

  private static int half(int width) {
    return (width + 1) / 2;
  }

  private static long x(int i, int n, int left, int plotW) {
    return n <= 1 ? left : left + (long) i * plotW / (n - 1);
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
