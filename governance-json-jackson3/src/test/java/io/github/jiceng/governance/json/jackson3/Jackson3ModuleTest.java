package io.github.jiceng.governance.json.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.money.Money;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Jackson 3 host (Spring Boot 4's mapper) sees: the module found by the service loader
 * with its real name and version, the model's values written whole by a mapper with only the
 * module added, and a bad value refused with Jackson 3's own kind of error carrying the pointer
 * and rule.
 */
final class Jackson3ModuleTest {

  private static final JsonMapper PLAIN_WITH_MODULE = JsonMapper.builder().addModule(new GovernanceJackson3Module())
      .build();

  private static GridHierarchy hierarchy() {
    GridCode baiyun = GridCode.of(DivisionCode.of("150622003003", 2023));
    return GridHierarchy.of(LevelSchemes.URBAN, List.of(
        GridNode.builder().id(GridId.of("lantian")).level("STREET").name("蓝天街道")
            .code(Optional.of(GridCode.of(DivisionCode.of("150622003", 2023)))).build(),
        GridNode.builder().id(GridId.of("baiyun")).level("COMMUNITY").parent(Optional.of(GridId.of("lantian")))
            .name("白云社区").code(Optional.of(baiyun)).build()));
  }

  @Test
  void theServiceLoaderFindsTheModuleWithItsNameAndARealVersion() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).extracting(JacksonModule::getModuleName)
        .contains(GovernanceJackson3Module.NAME);
    GovernanceJackson3Module module = new GovernanceJackson3Module();
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getArtifactId()).isEqualTo("governance-json-jackson3");
  }

  @Test
  void aMapperWithOnlyTheModuleWritesMoneyWithItsAmount() {
    String json = PLAIN_WITH_MODULE.writeValueAsString(Money.ofFen(12345));
    assertThat(json).isEqualToIgnoringWhitespace("{\"fen\":12345,\"currency\":\"CNY\"}");
    assertThat(PLAIN_WITH_MODULE.readValue(json, Money.class)).isEqualTo(Money.ofFen(12345));
  }

  @Test
  void aMapperWithOnlyTheModuleWritesAHierarchyWhole() {
    byte[] json = PLAIN_WITH_MODULE.writeValueAsBytes(hierarchy());
    assertThat(new String(json, UTF_8)).contains("\"nodes\"", "\"baiyun\"", "150622003003@2023");
    GridHierarchy back = PLAIN_WITH_MODULE.readValue(json, GridHierarchy.class);
    assertThat(back.nodes()).isEqualTo(hierarchy().nodes());
    assertThat(PLAIN_WITH_MODULE.writeValueAsBytes(back)).isEqualTo(json);
  }

  @Test
  void aBadValueFailsWithADatabindExceptionThatCarriesThePointerAndRule() {
    assertThatExceptionOfType(GovernanceDatabindException.class)
        .isThrownBy(() -> PLAIN_WITH_MODULE.readValue("{\"fen\": 1, \"currency\": \"USD\"}", Money.class))
        .isInstanceOf(DatabindException.class)
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/currency"))
        .satisfies(e -> assertThat(e.formatError().pointer()).isEqualTo("/currency"))
        .satisfies(e -> assertThat(e.getOriginalMessage()).isEqualTo(e.formatError().getOriginalMessage()));
  }

  @Test
  void aPersonalValueInABadValueIsMaskedInTheError() {
    String json = "{\"id\": \"p-1\", \"name\": \"王某甲\", \"mobile\": \"1391234567x\"}";
    assertThatExceptionOfType(GovernanceDatabindException.class)
        .isThrownBy(() -> GovernanceJackson3.mapper().readValue(json,
            io.github.jiceng.governance.model.actor.Person.class))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1391234567"))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/mobile"));
  }

  @Test
  void theModuleExportsOnlyItsApiAndProvidesItsJacksonModule() throws URISyntaxException {
    Path location = Path.of(GovernanceJackson3.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor d = ModuleFinder.of(location).findAll().stream().findFirst().orElseThrow().descriptor();
    assertThat(d.name()).isEqualTo("io.github.jiceng.governance.json.jackson3");
    assertThat(d.isAutomatic()).isFalse();
    assertThat(d.exports()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("io.github.jiceng.governance.json.jackson3");
      assertThat(e.isQualified()).isFalse();
    });
    assertThat(d.packages()).contains("io.github.jiceng.governance.json.jackson3.internal");
    assertThat(d.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(JacksonModule.class.getName());
      assertThat(p.providers()).containsExactly(GovernanceJackson3Module.class.getName());
    });
    assertThat(d.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.github.jiceng.governance.json", "tools.jackson.databind");
  }
}
