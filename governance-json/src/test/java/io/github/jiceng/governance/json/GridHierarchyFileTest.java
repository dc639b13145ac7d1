package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

final class GridHierarchyFileTest {

  private static final GridCode BAIYUN = GridCode.of(DivisionCode.of("150622003003", 2023));

  private static GridNode node(String id, String level, String parent, String name, GridCode code) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(name).code(Optional.ofNullable(code)).build();
  }

  private static GridHierarchy sample() {
    return GridHierarchy.of(LevelSchemes.URBAN, List.of(
        node("lantian", "STREET", null, "蓝天街道", GridCode.of(DivisionCode.of("150622003", 2023))),
        node("baiyun", "COMMUNITY", "lantian", "白云社区", BAIYUN),
        node("baiyun-g1", "GRID", "baiyun", "第一网格", BAIYUN.child(1, 2)),
        node("xuemeili", "COMPOUND", "baiyun-g1", "雪梅里", BAIYUN.child(1, 2).child(1, 3))));
  }

  private static byte[] write(GridHierarchy h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bindings.files().writeGridHierarchy(h, out);
    return out.toByteArray();
  }

  private static GridHierarchy read(byte[] bytes) throws IOException {
    return Bindings.files().readGridHierarchy(new ByteArrayInputStream(bytes));
  }

  /** Writes the sample, edits its tree, and reads it back expecting a format error. */
  private static GovernanceFormatException broken(Consumer<ObjectNode> edit) throws IOException {
    ObjectMapper plain = new ObjectMapper();
    ObjectNode tree = (ObjectNode) plain.readTree(write(sample()));
    edit.accept(tree);
    byte[] bytes = plain.writeValueAsBytes(tree);
    return org.junit.jupiter.api.Assertions.assertThrows(GovernanceFormatException.class, () -> read(bytes));
  }

  @Test
  void writesThenReadsTheSameHierarchyByteForByte() throws IOException {
    byte[] first = write(sample());
    GridHierarchy back = read(first);
    assertThat(back.nodes()).isEqualTo(sample().nodes());
    assertThat(back.scheme()).isEqualTo(LevelSchemes.URBAN);
    assertThat(write(back)).isEqualTo(first);
    assertThat(new String(first, UTF_8)).contains("\"code\": \"150622003003.01@2023\"", "\"coding\": \"sequence:2\"");
  }

  @Test
  void roundTripsEveryShippedScheme() throws IOException {
    for (LevelScheme scheme : List.of(LevelSchemes.URBAN, LevelSchemes.RURAL, LevelSchemes.COUNTY,
        LevelSchemes.URBAN_PARTY, LevelSchemes.RURAL_PARTY, LevelSchemes.COUNTY_PARTY)) {
      String json = Bindings.mapper().writeValueAsString(scheme);
      assertThat(Bindings.mapper().readValue(json, LevelScheme.class)).isEqualTo(scheme);
    }
  }

  @Test
  void bindsValueTypesThroughTheMapper() throws IOException {
    JsonBinding.Mapper m = Bindings.mapper();
    assertThat(m.writeValueAsString(Money.ofFen(360_000_00))).isEqualToIgnoringWhitespace("{\"fen\":36000000,\"currency\":\"CNY\"}");
    assertThat(m.readValue("{\"fen\": -5, \"currency\": \"CNY\"}", Money.class)).isEqualTo(Money.ofFen(-5));
    assertThat(m.readValue("\"150622003003.01@2023\"", GridCode.class)).isEqualTo(BAIYUN.child(1, 2));
    assertThat(m.readValue("\"150622003003@2023\"", DivisionCode.class)).isEqualTo(BAIYUN.division());
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> m.readValue("{\"fen\": 1, \"currency\": \"USD\"}", Money.class))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/currency"));
  }

  @Test
  void theModuleIsFoundThroughTheServiceLoaderWithARealVersion() {
    ObjectMapper m = new ObjectMapper().findAndRegisterModules();
    assertThat(m.getRegisteredModuleIds()).contains(GovernanceJsonModule.NAME);
    GovernanceJsonModule module = new GovernanceJsonModule();
    assertThat(module.getModuleName()).isEqualTo("io.github.jiceng.governance.json");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getArtifactId()).isEqualTo("governance-json");
  }

  @Test
  void rejectsUnknownProperties() throws IOException {
    GovernanceFormatException e = broken(t -> ((ObjectNode) t.withArray("nodes").get(1)).put("colour", "red"));
    assertThat(e.pointer()).isEqualTo("/nodes/1/colour");
    assertThat(e.rule()).isEqualTo("known-property");
  }

  @Test
  void rejectsMissingAndMistypedProperties() throws IOException {
    GovernanceFormatException missing = broken(t -> ((ObjectNode) t.withArray("nodes").get(2)).remove("name"));
    assertThat(missing.pointer()).isEqualTo("/nodes/2/name");
    assertThat(missing.rule()).isEqualTo("required");
    GovernanceFormatException mistyped = broken(t -> ((ObjectNode) t.withArray("nodes").get(2)).put("level", 3));
    assertThat(mistyped.pointer()).isEqualTo("/nodes/2/level");
    assertThat(mistyped.rule()).isEqualTo("string");
    GovernanceFormatException notArray = broken(t -> t.put("nodes", "none"));
    assertThat(notArray.pointer()).isEqualTo("/nodes");
  }

  @Test
  void rejectsInvalidCodesAtTheirNode() throws IOException {
    GovernanceFormatException e = broken(t -> ((ObjectNode) t.withArray("nodes").get(1)).put("code", "150600003003@2023"));
    assertThat(e.pointer()).isEqualTo("/nodes/1/code");
    assertThat(e.rule()).isEqualTo("no-orphan-segment");
  }

  @Test
  void rejectsAnotherFormatOrVersion() throws IOException {
    assertThat(broken(t -> t.put("formatVersion", 2)).rule()).isEqualTo("format-version-supported");
    assertThat(broken(t -> t.put("format", "something-else")).rule()).isEqualTo("format-name");
    assertThat(broken(t -> t.remove("format")).rule()).isEqualTo("required");
  }

  @Test
  void pointsHierarchyViolationsAtTheirNodes() throws IOException {
    GovernanceFormatException e = broken(t -> {
      ArrayNode nodes = t.withArray("nodes");
      ((ObjectNode) nodes.get(3)).put("parent", "nowhere");
      ((ObjectNode) nodes.get(2)).put("level", "BUILDING");
    });
    assertThat(e.pointer()).as("the first violation found").isEqualTo("/nodes/3/parent");
    assertThat(e.rule()).isEqualTo("parent-exists");
    assertThat(e.getMessage()).contains("/nodes/2/level", "level-under-parent");
  }

  @Test
  void rejectsDuplicateKeysDeepNestingAndTrailingGarbage() {
    String dup = "{\"format\":\"jiceng-governance/grid-hierarchy\",\"format\":\"jiceng-governance/grid-hierarchy\"}";
    assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(() -> read(dup.getBytes(UTF_8)))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/format"))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("unique-property"));
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(() -> read(deep.getBytes(UTF_8)))
        .as("read token by token, the file fails at its first token, long before its depth")
        .satisfies(e -> assertThat(e.rule()).isEqualTo("object"));
    String trailing = new String(assertDoesNotThrow(() -> write(sample())), UTF_8) + "{}";
    assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(() -> read(trailing.getBytes(UTF_8)))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("single-value"));
    assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(() -> read(new byte[0]))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("not-empty"));
  }
}
