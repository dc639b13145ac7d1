package io.github.jiceng.governance.seeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.Scenario;
import java.io.IOException;
import java.nio.file.Files;
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
    assertThat(new String(Files.readAllBytes(SeedScenario.FILE), UTF_8))
        .as("%s is stale: regenerate it as this test's comment says", SeedScenario.FILE)
        .isEqualTo(new String(built, UTF_8));
  }

  @Test
  void readingTheFileAndWritingItAgainGivesTheSameBytes() throws IOException {
    Scenario read = SeedScenario.read();
    assertThat(new String(SeedScenario.bytes(read), UTF_8)).isEqualTo(Files.readString(SeedScenario.FILE, UTF_8));
    assertThat(SeedScenario.bytes(SeedScenario.scenario(SeedScenario.data(read))))
        .as("every section of the file is in the seed data").isEqualTo(SeedScenario.bytes(read));
  }

  @Test
  void theFileStaysSmall() throws IOException {
    assertThat(Files.size(SeedScenario.FILE)).isLessThan(4L * 1024 * 1024);
  }
}
