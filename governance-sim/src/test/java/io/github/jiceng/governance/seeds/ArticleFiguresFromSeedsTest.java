package io.github.jiceng.governance.seeds;

import io.github.jiceng.governance.json.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.DisplayName;

/**
 * The article's figures follow, by the rules, from the committed seed scenario
 * {@code seeds/jungar-banner/scenario.json} as {@code GovernanceJson.files().readScenario} reads it.
 */
@DisplayName("准格尔旗：文章中的数字（种子文件）")
final class ArticleFiguresFromSeedsTest extends ArticleFigures {

  private final Scenario scenario;
  private final ArticleData data;

  ArticleFiguresFromSeedsTest() {
    try {
      scenario = SeedScenario.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    data = SeedScenario.data(scenario);
  }

  @Override
  ArticleData data() {
    return data;
  }

  /** The file as read, so that the figures come from what the command line reads. */
  @Override
  Scenario scenario() {
    return scenario;
  }
}
