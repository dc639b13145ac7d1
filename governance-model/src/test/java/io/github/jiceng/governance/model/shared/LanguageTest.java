package io.github.jiceng.governance.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one language type: Chinese for zh-CN and English, parsed strictly from a tag, mapped from a
 * locale, and refused with a validation error that names the value in both languages.
 */
class LanguageTest {

  @Test
  void parsesExactlyTheThreeTags() {
    assertThat(Language.parse("zh")).isEqualTo(Language.ZH);
    assertThat(Language.parse("zh-CN")).isEqualTo(Language.ZH);
    assertThat(Language.parse("en")).isEqualTo(Language.EN);
  }

  @Test
  void refusesEveryOtherTagNamingIt() {
    for (String other : List.of("", "fr", "EN", "ZH", "zh-cn", "zh_CN", " zh", "zh ", "zh-TW", "zh-Hans", "en-US", "english")) {
      assertThatThrownBy(() -> Language.parse(other)).as(other)
          .isInstanceOfSatisfying(DomainValidationException.class, e -> {
            Violation v = e.violations().get(0);
            assertThat(v.rule()).isEqualTo("language");
            assertThat(v.field()).isEqualTo("tag");
            assertThat(v.arguments()).containsEntry("value", other).containsEntry("expected", "zh, zh-CN, en");
          });
    }
  }

  @Test
  void aHugeTagIsQuotedShort() {
    String huge = "x".repeat(100_000);
    assertThatThrownBy(() -> Language.parse(huge))
        .isInstanceOfSatisfying(DomainValidationException.class, e -> {
          assertThat(e.getMessage().length()).isLessThan(400);
          assertThat(e.violations().get(0).arguments().get("value")).hasSizeLessThanOrEqualTo(Excerpts.LONGEST);
        });
  }

  @Test
  void theRefusalRendersInBothLanguagesWithTheValue() {
    DomainValidationException e = org.junit.jupiter.api.Assertions.assertThrows(DomainValidationException.class,
        () -> Language.parse("fr"));

    assertThat(ValidationMessages.of(Language.ZH).render(e)).isEqualTo("Language：语言只能是 zh, zh-CN, en，不能是 fr");
    assertThat(ValidationMessages.of(Language.EN).render(e)).isEqualTo("Language: texts exist in zh, zh-CN, en, not in fr");
  }

  @Test
  void eachLanguageHasItsLocaleAndTag() {
    assertThat(Language.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Language.ZH.locale().toLanguageTag()).isEqualTo("zh-CN");
    assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Language.ZH.tag()).isEqualTo("zh");
    assertThat(Language.EN.tag()).isEqualTo("en");
    for (Language language : Language.values()) {
      assertThat(Language.parse(language.locale().toLanguageTag())).isEqualTo(language);
      assertThat(Language.of(language.locale())).isEqualTo(language);
    }
  }

  @Test
  void aLocaleGivesItsLanguageWhateverItsCountryOrScript() {
    assertThat(Language.of(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo(Language.ZH);
    assertThat(Language.of(Locale.UK)).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.of(Locale.FRENCH)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("fr").hasMessageContaining("zh and en");
  }
}
