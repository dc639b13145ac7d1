/**
 * The SDK's test kit for hosts' test harnesses (测试工具): seeded runs that name the failing seed,
 * seeded generators of every stateful rule's commands (valid and refusable), the contract every
 * stateful rule keeps, AssertJ assertions for decisions and refusals, and the article's fixtures.
 *
 * <h2>Start here 从这里开始</h2>
 *
 * <table>
 *   <caption>Entry points</caption>
 *   <tr><th>need</th><th>start with</th></tr>
 *   <tr><td>run a property over many seeds, the failing seed in the message</td>
 *       <td>{@link io.github.jiceng.governance.testkit.Seeds#forEachSeed}</td></tr>
 *   <tr><td>commands of a feature from a seed: mixed, valid only, refusable with their codes</td>
 *       <td>{@link io.github.jiceng.governance.testkit.Generators}</td></tr>
 *   <tr><td>values the model rejects, per feature, with the field and rule of the rejection</td>
 *       <td>{@link io.github.jiceng.governance.testkit.InvalidValues#of}</td></tr>
 *   <tr><td>check any rule (the SDK's or a host's own {@code Decider}) keeps the one-shape
 *       contract</td><td>{@link io.github.jiceng.governance.testkit.DeciderContract#run}</td></tr>
 *   <tr><td>assert on a decision or a refusal</td>
 *       <td>{@link io.github.jiceng.governance.testkit.GovernanceAssertions#assertThat}</td></tr>
 *   <tr><td>the article's co-building fund of 蓝天街道 and its clues, built through the rules</td>
 *       <td>{@link io.github.jiceng.governance.testkit.ArticleFixtures#lantianFund()}</td></tr>
 * </table>
 */
module io.github.jiceng.governance.testkit {
  requires transitive io.github.jiceng.governance.rules;
  requires transitive org.assertj.core;
  requires org.junit.jupiter.api;

  exports io.github.jiceng.governance.testkit;
}
