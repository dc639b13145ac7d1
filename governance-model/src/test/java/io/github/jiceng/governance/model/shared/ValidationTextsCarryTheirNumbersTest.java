package io.github.jiceng.governance.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.volunteer.CalendarYears;
import io.github.jiceng.governance.model.volunteer.HolidayPeriod;
import io.github.jiceng.governance.model.volunteer.OutsideCalendarYearsException;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A validation error about a limit, a length, a range or a form says its numbers and the expected
 * form in Chinese as in English, from the arguments its violation carries, and never shows a
 * personal value unmasked.
 */
class ValidationTextsCarryTheirNumbersTest {

  private static String zh(DomainValidationException e) {
    return ValidationMessages.of(Language.ZH).render(e);
  }

  private static String en(DomainValidationException e) {
    return ValidationMessages.of(Language.EN).render(e);
  }

  @Test
  void aTooLongNameSaysTheLimitAndTheLength() {
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> new HolidayPeriod("节".repeat(41), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7)));

    assertThat(e.violations().get(0).arguments()).containsEntry("max", "40").containsEntry("length", "41");
    assertThat(zh(e)).isEqualTo("HolidayPeriod：名称不能为空，且不能超过 40 个字（当前 41 个字）");
    assertThat(en(e)).isEqualTo("HolidayPeriod: the name is 1 to 40 characters and not blank, was 41");
  }

  @Test
  void anIdentityNumberOfTheWrongLengthSaysHowLongItWasAndStaysMasked() {
    String typed = "15062219900101001";
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> IdentityNumber.of(typed));

    assertThat(e.violations().get(0).rule()).isEqualTo("length-18");
    assertThat(zh(e)).endsWith("：号码须为 18 位，当前为 17 位").doesNotContain(typed);
    assertThat(en(e)).endsWith(": the code is 18 characters, was 17").doesNotContain(typed);
  }

  @Test
  void aWrongCheckCharacterNamesTheStandardButNeverTheExpectedCharacterOfAPerson() {
    DomainValidationException id = assertThrows(DomainValidationException.class,
        () -> IdentityNumber.of("150622199001010012"));

    assertThat(id.violations().get(0).arguments()).containsOnlyKeys("standard");
    assertThat(zh(id)).contains("校验码与前 17 位不符（按 GB 11643-1999, ISO 7064 MOD 11-2 计算）")
        .doesNotContain("150622199001010012");

    DomainValidationException org = assertThrows(DomainValidationException.class,
        () -> CreditCode.of("911522010783711351"));

    assertThat(org.violations().get(0).arguments()).containsEntry("standard", "GB 32100-2015")
        .containsEntry("value", "1").containsEntry("expected", "X");
    assertThat(zh(org)).contains("按 GB 32100-2015 计算");
  }

  @Test
  void aCreditCodesRegistrationAuthorityNamesTheAllowedCodes() {
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> CreditCode.of("B1152201078371135X"));

    assertThat(zh(e)).contains("第 1 位须为登记管理部门代码（123456789ANY 之一），当前为 B");
  }

  @Test
  void aFullWidthCharacterIsNamedByItsPositionNotByTheNumber() {
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> MobileNumber.of("1380013〇000"));

    assertThat(zh(e)).endsWith("value 第 8 位是全角字符或其他非 ASCII 字符，请改用半角数字和字母").doesNotContain("1380013");
    assertThat(en(e)).contains("at position 8").doesNotContain("1380013");
  }

  @Test
  void aMalformedKeyShowsItselfAndTheExpectedForm() {
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> PostKind.of("grid head"));

    assertThat(zh(e)).endsWith("：代码“grid head”格式不对，应符合 [A-Z][A-Z0-9_]{0,63}");
    assertThat(en(e)).endsWith(": the key 'grid head' does not have the form [A-Z][A-Z0-9_]{0,63}");
  }

  @Test
  void aDayOutsideTheCalendarsYearsSaysTheDayAndTheYearsCovered() {
    WorkingCalendar china = WorkingCalendars.mainlandChina();
    CalendarYears years = china.years().orElseThrow();
    LocalDate outside = LocalDate.of(years.first() - 1, 12, 31);
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> china.isWorkingDay(outside));

    assertThat(e).isInstanceOf(OutsideCalendarYearsException.class);
    assertThat(zh(e)).isEqualTo("WorkingCalendar：" + outside + " 不在工作日历收录的 " + years.first() + "–" + years.last()
        + " 年之内，请补充该年的国务院办公厅放假通知");
    assertThat(en(e)).startsWith("WorkingCalendar: " + outside + " is outside the years " + years.first() + " to "
        + years.last());
  }

  @Test
  void aNegativeAmountSaysTheValueFound() {
    DomainValidationException e = assertThrows(DomainValidationException.class,
        () -> io.github.jiceng.governance.model.points.Points.of(-3).requireNonNegative("balance"));

    assertThat(zh(e)).isEqualTo("Points：balance 不能为负数，当前为 -3");
    assertThat(en(e)).isEqualTo("Points: balance must not be negative, was -3");
  }
}
