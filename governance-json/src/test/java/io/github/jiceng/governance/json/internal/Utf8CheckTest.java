package io.github.jiceng.governance.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check in front of every parser: RFC 3629's table, checked against the JDK's decoder. */
class Utf8CheckTest {

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  /** Reads everything in chunks of {@code chunk} bytes; returns whether the check complained. */
  private static boolean complains(byte[] input, int chunk) throws IOException {
    try (InputStream in = new Utf8Check(new ByteArrayInputStream(input))) {
      byte[] buffer = new byte[chunk];
      while (in.read(buffer, 0, chunk) >= 0) {
        // read on to the end, as a parser does
      }
      return false;
    } catch (CharConversionException e) {
      return true;
    }
  }

  private static boolean jdkAccepts(byte[] input) {
    try {
      UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void wellFormedTextPasses() throws IOException {
    assertThat(complains("{\"name\": \"蓝天街道 🏘 ok\"}".getBytes(UTF_8), 3)).isFalse();
  }

  @Test
  void overlongFormsSurrogatesAndValuesAboveTheLastCodePointAreMalformed() throws IOException {
    for (String hex : List.of("c0af", "c1bf", "e08080", "e09fbf", "eda080", "edbfbf", "f08080a0", "f48f8080ff",
        "f4908080", "f5808080", "ff", "80", "c328")) {
      assertThat(complains(bytes("7b" + hex + "7d"), 8)).as(hex).isTrue();
    }
  }

  @Test
  void aSequenceCutShortByTheEndIsLeftToTheParser() throws IOException {
    assertThat(complains(bytes("7be4b8"), 8)).isFalse();
  }

  @Test
  void theComplaintComesAtTheReadAfterTheChunkThatHoldsTheBadBytes() throws IOException {
    Utf8Check in = new Utf8Check(new ByteArrayInputStream(bytes("41c0af4243")));
    byte[] buffer = new byte[8];
    assertThat(in.read(buffer, 0, 8)).isEqualTo(5);
    assertThat(in.clean()).isFalse();
    assertThatThrownBy(() -> in.read(buffer, 0, 8)).isInstanceOf(CharConversionException.class)
        .hasMessageContaining("byte 1");
  }

  @Test
  void agreesWithTheJdksStrictDecoderOnRandomBytesInAnyChunking() throws IOException {
    for (int seed = 0; seed < 3_000; seed++) {
      Random random = new Random(seed);
      byte[] input = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < input.length; i++) {
        // mostly the interesting range: leads and continuations
        input[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
      }
      boolean truncatedAtEnd = !jdkAccepts(input) && jdkAccepts(trimIncompleteTail(input));
      boolean expectComplaint = !jdkAccepts(input) && !truncatedAtEnd;
      int chunk = 1 + random.nextInt(5);
      assertThat(complains(input, chunk)).as("seed %d: %s in chunks of %d", seed, HexFormat.of().formatHex(input), chunk)
          .isEqualTo(expectComplaint);
    }
  }

  /** Drops an incomplete but so far valid sequence at the end, which the check leaves to the parser. */
  private static byte[] trimIncompleteTail(byte[] input) {
    for (int cut = 1; cut <= 3 && cut <= input.length; cut++) {
      byte[] head = java.util.Arrays.copyOf(input, input.length - cut);
      int lead = input[input.length - cut] & 0xFF;
      if (lead >= 0xC2 && lead <= 0xF4 && jdkAccepts(head) && prefixOfValid(java.util.Arrays.copyOfRange(input,
          input.length - cut, input.length))) {
        return head;
      }
    }
    return input;
  }

  /** Whether bytes are the start of some well-formed sequence (an incomplete one). */
  private static boolean prefixOfValid(byte[] tail) {
    for (int b1 = 0x80; b1 <= 0xBF; b1++) {
      byte[] full = java.util.Arrays.copyOf(tail, 4);
      java.util.Arrays.fill(full, tail.length, 4, (byte) 0x80);
      if (tail.length == 1) {
        full[1] = (byte) b1;
      }
      for (int len = tail.length + 1; len <= 4; len++) {
        if (jdkAccepts(java.util.Arrays.copyOf(full, len))) {
          return true;
        }
      }
    }
    return false;
  }
}
