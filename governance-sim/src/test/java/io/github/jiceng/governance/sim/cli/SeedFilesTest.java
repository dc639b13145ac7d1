package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The seed files are valid in their formats and say what the article says. */
final class SeedFilesTest {

  private static GridHierarchy seed() throws IOException {
    try (InputStream in = Files.newInputStream(GovernanceCliTest.SEED)) {
      return GovernanceJson.files().readGridHierarchy(in);
    }
  }

  @Test
  void theBannerHierarchyHoldsThePlacesTheArticleNames() throws IOException {
    GridHierarchy h = seed();
    assertThat(h.scheme()).isEqualTo(LevelSchemes.COUNTY);
    assertThat(h.node(GridId.of("zhanbei")).name()).isEqualTo("站北社区");
    assertThat(h.parent(GridId.of("zhanbei"))).contains(GridId.of("xinglong"));
    assertThat(h.node(GridId.of("xinglong")).name()).isEqualTo("兴隆街道");
    assertThat(h.ancestors(GridId.of("xuemeili"))).containsExactly(
        GridId.of("baiyun"), GridId.of("lantian"), GridId.of("zhungeer"));
    assertThat(h.node(GridId.of("baiyun")).name()).isEqualTo("白云社区");
    assertThat(h.node(GridId.of("lantian")).name()).isEqualTo("蓝天街道");
    assertThat(h.node(GridId.of("xuejiawan")).name()).isEqualTo("薛家湾镇");
    assertThat(h.node(GridId.of("baiyun")).code().orElseThrow().division().digits()).isEqualTo("150622003003");
  }
}
