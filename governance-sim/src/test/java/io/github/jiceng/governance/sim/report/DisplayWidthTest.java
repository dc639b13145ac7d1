package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text tables are padded by display width: a Chinese character takes two columns of a terminal,
 * so a column after Chinese and ASCII names starts at the same column on every row.
 */
final class DisplayWidthTest {

  @Test
  void countsWideAndFullwidthCharactersTwiceAndMarksNotAtAll() {
    assertThat(Format.displayWidth("zhanbei")).isEqualTo(7);
    assertThat(Format.displayWidth("站北社区")).isEqualTo(8);
    assertThat(Format.displayWidth("站北（zhanbei）")).isEqualTo(15);
    assertThat(Format.displayWidth("·→")).isEqualTo(2);
    assertThat(Format.displayWidth("e\u0301")).isEqualTo(1);
    assertThat(Format.displayWidth("\uD840\uDC0B")).isEqualTo(2);
    assertThat(Format.displayWidth("한글")).isEqualTo(4);
  }

  @Test
  void padsMixedNamesToTheSameWidth() {
    List<String> names = List.of("站北社区 (zhanbei)", "Baiyun (baiyun)", "南苑 (nanyuan)", "准格尔旗薛家湾镇（xuejiawan）");
    for (String name : names) {
      assertThat(Format.displayWidth(Format.pad(name, 32))).as(name).isEqualTo(32);
      assertThat(Format.displayWidth(Format.padLeft(name, 32))).as(name).isEqualTo(32);
    }
    assertThat(Format.pad("站北社区", 6)).isEqualTo("站北社区");
  }

  @Test
  void theReportsTableOfCommunitiesLinesUpWithChineseAndAsciiNames(@TempDir Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode seed = mapper.readTree(Path.of("..", "seeds", "jungar-banner", "scenario.json").toFile());
    // one community keeps its Chinese name, one gets an ASCII name, one a mix with fullwidth brackets
    List<String> names = new ArrayList<>(List.of("Baiyun community", "南苑（Nanyuan）"));
    for (JsonNode node : seed.get("hierarchy").get("nodes")) {
      if (node.get("level").asText().equals("COMMUNITY") && node.get("id").asText().matches("baiyun|nanyuan")) {
        ((ObjectNode) node).put("name", names.remove(0));
      }
    }
    assertThat(names).isEmpty();
    Path file = dir.resolve("mixed.json");
    mapper.writeValue(file.toFile(), seed);
    // the English report: its column labels are ASCII, so the names alone decide the padding
    String text = TextReport.render(SimulationReport.of(Simulator.run(ScenarioFiles.read(file), 1L, 30,
        SimulationOptions.defaults())), Language.EN);
    List<String> rows = text.lines().dropWhile(l -> !l.startsWith("  per ")).skip(1).takeWhile(l -> l.startsWith("    "))
        .toList();
    assertThat(rows).hasSize(3).anySatisfy(r -> assertThat(r).startsWith("    站北社区 (zhanbei)"))
        .anySatisfy(r -> assertThat(r).startsWith("    Baiyun community (baiyun)"))
        .anySatisfy(r -> assertThat(r).startsWith("    南苑（Nanyuan） (nanyuan)"));
    List<Integer> columns = rows.stream().map(r -> Format.displayWidth(r.substring(0, r.indexOf("demands")))).distinct()
        .toList();
    assertThat(columns).as(String.join("\n", rows)).containsExactly(32);
  }
}
