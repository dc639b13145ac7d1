package io.github.jiceng.governance.model.code;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.internal.Characters;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.List;

/**
 * How a grid code is printed as one plain digit string in a given standard: the width of the
 * management-object class in front (0 or 6), the 12-digit division code, then the widths of the
 * sequence segments.
 *
 * <table>
 *   <caption>Layouts in use</caption>
 *   <tr><th>constant</th><th>standard</th><th>digits</th><th>example</th></tr>
 *   <tr><td>{@link #CJT_213}</td><td>CJ/T 213 unit grid</td><td>12 + 2 = 14</td>
 *       <td>15062200300301</td></tr>
 *   <tr><td>{@link #DB11T_2157}</td><td>DB11/T 2157 (Beijing) unit grid</td><td>12 + 3 = 15</td>
 *       <td>150622003003001</td></tr>
 *   <tr><td>{@link #CJT_349}</td><td>CJ/T 349 professional grid</td><td>6 + 12 + 2 = 20</td>
 *       <td>11000015062200300301</td></tr>
 * </table>
 *
 * <p>In each of them a code whose last segment is all zeros stands for the community or village
 * itself ("如果是社区网格，最后两位为00"), so {@code 15062200300300} parses to the community's code.
 *
 * @param name the layout's display name; never blank
 * @param objectClassWidth 0, or 6 for a CJ/T 349 management-object class in front
 * @param segmentWidths the width of each sequence segment below the village level, top-down
 */
public record GridCodeLayout(String name, int objectClassWidth, List<Integer> segmentWidths) {

  /** CJ/T 213: 12-digit division code and a 2-digit grid sequence (14 digits). */
  public static final GridCodeLayout CJT_213 = new GridCodeLayout("CJ/T 213", 0, List.of(2));

  /** DB11/T 2157-2023: 12-digit division code and a 3-digit grid sequence (15 digits). */
  public static final GridCodeLayout DB11T_2157 = new GridCodeLayout("DB11/T 2157", 0, List.of(3));

  /** CJ/T 349-2010: 6-digit object class, 12-digit division code, 2-digit grid (20 digits). */
  public static final GridCodeLayout CJT_349 = new GridCodeLayout("CJ/T 349", 6, List.of(2));

  /** Validates the widths and copies the segment list. */
  public GridCodeLayout {
    requireNonNull(name, "name");
    requireNonNull(segmentWidths, "segmentWidths");
    String subject = "GridCodeLayout[" + Excerpts.of(name) + "]";
    DomainChecks.check(!name.isBlank(), subject, "name", "not-blank", "a layout needs a name");
    if (!(objectClassWidth == 0 || objectClassWidth == 6)) {
      throw new DomainValidationException(new Violation(subject, "objectClassWidth", "object-class-width",
          "object class width is 0 or 6, was " + objectClassWidth).with("value", objectClassWidth));
    }
    segmentWidths = List.copyOf(DomainChecks.noNullElements(segmentWidths, "segmentWidths"));
    for (int w : segmentWidths) {
      if (!(w >= 1 && w <= GridCode.MAX_SEGMENT_WIDTH)) {
        throw new DomainValidationException(new Violation(subject, "segmentWidths", "segment-width",
            "segment widths are 1.." + GridCode.MAX_SEGMENT_WIDTH + ", was " + segmentWidths).with("min", 1)
                .with("max", GridCode.MAX_SEGMENT_WIDTH).with("value", w));
      }
    }
  }

  /** Returns the number of digits of a full-depth code in this layout. */
  public int length() {
    return objectClassWidth + 12 + segmentWidths.stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Reads a full-depth plain digit code in this layout.
   *
   * @param digits exactly {@link #length()} digits; full-width digits are read as ASCII ones and
   *     surrounding spaces are dropped
   * @param tableYear the year of the division code table
   * @return the code; trailing all-zero segments are dropped (they stand for the unit above)
   * @throws DomainValidationException naming the rule the digits break
   */
  public GridCode parse(String digits, int tableYear) {
    requireNonNull(digits, "digits");
    digits = Characters.typed(digits);
    if (digits.length() != length() || !DivisionCode.isAsciiDigits(digits)) {
      throw new DomainValidationException(new Violation("GridCode[" + Excerpts.of(digits) + "]", "digits", "layout-length",
          "a " + name + " code is " + length() + " ASCII digits, was '" + Excerpts.of(digits) + "'")
              .with("layout", name).with("expected", length()).with("value", digits));
    }
    String objectClass = digits.substring(0, objectClassWidth);
    int pos = objectClassWidth + 12;
    GridCode code = GridCode.of(DivisionCode.of(digits.substring(objectClassWidth, pos), tableYear))
        .withObjectClass(objectClass);
    int[] values = new int[segmentWidths.size()];
    int used = 0;
    for (int i = 0; i < values.length; i++) {
      int w = segmentWidths.get(i);
      values[i] = Integer.parseInt(digits.substring(pos, pos + w));
      pos += w;
      if (values[i] != 0) {
        used = i + 1;
      }
    }
    for (int i = 0; i < used; i++) {
      code = code.child(values[i], segmentWidths.get(i));
    }
    return code;
  }

  /**
   * Prints a code in this layout, padding missing segments with zeros.
   *
   * @param code a code whose object class and segment widths fit this layout
   * @return exactly {@link #length()} digits
   * @throws DomainValidationException (rule {@code layout-fit}) if the code does not fit this layout
   */
  public String format(GridCode code) {
    requireNonNull(code, "code");
    int classWidth = code.objectClass().map(String::length).orElse(0);
    List<Integer> widths = code.segmentWidths();
    if (classWidth != objectClassWidth
        || widths.size() > segmentWidths.size()
        || !widths.equals(segmentWidths.subList(0, widths.size()))) {
      throw new DomainValidationException(new Violation("GridCodeLayout[" + name + "]", "code", "layout-fit",
          "code " + code + " does not fit the " + name + " layout").with("layout", name).with("value", code));
    }
    StringBuilder sb = new StringBuilder(code.digits());
    for (int i = widths.size(); i < segmentWidths.size(); i++) {
      sb.append("0".repeat(segmentWidths.get(i)));
    }
    return sb.toString();
  }
}
