package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;

/**
 * Each limit on untrusted input, tighter than Jackson's defaults, holds: just past it a file fails
 * with the rule {@code input-limits}; at it, the parser lets the value through to the format's own
 * rules.
 */
final class LimitsTest {

  private static final String HEAD = "{\"format\": \"jiceng-governance/grid-hierarchy\", \"formatVersion\": 1, ";

  private static GovernanceFormatException failure(String json) {
    return failure(new ByteArrayInputStream(json.getBytes(UTF_8)));
  }

  private static GovernanceFormatException failure(InputStream in) {
    return org.junit.jupiter.api.Assertions.assertThrows(GovernanceFormatException.class,
        () -> Bindings.files().readGridHierarchy(in));
  }

  private static String withNodeName(String name) {
    return HEAD + "\"scheme\": {\"name\": \"s\", \"version\": 1, \"levels\": [{\"key\": \"A\", \"displayName\": \"a\","
        + " \"coding\": \"none\"}], \"roots\": [\"A\"], \"allowedChildren\": {}}, \"nodes\": [{\"id\": \"a\","
        + " \"level\": \"A\", \"name\": \"" + name + "\"}]}";
  }

  @Test
  void theSmallFileItselfIsValid() throws Exception {
    assertThat(Bindings.files().readGridHierarchy(new ByteArrayInputStream(withNodeName("甲").getBytes(UTF_8))).size())
        .isEqualTo(1);
  }

  @Test
  void stringsLongerThanTheLimitFail() {
    GovernanceFormatException over = failure(withNodeName("x".repeat(GovernanceJson.MAX_STRING_LENGTH + 1)));
    assertThat(over.rule()).isEqualTo("input-limits");
    assertThat(over.pointer()).isEqualTo("/nodes/0/name");
    GovernanceFormatException at = failure(withNodeName("x".repeat(GovernanceJson.MAX_STRING_LENGTH)));
    assertThat(at.rule()).as("the parser accepts it, the node's name rule does not").isEqualTo("string-length");
  }

  @Test
  void numbersLongerThanTheLimitFail() {
    GovernanceFormatException over = failure(HEAD.replace("\"formatVersion\": 1",
        "\"formatVersion\": " + "1".repeat(GovernanceJson.MAX_NUMBER_LENGTH + 1)) + "}");
    assertThat(over.rule()).isEqualTo("input-limits");
    GovernanceFormatException at = failure(HEAD.replace("\"formatVersion\": 1",
        "\"formatVersion\": " + "1".repeat(GovernanceJson.MAX_NUMBER_LENGTH)) + "}");
    assertThat(at.rule()).isEqualTo("integer-range");
    assertThat(at.pointer()).isEqualTo("/formatVersion");
  }

  @Test
  void propertyNamesLongerThanTheLimitFail() {
    assertThat(failure("{\"" + "k".repeat(GovernanceJson.MAX_NAME_LENGTH + 1) + "\": 1}").rule())
        .isEqualTo("input-limits");
    assertThat(failure("{\"" + "k".repeat(GovernanceJson.MAX_NAME_LENGTH) + "\": 1}").rule())
        .isEqualTo("known-property");
  }

  @Test
  void nestingDeeperThanTheLimitFailsInTheMapper() {
    String deep = "[".repeat(GovernanceJson.MAX_DEPTH + 1) + "]".repeat(GovernanceJson.MAX_DEPTH + 1);
    // the binding's own exception (Jackson 2's or Jackson 3's StreamConstraintsException)
    assertThatThrownBy(() -> Bindings.mapper().readTree(deep))
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("StreamConstraintsException"));
    String atLimit = "[".repeat(GovernanceJson.MAX_DEPTH) + "]".repeat(GovernanceJson.MAX_DEPTH);
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Bindings.mapper().readTree(atLimit));
  }

  @Test
  void documentsLargerThanTheLimitFail() {
    InputStream file = new SequenceInputStream(spaces(GovernanceJson.MAX_DOCUMENT_LENGTH + 1),
        new ByteArrayInputStream(withNodeName("甲").getBytes(UTF_8)));
    assertThat(failure(file).rule()).isEqualTo("input-limits");
  }

  @Test
  void recordStreamsMayBeLargerThanADocument() throws Exception {
    InputStream file = new SequenceInputStream(spaces(GovernanceJson.MAX_DOCUMENT_LENGTH + 1),
        new ByteArrayInputStream(withNodeName("甲").getBytes(UTF_8)));
    int records = 0;
    try (RecordReader<?, ?> nodes = Bindings.files().readGridNodes(file)) {
      while (nodes.hasNext()) {
        nodes.next();
        records++;
      }
    }
    assertThat(records).isPositive();
    assertThat(GovernanceJson.MAX_STREAM_LENGTH).isGreaterThan(GovernanceJson.MAX_DOCUMENT_LENGTH);
  }

  /** Whitespace generated as it is read, so a test holds no large buffer. */
  private static InputStream spaces(long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
  }
}
