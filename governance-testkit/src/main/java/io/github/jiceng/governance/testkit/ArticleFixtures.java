package io.github.jiceng.governance.testkit;

/**
 * The source article's stories as fixtures (文章夹具), built through the public rules so that a
 * test starts from the article's figures instead of its own copy of them. The SDK's tests derive
 * the figures the article reports from these fixtures, and the seed scenario is built on them.
 *
 * <pre>{@code
 * LantianFund lantian = ArticleFixtures.lantianFund();
 * TransparencyReport report = TransparencyReports.of(lantian.book(),
 *     Interval.of(LantianFund.FUND.launchedAt(), LantianFund.AS_OF));
 * }</pre>
 */
public final class ArticleFixtures {

  private ArticleFixtures() {}

  /**
   * The co-building fund of 蓝天街道 and its communities' clues, from its launch on 2021-06-09 to
   * the end of 2023, with the seed scenario's contractors and volunteer team ({@link
   * LantianFund.Cast#seed()}).
   *
   * @return the fixture, equal on every call
   */
  public static LantianFund lantianFund() {
    return LantianFund.build(LantianFund.Cast.seed());
  }

  /**
   * The co-building fund of 蓝天街道 with the contractors and volunteer team of a host's roster.
   *
   * @param cast the organizations the fund's payments name
   * @return the fixture
   */
  public static LantianFund lantianFund(LantianFund.Cast cast) {
    return LantianFund.build(cast);
  }
}
