package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} finds a file's format in its envelope; every way that can fail is one line
 * naming the file, the JSON Pointer and the rule, like every other format error.
 */
final class FormatDetectionErrorsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final GovernanceCli cli = new GovernanceCli(
      new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir
  Path dir;

  private String validate(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    err.reset();
    // English lines: the rules and pointers are what this test reads; ChineseReportTest reads the default.
    assertThat(cli.run("validate", "--lang", "en", file.toString())).as(name).isEqualTo(GovernanceCli.INVALID);
    String line = err.toString(StandardCharsets.UTF_8);
    assertThat(line.strip().lines()).as(name).hasSize(1);
    assertThat(line).as(name).startsWith("governance: " + file + ": ").doesNotContain("\tat ");
    return line;
  }

  private String validate(String name, String content) throws IOException {
    return validate(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCommentIsAFormatErrorWithItsPointerAndRule() throws IOException {
    assertThat(validate("comment.json", "{\"a\": 1, // 注释\n\"format\": \"" + GovernanceJson.GRID_HIERARCHY_FORMAT + "\"}"))
        .contains(": /a: ").contains("no comments").contains("[well-formed]");
  }

  @Test
  void aFileThatIsNotAnObjectIsAFormatErrorOfTheRoot() throws IOException {
    assertThat(validate("array.json", "[1, 2]")).contains(": /: ").contains("[object]");
  }

  @Test
  void aMissingFormatIsAFormatErrorAtTheFormatPointer() throws IOException {
    assertThat(validate("missing.json", "{\"formatVersion\": 1}")).contains(": /format: ").contains("[required]");
  }

  @Test
  void aFormatThatIsNotAStringIsAFormatErrorAtTheFormatPointer() throws IOException {
    assertThat(validate("number.json", "{\"format\": 1}")).contains(": /format: ").contains("[string]");
  }

  @Test
  void anUnknownFormatIsAFormatErrorAtTheFormatPointer() throws IOException {
    assertThat(validate("odd.json", "{\"format\": \"jiceng-governance/horoscope\"}"))
        .contains(": /format: unknown format 'jiceng-governance/horoscope'").contains("[format-name]");
  }

  @Test
  void aHugeUnknownFormatIsQuotedShort() throws IOException {
    assertThat(validate("huge.json", "{\"format\": \"" + "x".repeat(500_000) + "\"}"))
        .hasSizeLessThan(2_000).contains("500000 characters").contains("[format-name]");
  }

  @Test
  void aFileSavedAsGbkIsRefusedAsNotUtf8() throws IOException {
    byte[] gbk = ("{\"title\": \"白云社区\", \"format\": \"" + GovernanceJson.GRID_HIERARCHY_FORMAT + "\"}")
        .getBytes(Charset.forName("GBK"));
    assertThat(validate("gbk.json", gbk)).contains(": /title: ").contains("not UTF-8").contains("[encoding]");
    err.reset();
    Path file = dir.resolve("gbk.json");
    assertThat(cli.run("validate", file.toString())).isEqualTo(GovernanceCli.INVALID);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("：/title：文件不是 UTF-8 编码").contains("GBK").contains("[encoding]");
  }

  @Test
  void anUnknownPropertyNamedByAnIdentityNumberIsMasked() throws IOException {
    String id = "150622199001010011";
    assertThat(validate("personal.json", "{\"" + id + "\": 1, }")).doesNotContain(id).contains("1***");
  }

  @Test
  void anEmptyFileIsAFormatError() throws IOException {
    assertThat(validate("empty.json", "")).contains("[not-empty]");
  }
}
