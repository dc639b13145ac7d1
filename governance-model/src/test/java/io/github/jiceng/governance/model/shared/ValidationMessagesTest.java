package io.github.jiceng.governance.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.code.IdentityNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

  private static DomainValidationException thrown(Runnable call) {
    try {
      call.run();
    } catch (DomainValidationException e) {
      return e;
    }
    throw new AssertionError("nothing was thrown");
  }

  @Test
  void rendersARangeCheckWithItsNumbersInTheCallersLanguage() {
    DomainValidationException e = thrown(() -> DomainChecks.inRange("CheckInPolicy", "radiusMeters", 7000, 1, 5000));

    assertThat(ValidationMessages.of(Locale.SIMPLIFIED_CHINESE).render(e))
        .isEqualTo("CheckInPolicy：radiusMeters 须在 1 至 5000 之间，当前为 7000");
    assertThat(ValidationMessages.of(Locale.forLanguageTag("zh-Hant-TW")).render(e))
        .isEqualTo("CheckInPolicy：radiusMeters 须在 1 至 5000 之间，当前为 7000");
    assertThat(ValidationMessages.of(Locale.UK).render(e))
        .isEqualTo("CheckInPolicy: radiusMeters must be 1 to 5000, was 7000");
  }

  @Test
  void theNumericChecksNameTheirArguments() {
    assertThat(thrown(() -> DomainChecks.positive("S", "f", 0)).violations().get(0).arguments())
        .containsExactly(java.util.Map.entry("value", "0"));
    assertThat(thrown(() -> DomainChecks.notNegative("S", "f", -3)).violations().get(0).arguments())
        .containsEntry("value", "-3");
    assertThat(thrown(() -> DomainChecks.inRange("S", "f", 9, 1, 5)).violations().get(0).arguments())
        .containsExactly(java.util.Map.entry("min", "1"), java.util.Map.entry("max", "5"), java.util.Map.entry("value", "9"));
    assertThat(thrown(() -> DomainChecks.inRange("S", "f", 9, 1, 5)).getMessage())
        .isEqualTo("1 violation:\n  S.f: f must be 1-5, was 9 [range]");
  }

  @Test
  void refusesALanguageItHasNoTextsFor() {
    assertThatThrownBy(() -> ValidationMessages.of(Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr").hasMessageContaining("zh and en");
  }

  @Test
  void anIdentityNumberStaysMaskedInBothLanguages() {
    DomainValidationException e = thrown(() -> IdentityNumber.of("150622199001010012"));

    for (Language language : Language.values()) {
      String text = ValidationMessages.of(language).render(e);
      assertThat(text).contains("1***************12").doesNotContain("150622199001010012");
    }
    assertThat(ValidationMessages.of(Language.ZH).render(e)).contains("校验码");
  }

  @Test
  void fullWidthInputIsNamedInBothLanguages() {
    DomainValidationException e = thrown(() -> IdentityNumber.of("15062219900101〇011"));

    assertThat(ValidationMessages.of(Language.ZH).render(e)).contains("全角字符");
    assertThat(ValidationMessages.of(Language.EN).render(e)).contains("full-width");
  }

  @Test
  void aGeneratedBuildersMissingAttributesNameTheTypeAndTheAttributes() {
    DomainValidationException e = new DomainValidationException(
        "Cannot build Post, some of required attributes are not set [id, kind]");

    assertThat(e.violations().get(0)).extracting(Violation::subject, Violation::field, Violation::rule)
        .containsExactly("Post", "id, kind", "required");
    assertThat(ValidationMessages.of(Language.ZH).render(e)).isEqualTo("Post：缺少必填项 id, kind");
    assertThat(new DomainValidationException("something else").violations().get(0).subject()).isEqualTo("value");
  }

  @Test
  void severalViolationsMakeOneLineWithTheirCount() {
    List<Violation> vs = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      vs.add(new Violation("Roster", "persons", "id-unique", "p-" + i + " twice"));
    }

    String zh = ValidationMessages.of(Language.ZH).render(vs);
    String en = ValidationMessages.of(Language.EN).render(vs.subList(0, 2));

    assertThat(zh).startsWith("共 23 处违规：Roster：persons 中有重复的编号；").endsWith("；另有 3 处").doesNotContain("\n");
    assertThat(en).isEqualTo("2 violations: Roster: persons lists an id more than once; Roster: persons lists an id more than once");
  }

  @Test
  void aRuleWithoutATextRendersAsTheViolationDoes() {
    Violation foreign = new Violation("HostThing", "x", "host-own-rule", "the host's own rule");

    assertThat(ValidationMessages.of(Language.ZH).render(foreign)).isEqualTo("HostThing.x: the host's own rule [host-own-rule]");
  }

  @Test
  void aPlaceholderWithoutAValueStaysAsWritten() {
    Violation bare = new Violation("S", "f", "range", "no numbers");

    assertThat(ValidationMessages.of(Language.EN).render(bare)).isEqualTo("S: f must be {min} to {max}, was {value}");
  }

  @Test
  void argumentsAreNamedQuotedAndNeverReplaceSubjectOrField() {
    Violation v = new Violation("S", "f", "range", "d").with("value", "x".repeat(500));

    assertThat(v.arguments().get("value")).hasSizeLessThanOrEqualTo(Excerpts.LONGEST);
    assertThat(v.toString()).isEqualTo("S.f: d [range]");
    assertThat(v).isEqualTo(new Violation("S", "f", "range", "d").with("value", "x".repeat(500)));
    assertThatThrownBy(() -> v.with("value", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.with("subject", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.with("Bad-Name", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherModulesTextsAreAddedBesideTheModels() {
    ValidationMessages zh = ValidationMessages.of(Language.ZH).including(io.github.jiceng.governance.model.shared.host.HostTexts.class);

    assertThat(zh.template("test-only-rule")).contains("{subject}：仅供测试");
    assertThat(zh.template("range")).isEqualTo(ValidationMessages.of(Language.ZH).template("range"));
    assertThat(ValidationMessages.of(Language.ZH).template("test-only-rule")).isEmpty();
  }
}
