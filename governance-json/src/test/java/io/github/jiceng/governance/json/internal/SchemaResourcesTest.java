package io.github.jiceng.governance.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schemas are the ones the codecs generate. When a table changes, regenerate them
 * from the module's directory with
 * {@code mvn -pl governance-json -am test -Dtest=SchemaResourcesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgovernance.json.writeSchemas=true}, review the diff and commit it.
 */
final class SchemaResourcesTest {

  private static final Path SOURCES = Path.of("src/main/resources");

  static Iterable<Formats.FileFormat> formats() {
    return Formats.all();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void thePublishedSchemaIsTheGeneratedOne(Formats.FileFormat format) throws IOException {
    byte[] generated = format.generateSchema();
    byte[] published;
    if (Boolean.getBoolean("governance.json.writeSchemas")) {
      Path target = SOURCES.resolve(format.schemaResource());
      Files.createDirectories(target.getParent());
      Files.write(target, generated);
      published = Files.readAllBytes(target);
    } else {
      try (InputStream in = Objects.requireNonNull(
          getClass().getClassLoader().getResourceAsStream(format.schemaResource()), format.schemaResource())) {
        published = in.readAllBytes();
      }
    }
    assertThat(new String(published, UTF_8))
        .as("%s is stale: regenerate it as this test's comment says", format.schemaResource())
        .isEqualTo(new String(generated, UTF_8));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void generatingTwiceGivesTheSameBytes(Formats.FileFormat format) {
    assertThat(format.generateSchema()).isEqualTo(format.generateSchema());
  }
}
