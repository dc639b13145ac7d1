package io.github.jiceng.governance.model.code;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.internal.Characters;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Optional;

/**
 * A 12-digit statistical division code (统计用区划代码, 国统字〔2009〕91号) together with the year
 * of the code table it was taken from.
 *
 * <p>The digits read as province (2), prefecture (2), county (2), township (3) and village (3);
 * a code of a higher-level unit is right-padded with zeros ({@code 150622003000} is 蓝天街道,
 * {@code 150622003003} is 白云社区 below it). Codes are revised every year and a withdrawn code
 * is not reused, so the table year is part of the value: the same digits from two tables are two
 * different codes.
 *
 * <p>Validation is structural: twelve ASCII digits, a non-zero province, and no non-zero segment
 * below a zero segment. Whether the code exists in a given year's table is a question for a code
 * table, not for this type.
 *
 * <p>Input is read as people type it and normalised: full-width digits and punctuation
 * (全角字符, {@code １５０６２２}) are read as their half-width (ASCII) forms and surrounding
 * spaces, the ideographic space included, are dropped; anything else that is not an ASCII digit
 * is refused by the rule it breaks. Messages quote the input shortened by {@link Excerpts#of}.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  /** The first year in which the statistical division code rules applied. */
  public static final int FIRST_TABLE_YEAR = 2009;

  private static final int LENGTH = 12;

  private final String digits;
  private final int tableYear;
  private final DivisionLevel level;

  private DivisionCode(String digits, int tableYear, DivisionLevel level) {
    this.digits = digits;
    this.tableYear = tableYear;
    this.level = level;
  }

  /**
   * Returns the code with the given digits from the given year's table.
   *
   * @param digits twelve digits; a 6- or 9-digit code is accepted and right-padded; full-width
   *     digits are read as ASCII ones and surrounding spaces are dropped
   * @param tableYear the year of the code table, from {@value #FIRST_TABLE_YEAR} to 9999
   * @return the code; never null
   * @throws DomainValidationException naming the rule the digits or the year break
   */
  public static DivisionCode of(String digits, int tableYear) {
    requireNonNull(digits, "digits");
    digits = Characters.typed(digits);
    String subject = "DivisionCode[" + Excerpts.of(digits) + "]";
    if (tableYear < FIRST_TABLE_YEAR || tableYear > 9999) {
      throw new DomainValidationException(new Violation(
          subject, "tableYear", "table-year-range",
          "code table year must be between " + FIRST_TABLE_YEAR + " and 9999, was " + tableYear)
              .with("min", FIRST_TABLE_YEAR).with("max", 9999).with("value", tableYear));
    }
    String padded = digits;
    if (digits.length() == 6 || digits.length() == 9) {
      padded = digits + "0".repeat(LENGTH - digits.length());
    }
    if (padded.length() != LENGTH || !isAsciiDigits(padded)) {
      throw new DomainValidationException(new Violation(
          subject, "digits", "twelve-digits",
          "a division code is 12 ASCII digits (or 6 or 9, padded with zeros), was '" + Excerpts.of(digits) + "'")
              .with("value", digits));
    }
    if (padded.startsWith("00")) {
      throw new DomainValidationException(
          subject, "digits", "province-present", "the province digits (1–2) must not be 00");
    }
    DivisionLevel level = DivisionLevel.PROVINCE;
    boolean zeroSeen = false;
    for (DivisionLevel l : DivisionLevel.values()) {
      boolean zero = isZeroSegment(padded, l);
      if (!zero && zeroSeen) {
        throw new DomainValidationException(
            subject, "digits", "no-orphan-segment",
            "the " + l.name().toLowerCase(java.util.Locale.ROOT)
                + " segment is set below a zero segment in '" + padded + "'");
      }
      if (zero) {
        zeroSeen = true;
      } else {
        level = l;
      }
    }
    return new DivisionCode(padded, tableYear, level);
  }

  /**
   * Reads the text form written by {@link #toString}, such as {@code "150622003003@2023"}.
   *
   * @param text twelve digits, {@code @}, and the table year; full-width characters are read as
   *     half-width ones and surrounding spaces are dropped
   * @return the code; never null
   * @throws DomainValidationException if the text is not of that form or the code is invalid
   */
  public static DivisionCode parse(String text) {
    requireNonNull(text, "text");
    text = Characters.typed(text);
    int at = text.indexOf('@');
    if (at < 0 || at == text.length() - 1 || !isAsciiDigits(text.substring(at + 1)) || text.length() - at > 6) {
      throw new DomainValidationException(new Violation(
          "DivisionCode[" + Excerpts.of(text) + "]", "text", "digits-at-year",
          "a division code is written as 12 digits, '@' and the table year, was '" + Excerpts.of(text) + "'")
              .with("value", text));
    }
    return of(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
  }

  /** Returns the twelve digits. */
  public String digits() {
    return digits;
  }

  /** Returns the year of the code table the code was taken from. */
  public int tableYear() {
    return tableYear;
  }

  /** Returns the lowest level whose segment is non-zero. */
  public DivisionLevel level() {
    return level;
  }

  /** Returns the six GB/T 2260 digits (province, prefecture, county). */
  public String countyDigits() {
    return digits.substring(0, 6);
  }

  /** Returns the code of the unit directly above, or empty for a province. */
  public Optional<DivisionCode> parent() {
    if (level == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    DivisionLevel up = DivisionLevel.values()[level.ordinal() - 1];
    String truncated = digits.substring(0, up.significantDigits());
    return Optional.of(new DivisionCode(pad(truncated), tableYear, up));
  }

  /**
   * Derives the code of a unit directly below this one, with the given number in the next
   * segment: {@code 150622003000@2023.child(3)} is {@code 150622003003@2023}.
   *
   * @param number the child's number, from 1 to 99 (or 999 for township and village segments)
   * @return the child's code, from the same table year; never null
   * @throws DomainValidationException if this is a village-level code, which has no children
   *     (rule {@code has-children}), or the number does not fit the segment (rule
   *     {@code child-number})
   */
  public DivisionCode child(int number) {
    if (level == DivisionLevel.VILLAGE) {
      throw new DomainValidationException("DivisionCode[" + this + "]", "level", "has-children",
          "a village-level division code has no child codes: " + this);
    }
    DivisionLevel down = DivisionLevel.values()[level.ordinal() + 1];
    int width = down.segmentWidth();
    int max = width == 2 ? 99 : 999;
    if (number < 1 || number > max) {
      throw new DomainValidationException(new Violation("DivisionCode[" + this + "]", "number", "child-number",
          "a " + down.name().toLowerCase(java.util.Locale.ROOT) + " number is 1.." + max + ", was " + number)
                  .with("min", 1).with("max", max).with("value", number));
    }
    String prefix = digits.substring(0, level.significantDigits());
    return new DivisionCode(pad(prefix + zeroPad(number, width)), tableYear, down);
  }

  /**
   * Returns whether this code is a strict ancestor of the other: the other lies below this unit
   * and both come from the same table year.
   */
  public boolean isAncestorOf(DivisionCode other) {
    return other.tableYear == tableYear
        && other.level.ordinal() > level.ordinal()
        && other.digits.startsWith(digits.substring(0, level.significantDigits()));
  }

  @Override
  public int compareTo(DivisionCode o) {
    int c = digits.compareTo(o.digits);
    return c != 0 ? c : Integer.compare(tableYear, o.tableYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode
        && ((DivisionCode) o).digits.equals(digits)
        && ((DivisionCode) o).tableYear == tableYear;
  }

  @Override
  public int hashCode() {
    return digits.hashCode() * 31 + tableYear;
  }

  /** Returns {@code digits@year}, such as {@code "150622003003@2023"}; {@link #parse} reads it. */
  @Override
  public String toString() {
    return digits + "@" + tableYear;
  }

  static boolean isAsciiDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String zeroPad(int number, int width) {
    String s = Integer.toString(number);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  private static boolean isZeroSegment(String padded, DivisionLevel level) {
    int end = level.significantDigits();
    for (int i = end - level.segmentWidth(); i < end; i++) {
      if (padded.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  private static String pad(String prefix) {
    return prefix + "0".repeat(LENGTH - prefix.length());
  }
}
