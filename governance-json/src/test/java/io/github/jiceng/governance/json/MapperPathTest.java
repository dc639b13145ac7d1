package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridId;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading through {@link GovernanceJson#mapper()} (a type nested in the caller's own structure)
 * keeps the promises of the SDK's own readers: model values used as map keys are validated by
 * the same codecs, and a syntax error is a format error that quotes the input masked.
 */
final class MapperPathTest {

  private static final JsonBinding.Mapper MAPPER = Bindings.mapper();

  @Test
  void modelValuesAsMapKeysAreValidatedLikeValues() throws Exception {
    assertThatThrownBy(() -> MAPPER.readMap("{\"123\": 1}", IdentityNumber.class, Integer.class)).isInstanceOf(GovernanceFormatException.class)
        .hasMessageContaining("length-18");
    // a key that looks like an identity number but fails its check character is not shown whole
    assertThatThrownBy(() -> MAPPER.readMap("{\"11010519491231002Y\": 1}", IdentityNumber.class, Integer.class))
        .isInstanceOf(GovernanceFormatException.class).hasMessageNotContaining("11010519491231002");
    assertThatThrownBy(() -> MAPPER.readMap("{\"1391234567x\": 1}", MobileNumber.class, Integer.class))
        .isInstanceOf(GovernanceFormatException.class);
    assertThatThrownBy(() -> MAPPER.readMap("{\"\\u0000\": 1}", PersonName.class, Integer.class))
        .isInstanceOf(GovernanceFormatException.class);
    assertThatThrownBy(() -> MAPPER.readMap("{\"not an id!\": 1}", GridId.class, Integer.class))
        .isInstanceOf(GovernanceFormatException.class);
    Map<GridId, Integer> read = MAPPER.readMap("{\"zhanbei-g01\": 3}", GridId.class, Integer.class);
    assertThat(read).containsEntry(GridId.of("zhanbei-g01"), 3);
  }

  @Test
  void aSyntaxErrorQuotesTheInputMasked() {
    String unquotedMobile = "{\"id\":\"p-1\",\"name\":\"王某甲\",\"mobile\":tel13912345678}";
    assertThatThrownBy(() -> MAPPER.readValue(unquotedMobile, Person.class))
        .isInstanceOf(GovernanceFormatException.class).hasMessageContaining("well-formed")
        .hasMessageNotContaining("13912345678");
    String unquotedName = "{\"id\":\"p-1\",\"name\":张三丰王小明}";
    assertThatThrownBy(() -> MAPPER.readValue(unquotedName, Person.class))
        .isInstanceOf(GovernanceFormatException.class).hasMessageNotContaining("张三丰王小明");
  }
}
