package io.github.jiceng.governance.seeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed seed scenario is the one {@link ArticleScenario} builds. After changing the
 * builder, regenerate the file from the repository root with
 * {@code mvn -B -q -pl governance-sim -am test -Dtest=ScenarioFileTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgovernance.seeds.write=true}, review the diff and commit it.
 */
final class ScenarioFileTest {

  private static final String WRITE = "governance.seeds.write";

  @Test
  void theCommittedFileIsTheOneTheBuilderWrites() throws IOException {
    byte[] built = SeedScenario.bytes(SeedScenario.scenario(ArticleScenario.build()));
    if (Boolean.getBoolean(WRITE)) {
      Files.write(SeedScenario.FILE, built);
    }
    List<String> committed = Files.readAllLines(SeedScenario.FILE, UTF_8);
    List<String> expected = new String(built, UTF_8).lines().toList();
    int line = 0;
    while (line < committed.size() && line < expected.size() && committed.get(line).equals(expected.get(line))) {
      line++;
    }
    String at = line < expected.size() ? expected.get(line).strip() : "(end of file)";
    assertThat(line).as("%s is stale from line %d on (the builder writes '%s'): regenerate it as this test's "
        + "comment says", SeedScenario.FILE, line + 1, at).isEqualTo(Math.max(committed.size(), expected.size()));
    assertThat(Files.readAllBytes(SeedScenario.FILE)).isEqualTo(built);
  }

  @Test
  void readingTheFileAndWritingItAgainGivesTheSameBytes() throws IOException {
    Scenario read = SeedScenario.read();
    assertThat(SeedScenario.bytes(read)).as("rewritten").isEqualTo(Files.readAllBytes(SeedScenario.FILE));
    assertThat(SeedScenario.bytes(SeedScenario.scenario(SeedScenario.data(read))))
        .as("every section of the file is in the seed data").isEqualTo(SeedScenario.bytes(read));
  }

  @Test
  void theFileStaysSmall() throws IOException {
    assertThat(Files.size(SeedScenario.FILE)).isLessThan(4L * 1024 * 1024);
  }
}
