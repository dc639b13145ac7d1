package io.github.jiceng.governance.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The CSV export opens right in a spreadsheet and nothing in it acts: formulas are neutralised,
 * the text starts with a UTF-8 byte-order mark, controls and bidirectional characters show as
 * their codes, and every service time the model accepts exports.
 */
final class VolunteerCsvSafetyTest {

  private static final int SEEDS = SeedCount.of(2_000);

  private static VolunteerRecord record(String id, String name, String place, String content, Duration time) {
    return VolunteerRecord.builder().id(VolunteerRecordId.of(id)).volunteer(PersonId.of("zhanbei-volunteer-0001"))
        .activityName(name).activityDate(LocalDate.of(2024, 3, 2)).place(place).content(content).serviceTime(time)
        .organiser(OrganizationId.of("org-zhanbei-volunteers")).personInCharge(PersonId.of("zhanbei-staff-0007"))
        .recordedOn(LocalDate.of(2024, 3, 4)).build();
  }

  private static VolunteerRecord record(String id, String name, String place, String content) {
    return record(id, name, place, content, Duration.ofMinutes(90));
  }

  /** Reads CSV text (RFC 4180, after the byte-order mark) back into rows of fields. */
  private static List<List<String>> parse(String csv) {
    assertThat(csv).startsWith(VolunteerExport.BYTE_ORDER_MARK);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }

