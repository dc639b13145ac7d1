package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Formats;
import io.github.jiceng.governance.json.internal.Jackson2Syntax;
import io.github.jiceng.governance.json.internal.Syntax;
import io.github.jiceng.governance.json.jackson3.GovernanceJackson3;
import io.github.jiceng.governance.json.jackson3.internal.Jackson3Syntax;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2 and Jackson 3 side by side, over the same inputs: every file is written to the same
 * bytes, every bound type to the same JSON, and every damaged file fails with the same pointer and
 * rule through both, and with the same message unless the parser itself reported it.
 */
final class BothBindingsAgreeTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  private static Formats.FileFormat formatNamed(String name) {
    return Formats.all().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no format " + name));
  }

  private static String formatOf(byte[] file) {
    return Mutations.tree(file).get("format").textValue();
  }

  @SuppressWarnings("unchecked")
  private static byte[] rewrite(Syntax syntax, Object value, Codec<?> codec) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.write(syntax, value, (Codec<Object>) codec, out);
    return out.toByteArray();
  }

  @Test
  void everyValidFileIsWrittenToTheSameBytesThroughBoth() throws IOException {
    Map<String, byte[]> files = BadInputCorpusTest.validFiles();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Codec<?> codec = formatNamed(formatOf(file.getValue())).codec();
      Object two = Documents.read(Jackson2Syntax.INSTANCE, new ByteArrayInputStream(file.getValue()), codec);
      Object three = Documents.read(Jackson3Syntax.INSTANCE, new ByteArrayInputStream(file.getValue()), codec);
      byte[] written = rewrite(Jackson2Syntax.INSTANCE, two, codec);
      assertThat(rewrite(Jackson3Syntax.INSTANCE, three, codec)).as(file.getKey()).isEqualTo(written);
      assertThat(rewrite(Jackson3Syntax.INSTANCE, two, codec)).as(file.getKey()).isEqualTo(written);
      assertThat(written).as("%s, as it was", file.getKey()).isEqualTo(file.getValue());
    }
    assertThat(files).hasSizeGreaterThan(10);
  }

  @Test
  void everyDamagedFileFailsTheSameThroughBoth() throws IOException {
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : BadInputCorpusTest.validFiles().entrySet()) {
      String format = formatOf(file.getValue());
      List<Mutations.Mutant> mutants = new ArrayList<>(Mutations.of(file.getValue()));
      mutants.addAll(Mutations.notDocuments());
      for (Mutations.Mutant m : mutants) {
        String two = outcome(GovernanceJson.files(), format, m.bytes());
        String three = outcome(GovernanceJackson3.files(), format, m.bytes());
        if (!two.equals(three)) {
          problems.add(file.getKey() + " / " + m + ":\n  Jackson 2: " + two + "\n  Jackson 3: " + three);
        }
        checked++;
      }
    }
    assertThat(problems).as("of %d variants", checked).isEmpty();
    assertThat(checked).isGreaterThan(1_000);
  }

  /**
   * The rules of failures the parser reports, whose messages quote the parser's own words (masked):
   * Jackson 3 says "property name" where Jackson 2 says "field name", and shows locations its own
   * way. Their pointer and rule are the same; the message is compared for every other rule.
   */
  private static final java.util.Set<String> PARSER_RULES = java.util.Set.of("well-formed", "complete", "encoding",
      "input-limits");

  private static String outcome(GovernanceFiles files, String format, byte[] bytes) {
    try {
      BadInputCorpusTest.readAll(files, format, bytes);
      return "accepted";
    } catch (GovernanceFormatException e) {
      String where = e.pointer() + " [" + e.rule() + "]";
      return PARSER_RULES.contains(e.rule()) ? where : where + " " + e.getOriginalMessage();
    } catch (IOException | RuntimeException e) {
      return "threw " + e;
    }
  }

  @Test
  void everyBoundTypeIsWrittenTheSameThroughBothMappers() throws IOException {
    int checked = 0;
    for (FeatureSamples.Sample<?> sample : FeatureSamples.all()) {
      for (long seed = 0; seed < 20; seed++) {
        Object value = sample.generate().apply(new Random(seed));
        byte[] two = GovernanceJson.mapper().writeValueAsBytes(value);
        byte[] three = GovernanceJackson3.mapper().writeValueAsBytes(value);
        assertThat(TREES.readTree(three)).as("%s, seed %d", sample, seed).isEqualTo(TREES.readTree(two));
        assertThat(GovernanceJackson3.mapper().readValue(two, sample.type())).as("%s, seed %d", sample, seed)
            .isEqualTo(value);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(FeatureSamples.all().size() * 20);
  }
}
