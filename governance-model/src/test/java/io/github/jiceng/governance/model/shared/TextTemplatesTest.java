package io.github.jiceng.governance.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTemplatesTest {

  @Test
  void placeholdersAreListedInOrderOfFirstUse() {
    assertThat(TextTemplates.placeholders("{b} then {a} and {b} again, not {Upper} or {}")).containsExactly("b", "a");
  }

  @Test
  void fillsEachPlaceholderAndLeavesOneWithoutAValueAsWritten() {
    Map<String, String> values = Map.of("a", "1", "b", "$2\\");
    assertThat(TextTemplates.fill("{a}+{b}={c}, {Upper}", values::get)).isEqualTo("1+$2\\={c}, {Upper}");
  }

  @Test
  void readsAFileBesideAClassOnceAndAnAbsentOneAsEmpty() {
    Map<String, String> zh = TextTemplates.load(ValidationMessages.class, "validation_zh.properties");
    assertThat(zh).containsKey("range");
    assertThat(TextTemplates.load(ValidationMessages.class, "validation_zh.properties")).isSameAs(zh);
    assertThat(TextTemplates.load(ValidationMessages.class, "absent_zh.properties")).isEmpty();
  }
}
