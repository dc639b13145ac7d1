package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks Chinese to a person unless {@code --lang en} is given, to any command:
 * reports, progress, one-line errors and usage errors; the files it writes are the same bytes in
 * either language.
 */
final class LanguageOptionTest {

  @TempDir
  Path dir;

  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;
  private GovernanceCli cli;

  @BeforeEach
  void freshStreams() {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    cli = new GovernanceCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return cli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void simulateSpeaksChineseByDefaultAndEnglishOnRequest() throws IOException {
    assertThat(run("simulate", "synthetic:small", "--days", "60", "--json", dir.resolve("zh.json").toString()))
        .isZero();
    assertThat(out()).startsWith("模拟 small · 种子 1 · 2024年1月1日至2024年2月29日（60天").contains("五项清单：");
    assertThat(err()).contains("模拟第 30/60 天", "模拟第 60/60 天");
    assertThat(run("simulate", "synthetic:small", "--days", "60", "--lang", "en", "--json",
        dir.resolve("en.json").toString())).isZero();
    assertThat(out()).startsWith("Simulation small · seed 1 · 2024-01-01 to 2024-02-29 (60 days");
    assertThat(err()).contains("simulated day 60 of 60");
    // files are for programs: the same bytes whatever the language
    assertThat(Files.readAllBytes(dir.resolve("zh.json"))).isEqualTo(Files.readAllBytes(dir.resolve("en.json")));
  }

  @Test
  void compareSpeaksChineseByDefault() {
    assertThat(run("compare", "synthetic:small", "--days", "20", "--vary", "matching")).isZero();
    assertThat(out()).startsWith("政策比较：small · 种子 1 · 20天").contains("A = optimal（最优匹配）", "B = greedy（贪心匹配）",
        "办结率", "发放积分", "基金支出");
    assertThat(run("compare", "synthetic:small", "--days", "20", "--vary", "matching", "--lang=en")).isZero();
    assertThat(out()).startsWith("Policy comparison on small").contains("A = optimal (optimal matching)",
        "service rate");
  }

  @Test
  void errorsAreOneChineseLineUnlessEnglishIsAskedFor() {
    String missing = dir.resolve("missing.json").toString();
    assertThat(run("validate", missing)).isEqualTo(GovernanceCli.IO);
    assertThat(err()).isEqualTo("governance: " + missing + "：文件不存在\n");
    assertThat(run("validate", missing, "--lang", "en")).isEqualTo(GovernanceCli.IO);
    assertThat(err()).isEqualTo("governance: " + missing + ": no such file\n");
    assertThat(run("simulate", "synthetic:small", "--days", "x")).isEqualTo(GovernanceCli.USAGE);
    assertThat(err()).isEqualTo("governance: --days 需要整数，不是“x”\n");
    assertThat(run("fly")).isEqualTo(GovernanceCli.USAGE);
    assertThat(err()).contains("没有命令“fly”");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    assertThat(run("simulate", "synthetic:small", "--lang", "fr")).isEqualTo(GovernanceCli.USAGE);
    assertThat(err()).isEqualTo("governance: --lang 是 zh、zh-CN 或 en，不是“fr”\n");
    assertThat(run("simulate", "synthetic:small", "--lang", "EN")).isEqualTo(GovernanceCli.USAGE);
    assertThat(err()).isEqualTo("governance: --lang 是 zh、zh-CN 或 en，不是“EN”\n");
  }

  @Test
  void theLanguageTakesTheTagsOfTheOneLanguageType() {
    String missing = dir.resolve("missing.json").toString();
    assertThat(run("validate", missing, "--lang", "zh-CN")).isEqualTo(GovernanceCli.IO);
    String chinese = err();
    assertThat(run("validate", missing, "--lang=zh")).isEqualTo(GovernanceCli.IO);
    assertThat(err()).isEqualTo(chinese).doesNotContain("no such file");
  }
}
