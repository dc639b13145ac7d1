package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Exports volunteer service records as rows with the fields of 民政部令第67号 article 7, for the
 * national volunteer information system or a spreadsheet. Rows are ordered by activity date, then
 * record id, so the same records always give the same text.
 *
 * <p>Service time is given twice: in hours with two decimals (rounded half up, for reading) and
 * in exact minutes (for import). An export is a list of records, not a certificate
 * (志愿服务证明).
 */
public final class VolunteerExport {

  /** The header row. */
  public static final List<String> HEADER = List.of("记录编号", "志愿者", "活动名称", "日期", "地点", "服务内容",
      "服务时间（小时）", "服务时间（分钟）", "活动组织单位", "活动负责人", "录入日期");

  private static final Comparator<VolunteerRecord> ORDER =
      Comparator.comparing(VolunteerRecord::activityDate).thenComparing(VolunteerRecord::id);

  private VolunteerExport() {}

  /**
   * Returns the records as rows, the header first.
   *
   * @param records the records
   * @return the rows; unmodifiable
   */
  public static List<List<String>> rows(Collection<VolunteerRecord> records) {
    requireNonNull(records, "records");
    List<VolunteerRecord> sorted = new ArrayList<>(records);
    sorted.sort(ORDER);
    List<List<String>> rows = new ArrayList<>(sorted.size() + 1);
    rows.add(HEADER);
    for (VolunteerRecord r : sorted) {
      long seconds = r.serviceTime().getSeconds();
      String hours = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
          .toPlainString();
      String minutes = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.UNNECESSARY)
          .stripTrailingZeros().toPlainString();
      rows.add(List.of(r.id().value(), r.volunteer().value(), r.activityName(), r.activityDate().toString(),
          r.place(), r.content(), hours, minutes, r.organiser().value(), r.personInCharge().value(),
          r.recordedOn().toString()));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns the records as CSV text (RFC 4180): comma-separated, CRLF line ends, fields with a
   * comma, quote or line break quoted, quotes doubled.
   *
   * @param records the records
   * @return the CSV text, the header first
   */
  public static String csv(Collection<VolunteerRecord> records) {
    StringBuilder out = new StringBuilder();
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
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
