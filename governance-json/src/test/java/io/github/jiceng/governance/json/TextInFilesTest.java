package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Free text with ESC, carriage returns, NUL, bidirectional overrides and unpaired surrogates is
 * written to a file as JSON escapes, never raw: the file is valid UTF-8 JSON, shows nothing
 * reordered or rewritten in a terminal, and reads back to exactly the text written.
 */
final class TextInFilesTest {

  private static final String HOSTILE = "\u001B[2J\rforged\u0000\u202Eevil\u2066x\u2069\u200F\u009B\u2028\uD800\uDFFF";

  /** What must not stand raw in a file. */
  private static final String RAW = "\u001B\r\u0000\u202E\u2066\u2069\u200F\u009B\u2028";

  @Test
  void aGridHierarchyFileEscapesHostileNamesAndReadsThemBackExactly() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode seed = mapper.readTree(Path.of("..", "seeds", "jungar-banner", "grid-hierarchy.json").toFile());
    seed.get("nodes").forEach(n -> ((ObjectNode) n).put("name", n.get("name").asText() + HOSTILE));
    GridHierarchy hierarchy = Bindings.files().readGridHierarchy(new ByteArrayInputStream(mapper.writeValueAsBytes(seed)));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bindings.files().writeGridHierarchy(hierarchy, out);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the file is not valid UTF-8", e);
    }
    for (char raw : RAW.toCharArray()) {
      assertThat(text.indexOf(raw)).as("raw U+%04X", (int) raw).isNegative();
    }
    assertThat(text.chars().anyMatch(c -> Character.isSurrogate((char) c))).isFalse();
    assertThat(text).contains("\\u001B[2J\\rforged\\u0000\\u202Eevil\\u2066x\\u2069\\u200F\\u009B\\u2028\\uD800\\uDFFF");

    GridHierarchy back = Bindings.files().readGridHierarchy(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.nodes()).extracting(GridNode::name).containsExactlyElementsOf(
        hierarchy.nodes().stream().map(GridNode::name).toList()).allSatisfy(n -> assertThat(n).endsWith(HOSTILE));
    assertThat(mapper.readTree(out.toByteArray()).get("nodes").get(0).get("name").asText()).endsWith(HOSTILE);
  }
}
