package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GovernanceCliTest {

  static final Path SEED = Path.of("..", "seeds", "jungar-banner", "grid-hierarchy.json");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final GovernanceCli cli = new GovernanceCli(
      new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSeedHierarchyAsATreeWithCodesCountsAndPartitions() {
    assertThat(cli.run("grid", SEED.toString())).isEqualTo(GovernanceCli.OK);
    assertThat(out()).startsWith("网格层级 zhungeer：9个节点，层级方案 county 第1版\n")
        .contains("  准格尔旗 [旗县 COUNTY]  150622000000@2016  下辖：街道 2，社区 2，小区 1，镇 1，村 2\n")
        .contains("      白云社区 [社区 COMMUNITY]  150622003003@2016  下辖：小区 1\n")
        .contains("        雪梅里 [小区 COMPOUND]  150622003003.001@2016\n")
        .contains("  按社区：2个分区，6个节点在分区外\n");
    assertThat(err()).isEmpty();
    out.reset();
    assertThat(cli.run("grid", SEED.toString(), "--lang", "en")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).startsWith("Grid hierarchy zhungeer: 9 nodes, scheme county v1\n")
        .contains("  准格尔旗 [旗县 COUNTY]  150622000000@2016  below: 2 STREET, 2 COMMUNITY, 1 COMPOUND, 1 TOWN, 2 VILLAGE\n")
        .contains("      白云社区 [社区 COMMUNITY]  150622003003@2016  below: 1 COMPOUND\n")
        .contains("  at COMMUNITY: 2 partitions, 6 nodes outside\n");
  }

  @Test
  void theReportIsTheSameEveryTime() {
    cli.run("grid", SEED.toString());
    String first = out();
    out.reset();
    cli.run("grid", SEED.toString());
    assertThat(out()).isEqualTo(first);
  }

  @Test
  void validatesAFile() {
    assertThat(cli.run("validate", SEED.toString())).isEqualTo(GovernanceCli.OK);
    assertThat(out()).startsWith("通过 ").contains("网格层级，共 9 个节点");
  }

  @Test
  void reportsABadFileOnOneLineWithItsPointer(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(SEED).replace("\"parent\": \"lantian\"", "\"parent\": \"nowhere\""));
    assertThat(cli.run("validate", bad.toString())).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).contains("/nodes/4/parent", "parent-exists").doesNotContain("\tat ");
    assertThat(err().strip().lines()).hasSize(1);
  }

  @Test
  void reportsAValidationErrorInChineseUnlessEnglishIsAskedFor(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(SEED).replace("\"parent\": \"lantian\"", "\"parent\": \"nowhere\""));

    assertThat(cli.run("validate", bad.toString())).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).isEqualTo("governance: " + bad + "：/nodes/4/parent：GridNode[baiyun]：上级节点不在网格层级中"
        + " [parent-exists]\n");
    err.reset();
    assertThat(cli.run("validate", "--lang", "en", bad.toString())).isEqualTo(GovernanceCli.INVALID);
    assertThat(err()).isEqualTo("governance: " + bad + ": /nodes/4/parent: GridNode[baiyun]: the parent is not a node"
        + " of the hierarchy [parent-exists]\n");
  }

  @Test
  void reportsMalformedJsonAsInvalid(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("truncated.json");
    Files.writeString(bad, "{\"format\": ");
    assertThat(cli.run("grid", bad.toString())).isEqualTo(GovernanceCli.INVALID);
    assertThat(err().strip().lines()).hasSize(1);
  }

  @Test
  void usageErrorsAndMissingFilesHaveTheirOwnExitCodes() {
    assertThat(cli.run()).isEqualTo(GovernanceCli.USAGE);
    assertThat(cli.run("fly")).isEqualTo(GovernanceCli.USAGE);
    assertThat(cli.run("grid")).isEqualTo(GovernanceCli.USAGE);
    assertThat(cli.run("grid", "no-such-file.json")).isEqualTo(GovernanceCli.IO);
    assertThat(err()).contains("没有命令“fly”", "文件不存在");
    assertThat(cli.run("help")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).startsWith("用法：governance").contains("  simulate SCENARIO", "退出码：");
    out.reset();
    assertThat(cli.run("help", "--lang", "en")).isEqualTo(GovernanceCli.OK);
    assertThat(out()).isEqualTo(GovernanceCli.HELP_TEXT).startsWith("usage: governance")
        .contains("  simulate SCENARIO [--seed N]", "exit codes: 0 ok");
  }
}
