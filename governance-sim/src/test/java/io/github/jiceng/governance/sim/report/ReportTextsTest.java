package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.OutflowGroup;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.sim.model.EventKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The two languages' text tables say the same things, every constant a person may see has a
 * label in both, and dates, periods, amounts and durations are written as each language's
 * reader expects, whatever the JVM's default locale.
 */
final class ReportTextsTest {

  @Test
  void bothTablesHaveTheSameKeys() {
    assertThat(ReportTexts.of(Language.ZH).keys()).isNotEmpty().isEqualTo(ReportTexts.of(Language.EN).keys());
  }

  @Test
  void everyConstantAReportShowsHasALabelInBothLanguages() {
    List<Enum<?>> constants = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(EventKind.class, ClueStatus.class, ImplementationMode.class,
        Channel.class, ProposalState.class, MatchingMode.class, DonationChannel.class, DonorKind.class,
        OutflowGroup.class, OutflowCategory.class)) {
      constants.addAll(List.of(type.getEnumConstants()));
    }
    for (Language language : Language.values()) {
      ReportTexts lang = ReportTexts.of(language);
      for (Enum<?> c : constants) {
        assertThat(lang.label(c)).as("%s label of %s", lang, c).isNotBlank().isNotEqualTo(c.name());
      }
    }
    assertThat(ReportTexts.of(Language.ZH).label(EventKind.DEMAND_SUBMITTED)).isEqualTo("群众点单");
    assertThat(ReportTexts.of(Language.ZH).label(ProposalState.CLOSED)).isEqualTo(ProposalState.CLOSED.chinese());
    assertThat(ReportTexts.of(Language.ZH).label(OutflowCategory.ELDERLY)).isEqualTo(OutflowCategory.ELDERLY.chinese());
  }

  @Test
  void chineseDatesReadAsAChineseReaderWritesThemAndEnglishOnesAreIso() {
    LocalDate d = LocalDate.of(2024, 12, 29);
    assertThat(ReportTexts.of(Language.ZH).date(d)).isEqualTo("2024年12月29日");
    assertThat(ReportTexts.of(Language.ZH).date(LocalDate.of(2026, 1, 1))).isEqualTo("2026年1月1日");
    assertThat(ReportTexts.of(Language.EN).date(d)).isEqualTo("2024-12-29");
    assertThat(ReportTexts.of(Language.ZH).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo("2026年1月1日至2026年12月31日");
    assertThat(ReportTexts.of(Language.EN).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo("2026-01-01 to 2026-12-31");
  }

  @Test
  void amountsAndDurationsAreWrittenInTheLanguage() {
    assertThat(ReportTexts.of(Language.ZH).money(Money.ofFen(123_456_789))).isEqualTo("1,234,567.89元");
    assertThat(ReportTexts.of(Language.ZH).money(Money.ofFen(-5))).isEqualTo("-0.05元");
    assertThat(ReportTexts.of(Language.EN).money(Money.ofFen(123_456_789))).isEqualTo("CNY 1234567.89");
    assertThat(ReportTexts.of(Language.ZH).minutes(1570)).isEqualTo("1天2小时10分钟");
    assertThat(ReportTexts.of(Language.EN).minutes(1570)).isEqualTo("1 d 2 h 10 min");
    assertThat(ReportTexts.of(Language.ZH).minutes(5)).isEqualTo("5分钟");
  }

  @Test
  void argumentsArePutInByTheirNumberEvenPastNine() {
    assertThat(ReportTexts.of(Language.ZH).text("html.fiveLists.summary", "a", "b", "c", 3, 4, 5, 6, 7, "w", 9, 10))
        .contains("资源 9项，项目 10个").doesNotContain("{");
    assertThatThrownBy(() -> ReportTexts.of(Language.ZH).text("no.such.key")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void eachLanguageHasItsOwnTextsKeyedByTheOneLanguageType() {
    for (Language language : Language.values()) {
      assertThat(ReportTexts.of(language).language()).isSameAs(language);
      assertThat(ReportTexts.of(language).tag()).isEqualTo(language.tag());
    }
    assertThat(ReportTexts.of(Language.parse("zh-CN"))).isSameAs(ReportTexts.of(Language.ZH));
    assertThat(ReportTexts.of(Language.EN).text("report.events", 3)).isEqualTo("Events: 3");
    assertThat(ReportTexts.of(Language.ZH).text("report.events", 3)).isNotEqualTo("Events: 3");
    assertThatThrownBy(() -> ReportTexts.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theDefaultLocaleChangesNothing() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(ReportTexts.of(Language.ZH).date(LocalDate.of(2024, 12, 29))).isEqualTo("2024年12月29日");
      assertThat(ReportTexts.of(Language.ZH).money(Money.ofFen(123_456))).isEqualTo("1,234.56元");
      assertThat(ReportTexts.of(Language.EN).text("report.events", 12)).isEqualTo("Events: 12");
    } finally {
      Locale.setDefault(before);
    }
  }
}