  @Test
  void cellsThatBeginLikeAFormulaGetAQuoteInFrontAndAreQuoted() {
    String csv = VolunteerExport.csv(List.of(
        record("vr-1", "=HYPERLINK(\"http://example.com\",\"点我\")", "+cmd|' /C calc'!A0", "-2+3"),
        record("vr-2", "@SUM(1+1)", "\t=1+1", "\r=1+1")));
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点我\"\")\",")
        .contains(",\"'+cmd|' /C calc'!A0\",").contains(",\"'-2+3\",").contains("\"'@SUM(1+1)\"");
    List<List<String>> rows = parse(csv);
    assertThat(rows.get(1).subList(2, 6)).containsExactly("'=HYPERLINK(\"http://example.com\",\"点我\")", "2024-03-02",
        "'+cmd|' /C calc'!A0", "'-2+3");
    assertThat(rows.get(2).subList(2, 6)).containsExactly("'@SUM(1+1)", "2024-03-02", "'\\u0009=1+1", "'\n=1+1");
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(cell).as("cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
            .doesNotStartWith("\t").doesNotStartWith("\r");
        assertThat(cell.startsWith("-") && !cell.matches("-[0-9.]+")).as(cell).isFalse();
      }
    }
  }

  @Test
  void aCellThatIsANegativeNumberStillReadsAsANumber() {
    List<List<String>> rows = parse(VolunteerExport.csv(List.of(record("vr-n", "-12.5", "-3", "正文"))));
    assertThat(rows.get(1).subList(2, 5)).containsExactly("-12.5", "2024-03-02", "-3");
    assertThat(VolunteerExport.csv(List.of(record("vr-n", "-12.5", "-3", "正文")))).contains(",-12.5,2024-03-02,-3,");
  }

  @Test
  void theTextStartsWithAByteOrderMarkSoExcelReadsItAsUtf8() {
    byte[] bytes = VolunteerExport.csv(List.of(record("vr-b", "疫苗接种宣传", "站北社区", "入户宣传"))).getBytes(
        StandardCharsets.UTF_8);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF, 0xE8, 0xAE, 0xB0); // the mark, then 记
  }

  @Test
  void controlsBidirectionalCharactersAndUnpairedSurrogatesShowAsTheirCodes() {
    String hostile = "名\u001B[2J\u0000\u202Eevil\u2066x\u2069\u009B\u2028\uD800尾";
    String csv = VolunteerExport.csv(List.of(record("vr-c", hostile, "地点\r\n二楼\r三楼", hostile)));
    for (char raw : "\u001B\u0000\u202E\u2066\u2069\u009B\u2028".toCharArray()) {
      assertThat(csv.indexOf(raw)).as("U+%04X", (int) raw).isNegative();
    }
    assertThat(csv.chars().anyMatch(c -> Character.isSurrogate((char) c))).isFalse();
    // carriage returns only end records; line breaks in a field are line feeds
    assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    List<List<String>> rows = parse(csv);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(2)).isEqualTo("名\\u001B[2J\\u0000\\u202Eevil\\u2066x\\u2069\\u009B\\u2028\\uD800尾");
    assertThat(rows.get(1).get(4)).isEqualTo("地点\n二楼\n三楼");
  }

  @Test
  void eachEscapedRangeIsEscapedFromItsFirstCharacterToItsLastAndNoFurther() {
    String[][] escapedRangeEnds = {
        {"\u0000", "\u001F"}, {"\u007F", "\u009F"}, {"\u061C"}, {"\u200E", "\u200F"}, {"\u202A", "\u202E"},
        {"\u2066", "\u2069"}, {"\u2028", "\u2029"}};
    String[] kept = {" ", "~", "\u00A0", "\u061B", "\u061D", "\u200D", "\u2010", "\u2027", "\u202F", "\u2065",
        "\u206A"};
    for (String[] range : escapedRangeEnds) {
      for (String c : range) {
        String cell = parse(VolunteerExport.csv(List.of(record("vr-e", "前" + c + "后", "广场", "巡逻")))).get(1).get(2);
        assertThat(cell).as("U+%04X", (int) c.charAt(0))
            .isEqualTo(String.format(Locale.ROOT, "前\\u%04X后", (int) c.charAt(0)));
      }
    }
    for (String c : kept) {
      String cell = parse(VolunteerExport.csv(List.of(record("vr-k", "前" + c + "后", "广场", "巡逻")))).get(1).get(2);
      assertThat(cell).as("U+%04X", (int) c.charAt(0)).isEqualTo("前" + c + "后");
    }
  }

  @Test
  void aSurrogatePairIsKeptAndALoneHalfAtEitherEndIsEscaped() {
    String pair = "\uD83D\uDE00";
    assertThat(parse(VolunteerExport.csv(List.of(record("vr-p", pair + "笑" + pair, "广场", "巡逻")))).get(1).get(2))
        .isEqualTo(pair + "笑" + pair);
    assertThat(parse(VolunteerExport.csv(List.of(record("vr-l", "\uDE00笑\uD83D", "广场", "巡逻")))).get(1).get(2))
        .isEqualTo("\\uDE00笑\\uD83D");
  }

  @Test
  void everyFormulaCharacterAtTheStartIsNeutralisedAndElsewhereIsNot() {
    for (String lead : new String[] {"=", "+", "-", "@"}) {
      List<String> cells = parse(VolunteerExport.csv(List.of(record("vr-f", lead + "1+1", "a" + lead + "b", "巡逻"))))
          .get(1);
      assertThat(cells.get(2)).as(lead).isEqualTo("'" + lead + "1+1");
      assertThat(cells.get(4)).as(lead).isEqualTo("a" + lead + "b");
    }
  }

  @Test
  void anEmptyRegisterExportsTheHeaderAlone() {
    assertThat(VolunteerExport.rows(List.of())).hasSize(1);
    assertThat(parse(VolunteerExport.csv(List.of()))).hasSize(1);
  }

  @Test
  void aRecordOfSixtyOneSecondsExports() {
    List<String> row = VolunteerExport.rows(List.of(record("vr-61", "巡逻", "广场", "巡逻", Duration.ofSeconds(61))))
        .get(1);
    assertThat(row.subList(6, 8)).containsExactly("0.02", "1.02");
    assertThat(VolunteerExport.rows(List.of(record("vr-f", "巡逻", "广场", "巡逻", Duration.ofMillis(1))))
        .get(1).subList(6, 8)).containsExactly("0.00", "0");
    assertThat(VolunteerExport.rows(List.of(record("vr-d", "巡逻", "广场", "巡逻", Duration.ofHours(24))))
        .get(1).subList(6, 8)).containsExactly("24.00", "1440");
  }

  @Test
  void everyServiceTimeTheModelAcceptsExportsAsPlainNumbersCloseToTheTime() {
    long maxNanos = Duration.ofHours(24).toNanos();
    for (int seed = 0; seed < SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      long nanos = switch (seed % 4) {
        case 0 -> 1 + random.nextLong(maxNanos);
        case 1 -> Duration.ofSeconds(1 + random.nextLong(86_400)).toNanos();
        case 2 -> Duration.ofMillis(1 + random.nextLong(86_400_000)).toNanos();
        default -> Duration.ofMinutes(1 + random.nextLong(1_440)).toNanos();
      };
      Duration time = Duration.ofNanos(nanos);
      List<String> row = VolunteerExport.rows(List.of(record("vr-" + seed, "巡逻", "广场", "巡逻", time))).get(1);
      String hours = row.get(6);
      String minutes = row.get(7);
      assertThat(hours).as("seed %d, %s", seed, time).matches("[0-9]{1,2}\\.[0-9]{2}");
      assertThat(minutes).as("seed %d, %s", seed, time).matches("[0-9]{1,4}(\\.[0-9]{1,2})?");
      BigDecimal exactMinutes = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(60_000_000_000L), 12,
          java.math.RoundingMode.HALF_UP);
      assertThat(new BigDecimal(minutes).subtract(exactMinutes).abs()).as("seed %d, %s", seed, time)
          .isLessThanOrEqualTo(new BigDecimal("0.005"));
      assertThat(new BigDecimal(hours).multiply(BigDecimal.valueOf(60)).subtract(exactMinutes).abs())
          .as("seed %d, %s", seed, time).isLessThanOrEqualTo(new BigDecimal("0.3"));
      if (seed % 4 == 3) {
        assertThat(minutes).as("seed %d: whole minutes stay exact", seed).isEqualTo(Long.toString(time.toMinutes()));
      }
      String csv = VolunteerExport.csv(List.of(record("vr-" + seed, "巡逻", "广场", "巡逻", time)));
      assertThat(parse(csv).get(1).subList(6, 8)).as("seed %d", seed).containsExactly(hours, minutes);
    }
  }
}
