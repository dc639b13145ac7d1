package io.github.jiceng.governance.seeds;

import org.junit.jupiter.api.DisplayName;

/** The article's figures follow from the scenario as {@link ArticleScenario} builds it. */
@DisplayName("准格尔旗：文章中的数字（构建器）")
final class ArticleFiguresFromBuilderTest extends ArticleFigures {

  private final ArticleData data = ArticleScenario.build();

  @Override
  ArticleData data() {
    return data;
  }
}
