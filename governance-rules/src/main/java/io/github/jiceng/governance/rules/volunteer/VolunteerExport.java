package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Exports volunteer service records as rows with the fields of 民政部令第67号 article 7, for the
 * national volunteer information system or a spreadsheet. Rows are ordered by activity date, then
 * record id, so the same records always give the same text.
 *
 * <p>Service time is given twice, both rounded half up to two decimals: in hours (for reading)
 * and in minutes (for import; exact for every time in whole multiples of 0.6 seconds, whole
 * minutes and the half minute among them, and never more than 0.3 seconds off otherwise). Every
 * service time a {@link VolunteerRecord} accepts exports, a fraction of a second included. An
 * export is a list of records, not a certificate (志愿服务证明).
 *
 * <p>{@link #rows} gives the values as they are; {@link #csv} makes them safe for a spreadsheet.
 */
public final class VolunteerExport {

  /** The header row. */
  public static final List<String> HEADER = List.of("记录编号", "志愿者", "活动名称", "日期", "地点", "服务内容",
      "服务时间（小时）", "服务时间（分钟）", "活动组织单位", "活动负责人", "录入日期");

  /** The byte-order mark a CSV text starts with, so spreadsheet programs read it as UTF-8. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final Comparator<VolunteerRecord> ORDER =
      Comparator.comparing(VolunteerRecord::activityDate).thenComparing(VolunteerRecord::id);

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

  /** A cell that is a plain decimal number: a spreadsheet reads it as that number and nothing else. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private VolunteerExport() {}

  /**
   * Returns the records as rows, the header first. The values are the records' own, not escaped:
   * whoever writes them to a medium makes them safe for it, as {@link #csv} does.
   *
   * @param records the records
   * @return the rows; unmodifiable
   */
  public static List<List<String>> rows(Collection<VolunteerRecord> records) {
    DomainChecks.noNullElements(records, "records");
    requireNonNull(records, "records");
    List<VolunteerRecord> sorted = new ArrayList<>(records);
    sorted.sort(ORDER);
    List<List<String>> rows = new ArrayList<>(sorted.size() + 1);
    rows.add(HEADER);
    for (VolunteerRecord r : sorted) {
      BigDecimal seconds = BigDecimal.valueOf(r.serviceTime().getSeconds())
          .add(BigDecimal.valueOf(r.serviceTime().getNano(), 9));
      String hours = seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP).toPlainString();
      String minutes = seconds.divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP).stripTrailingZeros()
          .toPlainString();
      rows.add(List.of(r.id().value(), r.volunteer().value(), r.activityName(), r.activityDate().toString(),
          r.place(), r.content(), hours, minutes, r.organiser().value(), r.personInCharge().value(),
          r.recordedOn().toString()));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns the records as CSV text (RFC 4180) that Excel and WPS open right, on a Chinese Windows
   * too: the {@linkplain #BYTE_ORDER_MARK byte-order mark} first (write the text as UTF-8),
   * comma-separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes
   * doubled. Each field is made safe for a spreadsheet:
   *
   * <ul>
   *   <li>a field beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
   *       return, which a spreadsheet would take for a formula, gets a single quote in front and is
   *       quoted (OWASP's advice against CSV injection): {@code =HYPERLINK(...)} becomes
   *       {@code "'=HYPERLINK(...)"}. A field that is a plain decimal number, such as {@code -2.5},
   *       is left as it is, so it still reads as a number; {@code -2+3} is not a number and is
   *       neutralised. The export's own numbers (hours, minutes) are never negative;
   *   <li>a line break inside a field is kept as a line feed within the quoted field (a carriage
   *       return alone or before a line feed becomes one), so a spreadsheet shows the field's lines
   *       and the only carriage returns in the text end its records;
   *   <li>every other control character, the bidirectional formatting characters (U+061C,
   *       U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph separators and
   *       unpaired surrogates are written out as {@code \}{@code u} and four upper-case
   *       hexadecimal digits, the convention of the SDK's text reports, so ESC shows as
   *       {@code \}{@code u001B}.
   * </ul>
   *
   * @param records the records
   * @return the CSV text, the byte-order mark and the header first
   */
  public static String csv(Collection<VolunteerRecord> records) {
    DomainChecks.noNullElements(records, "records");
    StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
    for (List<String> row : rows(records)) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(field(row.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String field(String value) {
    String text = visible(value.replace("\r\n", "\n").replace('\r', '\n'));
    boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
    if (formula) {
      text = '\'' + text;
    }
    if (!formula && text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * The text with every character but the line feed that a viewer would act on written out as
   * {@code \}{@code uXXXX}.
   */
  private static String visible(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape;
      if (Character.isHighSurrogate(c)) {
        escape = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
      } else if (Character.isLowSurrogate(c)) {
        escape = i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
      } else {
        escape = c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029');
      }
      if (escape && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escape) {
        b.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
