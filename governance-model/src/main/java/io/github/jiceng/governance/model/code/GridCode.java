package io.github.jiceng.governance.model.code;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.internal.Characters;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The code of a node in a grid hierarchy (网格编码): a {@link DivisionCode} as the prefix, then
 * zero or more sequence segments (顺序码) for the levels below the community or village, each of
 * a fixed width, and optionally a management-object class in front (CJ/T 349).
 *
 * <p>A street or community has no segments; a grid in a community has one
 * ({@code 150622003003.01}); a building in a compound in that grid has three. Segments may only
 * follow a village-level division code: grids belong to a community or village, never directly
 * to a street or county. Each segment is a number from 1 to the largest number of its width.
 *
 * <p>The text form {@link #toString} writes the division digits, each segment after a dot and
 * the table year: {@code "150622003003.01.007@2023"}; {@link #parse} reads it. {@link #digits}
 * gives the plain digit string that the layouts in {@link GridCodeLayout} print.
 *
 * <p>Input is read as people type it and normalised: full-width digits and punctuation
 * (全角字符, {@code １５０６２２}) are read as their half-width (ASCII) forms and surrounding
 * spaces, the ideographic space included, are dropped; anything else that is not an ASCII digit
 * is refused by the rule it breaks. Messages quote the input shortened by {@link Excerpts#of}.
 */
public final class GridCode implements Comparable<GridCode> {

  /** The widest sequence segment accepted, in digits. */
  public static final int MAX_SEGMENT_WIDTH = 6;

  private final String objectClass;
  private final DivisionCode division;
  private final int[] segments;
  private final int[] widths;

  private GridCode(String objectClass, DivisionCode division, int[] segments, int[] widths) {
    this.objectClass = objectClass;
    this.division = division;
    this.segments = segments;
    this.widths = widths;
  }

  /**
   * Returns the code of an administrative unit (street, town, community, village) itself.
   *
   * @param division the unit's division code
   * @return a code with no sequence segments; never null
   */
  public static GridCode of(DivisionCode division) {
    requireNonNull(division, "division");
    return new GridCode("", division, new int[0], new int[0]);
  }

  /**
   * Reads the text form written by {@link #toString}, such as {@code "150622003003.01@2023"} or,
   * with an object class, {@code "110000:150622003003.01@2023"}.
   *
   * @param text the text form; full-width characters are read as half-width ones and
   *     surrounding spaces are dropped
   * @return the code; never null
   * @throws DomainValidationException if the text is not of that form or breaks a code rule
   */
  public static GridCode parse(String text) {
    requireNonNull(text, "text");
    text = Characters.typed(text);
    String subject = "GridCode[" + Excerpts.of(text) + "]";
    int at = text.lastIndexOf('@');
    int colon = text.indexOf(':');
    if (at < 0 || (colon >= 0 && colon > at)) {
      throw new DomainValidationException(subject, "text", "code-text-form",
          "a grid code is written as [class:]division[.segment...]@year, was '" + Excerpts.of(text) + "'");
    }
    String objectClass = colon < 0 ? "" : text.substring(0, colon);
    String body = text.substring(colon + 1, at);
    String[] parts = body.split("\\.", -1);
    DivisionCode division = DivisionCode.parse(parts[0] + text.substring(at));
    GridCode code = of(division).withObjectClass(objectClass);
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (!DivisionCode.isAsciiDigits(part)) {
        throw new DomainValidationException(subject, "segments", "segment-digits",
            "segment " + i + " must be digits, was '" + Excerpts.of(part) + "'");
      }
      if (part.length() > MAX_SEGMENT_WIDTH) {
        throw new DomainValidationException(new Violation(subject, "segments", "segment-width",
            "a segment is 1 to " + MAX_SEGMENT_WIDTH + " digits wide, segment " + i + " has " + part.length())
                .with("min", 1).with("max", MAX_SEGMENT_WIDTH).with("value", part.length()));
      }
      code = code.child(Integer.parseInt(part), part.length());
    }
    return code;
  }

  /**
   * Returns this code with the given management-object class in front (CJ/T 349, six digits).
   *
   * @param objectClass six ASCII digits, or the empty string for none
   * @return the code with that class; never null
   * @throws DomainValidationException if the class is neither empty nor six digits
   */
  public GridCode withObjectClass(String objectClass) {
    requireNonNull(objectClass, "objectClass");
    if (!objectClass.isEmpty() && (objectClass.length() != 6 || !DivisionCode.isAsciiDigits(objectClass))) {
      throw new DomainValidationException("GridCode[" + this + "]", "objectClass", "object-class-six-digits",
          "a management-object class is six digits, was '" + Excerpts.of(objectClass) + "'");
    }
    return new GridCode(objectClass, division, segments, widths);
  }

  /**
   * Derives the code of a node directly below this one: this code plus one sequence segment.
   *
   * @param sequence the child's sequence number, from 1 to {@code 10^width - 1}
   * @param width the width of the segment in digits, from 1 to {@value #MAX_SEGMENT_WIDTH}
   * @return the child's code; never null
   * @throws DomainValidationException if this code's division is not village-level, or the
   *     sequence does not fit the width
   */
  public GridCode child(int sequence, int width) {
    String subject = "GridCode[" + this + "]";
    if (division.level() != DivisionLevel.VILLAGE) {
      throw new DomainValidationException(subject, "segments", "segments-below-village",
          "sequence segments follow a village-level division code only; "
              + division + " is " + division.level().name().toLowerCase(java.util.Locale.ROOT) + "-level");
    }
    if (width < 1 || width > MAX_SEGMENT_WIDTH) {
      throw new DomainValidationException(new Violation(subject, "segments", "segment-width",
          "a segment is 1 to " + MAX_SEGMENT_WIDTH + " digits wide, was " + width).with("min", 1)
              .with("max", MAX_SEGMENT_WIDTH).with("value", width));
    }
    int max = com.google.common.math.IntMath.pow(10, width) - 1;
    if (sequence < 1 || sequence > max) {
      throw new DomainValidationException(new Violation(subject, "segments", "segment-range",
          "a " + width + "-digit sequence is 1.." + max + ", was " + sequence).with("min", 1).with("max", max)
              .with("value", sequence).with("width", width));
    }
    int[] s = Arrays.copyOf(segments, segments.length + 1);
    int[] w = Arrays.copyOf(widths, widths.length + 1);
    s[segments.length] = sequence;
    w[widths.length] = width;
    return new GridCode(objectClass, division, s, w);
  }

  /**
   * Returns the code one level up: without the last segment, or the division code's parent when
   * there are no segments; empty for a province.
   */
  public Optional<GridCode> parent() {
    if (segments.length > 0) {
      return Optional.of(new GridCode(objectClass, division,
          Arrays.copyOf(segments, segments.length - 1), Arrays.copyOf(widths, widths.length - 1)));
    }
    return division.parent().map(d -> new GridCode(objectClass, d, segments, widths));
  }

  /** Returns the division code this code starts with. */
  public DivisionCode division() {
    return division;
  }

  /** Returns the management-object class (CJ/T 349), or empty if the code has none. */
  public Optional<String> objectClass() {
    return objectClass.isEmpty() ? Optional.empty() : Optional.of(objectClass);
  }

  /** Returns the sequence segments after the division code, top-down; empty for a division unit. */
  public List<Integer> segments() {
    List<Integer> list = new ArrayList<>(segments.length);
    for (int s : segments) {
      list.add(s);
    }
    return Collections.unmodifiableList(list);
  }

  /** Returns the width in digits of each sequence segment, parallel to {@link #segments}. */
  public List<Integer> segmentWidths() {
    List<Integer> list = new ArrayList<>(widths.length);
    for (int w : widths) {
      list.add(w);
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns one sequence segment's number.
   *
   * @param index from 0 (the segment right after the division code) to {@code segmentCount() - 1}
   * @throws IndexOutOfBoundsException if there is no such segment
   */
  public int segment(int index) {
    return segments[index];
  }

  /**
   * Returns one sequence segment's width in digits.
   *
   * @param index from 0 to {@code segmentCount() - 1}
   * @throws IndexOutOfBoundsException if there is no such segment
   */
  public int segmentWidth(int index) {
    return widths[index];
  }

  /** Returns the number of sequence segments. */
  public int segmentCount() {
    return segments.length;
  }

  /** Returns the plain digits: object class, division digits, then each zero-padded segment. */
  public String digits() {
    StringBuilder sb = new StringBuilder(objectClass).append(division.digits());
    for (int i = 0; i < segments.length; i++) {
      sb.append(DivisionCode.zeroPad(segments[i], widths[i]));
    }
    return sb.toString();
  }

  /**
   * Returns whether this code is a strict ancestor of the other: same object class and table
   * year, and the other lies below this one.
   */
  public boolean isAncestorOf(GridCode other) {
    if (!objectClass.equals(other.objectClass)) {
      return false;
    }
    if (segments.length == 0) {
      return other.segments.length > 0
          ? other.division.equals(division) || division.isAncestorOf(other.division)
          : division.isAncestorOf(other.division);
    }
    if (!other.division.equals(division) || other.segments.length <= segments.length) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      if (segments[i] != other.segments[i] || widths[i] != other.widths[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether the other code is exactly this code plus one sequence segment, as a child's
   * code derived with {@link #child} is.
   */
  public boolean isParentOf(GridCode other) {
    if (other.segments.length != segments.length + 1
        || !other.objectClass.equals(objectClass)
        || !other.division.equals(division)) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      if (segments[i] != other.segments[i] || widths[i] != other.widths[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(GridCode o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GridCode)) {
      return false;
    }
    GridCode g = (GridCode) o;
    return g.objectClass.equals(objectClass)
        && g.division.equals(division)
        && Arrays.equals(g.segments, segments)
        && Arrays.equals(g.widths, widths);
  }

  @Override
  public int hashCode() {
    return ((objectClass.hashCode() * 31 + division.hashCode()) * 31 + Arrays.hashCode(segments)) * 31
        + Arrays.hashCode(widths);
  }

  /** Returns the text form, such as {@code "150622003003.01.007@2023"}; {@link #parse} reads it. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!objectClass.isEmpty()) {
      sb.append(objectClass).append(':');
    }
    sb.append(division.digits());
    for (int i = 0; i < segments.length; i++) {
      sb.append('.').append(DivisionCode.zeroPad(segments[i], widths[i]));
    }
    return sb.append('@').append(division.tableYear()).toString();
  }
}
