package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every code of the store's errors and every operation it names has a text in Chinese and in
 * English naming exactly its arguments, no text belongs to nothing, and each error renders in both
 * languages with every placeholder filled and no payload shown. Runs without a database.
 */
class StoreErrorTextsTest {

  private static final Set<String> OPERATION = Set.of("operation");

  @Test
  void everyCodeHasATextInBothLanguagesNamingExactlyItsArguments() {
    List<String> problems = new ArrayList<>();
    Set<String> keys = new TreeSet<>();
    for (StoreErrorCode code : StoreErrorCode.values()) {
      assertThat(code.key()).matches("store\\.[a-z]+(-[a-z]+)*");
      if (!keys.add(code.key())) {
        problems.add(code.key() + " is the key of two codes");
      }
      for (Language language : Language.values()) {
        String template = StoreException.texts(language).get(code.key());
        if (template == null) {
          problems.add(code.key() + " lacks a " + language.tag() + " text");
        } else if (!TextTemplates.placeholders(template).equals(Set.copyOf(code.arguments()))) {
          problems.add(code.key() + " names " + TextTemplates.placeholders(template) + " in " + language.tag()
              + " but carries " + code.arguments());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOperationHasATextInBothLanguagesNamingExactlyItsArguments() {
    List<String> problems = new ArrayList<>();
    for (StoreOperation operation : StoreOperation.values()) {
      for (Language language : Language.values()) {
        String template = StoreException.texts(language).get(operation.textKey());
        if (template == null) {
          problems.add(operation.textKey() + " lacks a " + language.tag() + " text");
        } else if (!TextTemplates.placeholders(template).equals(Set.copyOf(operation.arguments()))) {
          problems.add(operation.textKey() + " names " + TextTemplates.placeholders(template) + " in " + language.tag());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noTextBelongsToNothingAndBothLanguagesHaveTheSameKeys() {
    Set<String> known = new TreeSet<>();
    for (StoreErrorCode code : StoreErrorCode.values()) {
      known.add(code.key());
    }
    for (StoreOperation operation : StoreOperation.values()) {
      known.add(operation.textKey());
    }
    for (Language language : Language.values()) {
      assertThat(StoreException.texts(language).keySet()).as(language.tag()).isEqualTo(known);
    }
  }

  @Test
  void everyErrorRendersInBothLanguagesWithEveryPlaceholderFilled() {
    SQLException down = new SQLTransientConnectionException("connection refused", "08001");
    SQLException broken = new SQLException("check violated", "23514");
    RuntimeException codec = new IllegalArgumentException("payload {\"mobile\":\"13800138000\",\"name\":\"张三\"}");
    List<StoreException> errors = new ArrayList<>();
    for (StoreOperation operation : StoreOperation.values()) {
      Object[] values = new Object[operation.arguments().size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = "id-" + i;
      }
      errors.add(SqlErrors.translate(operation, down, values));
      errors.add(SqlErrors.translate(operation, broken, values));
    }
    errors.add(new ConcurrencyConflictException(Map.of("rule", "tally", "streamId", "acc-1", "attempts", 3), "lost", null));
    errors.add(new IdempotencyKeyReusedException(Map.of("key", "k-1", "recordedRule", "tally", "recordedStreamId", "a",
        "rule", "tally", "streamId", "b"), "reused"));
    errors.add(new StoreException(StoreErrorCode.NO_SEQUENCE_NUMBER, Map.of("rule", "tally"), "none", null));
    errors.add(new StoreException(StoreErrorCode.REFUSAL_UNDECODABLE, Map.of("rule", "tally", "streamId", "acc-1"), "bad",
        codec));
    errors.add(new StoreException(StoreErrorCode.SCHEMA_MISMATCH, Map.of("row", 1, "script", "V1__event_store.sql"), "edited",
        null));
    errors.add(new PersonTamperedException(io.github.jiceng.governance.model.actor.PersonId.of("p-1"), "name",
        new javax.crypto.AEADBadTagException("Tag mismatch")));
    for (StoreErrorCode code : List.of(StoreErrorCode.EVENT_UNDECODABLE, StoreErrorCode.EVENT_DOES_NOT_FOLLOW,
        StoreErrorCode.REPLAY_REFUSED, StoreErrorCode.EVENT_GAP, StoreErrorCode.SNAPSHOT_UNDECODABLE)) {
      errors.add(new EventDecodeException(code, "tally", "acc-1", code == StoreErrorCode.SNAPSHOT_UNDECODABLE ? 0 : 17, 4, 3,
          codec));
    }
    Set<StoreErrorCode> met = new TreeSet<>();
    for (StoreException e : errors) {
      met.add(e.code());
      for (Language language : Language.values()) {
        String text = e.message(language);
        assertThat(text).as("%s in %s", e.code().key(), language.tag())
            .doesNotContain("{", "}", "13800138000", "张三", "mobile")
            .doesNotContain(language == Language.ZH ? "stream" : "事件流");
        if (e.arguments().containsKey("operation")) {
          assertThat(text).doesNotContain(e.arguments().get("operation"));
        }
      }
      assertThat(e.getMessage()).doesNotContain("13800138000", "张三");
    }
    assertThat(met).containsExactlyInAnyOrder(StoreErrorCode.values());
  }

  @Test
  void anOutageReadsAsItsOperationInEachLanguage() {
    StoreException e = SqlErrors.translate(StoreOperation.READ_FUND_FLOWS,
        new SQLTransientConnectionException("refused", "08001"), "fund-1");

    assertThat(e).isInstanceOf(StoreUnavailableException.class);
    assertThat(e.arguments()).containsExactly(Map.entry("operation", "read-fund-flows"), Map.entry("sqlState", "08001"),
        Map.entry("fund", "fund-1"));
    assertThat(e.message(Language.ZH)).isEqualTo("读取共建实践金 fund-1 的收支流水时数据库不可用（SQL 状态 08001）；"
        + "除提交本身被中断外，没有写入任何数据。请待数据库恢复后，用同一幂等键重新发送。");
    assertThat(e.message(Language.EN)).startsWith("The database is unavailable while reading the flows of fund fund-1 "
        + "(SQL state 08001);");
    assertThat(e.getMessage()).isEqualTo("The database is unavailable while reading the flows of fund fund-1 (SQL state 08001)");
  }

  @Test
  void anErrorCarriesExactlyTheArgumentsItsCodeLists() {
    Map<String, Object> missing = new LinkedHashMap<>(Map.of("rule", "tally"));
    assertThatThrownBy(() -> new StoreException(StoreErrorCode.REFUSAL_UNDECODABLE, missing, "bad", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("store.refusal-undecodable");
    assertThatThrownBy(() -> new StoreException(StoreErrorCode.NO_SEQUENCE_NUMBER, Map.of("rule", "t", "extra", 1), "x",
        null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoreException(StoreErrorCode.DATABASE_FAILED, Map.of("operation", "migrate-schema"), "x",
        null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sqlState");
    assertThat(OPERATION).allMatch(StoreErrorCode.UNAVAILABLE.arguments()::contains);
  }

  @Test
  void aLongStreamIdIsQuotedShort() {
    String id = "s".repeat(200);
    StoreException e = new StoreException(StoreErrorCode.REFUSAL_UNDECODABLE, Map.of("rule", "tally", "streamId", id), "bad",
        null);

    assertThat(e.arguments().get("streamId")).startsWith("s".repeat(64)).endsWith("(200 characters)");
    assertThat(e.message(Language.ZH).length()).isLessThan(200);
  }
}
