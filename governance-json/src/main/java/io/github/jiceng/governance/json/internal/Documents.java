package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.jiceng.governance.json.GovernanceFormatException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole documents: the parser and generator factory with the SDK's limits and layout, and the
 * one place where every failure of an untrusted file becomes a {@link GovernanceFormatException}.
 */
public final class Documents {

  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The largest document accepted, in bytes: 512 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  /**
   * The largest record stream accepted, in bytes: 16 GiB. A stream is read one record at a time in
   * bounded memory, so its cap bounds only the time a reader may spend, and can be far above the
   * cap of a document that is read whole.
   */
  public static final long MAX_STREAM_LENGTH = 16L * 1024 * 1024 * 1024;

  /** The limits of every read of a whole document. */
  public static final StreamReadConstraints LIMITS = limits(MAX_DOCUMENT_LENGTH);

  /** The limits of every read of a record stream: the same, but for the length. */
  static final StreamReadConstraints STREAM_LIMITS = limits(MAX_STREAM_LENGTH);

  /**
   * The factory of every file read and write. Duplicate keys are found by the codecs (cheaper than
   * the parser's own detection, and with a pointer); no source content is copied into locations,
   * which could carry personal data into messages.
   */
  static final JsonFactory FACTORY = factory(LIMITS);

  /** The factory of record streams: {@link #FACTORY} with the stream's length cap. */
  private static final JsonFactory STREAM_FACTORY = factory(STREAM_LIMITS);

  private static StreamReadConstraints limits(long maxLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(maxLength)
        .build();
  }

  private static JsonFactory factory(StreamReadConstraints limits) {
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /** The start of the message for bytes that are not UTF-8. */
  private static final String NOT_UTF_8 = "the file is not UTF-8 (a file saved as GBK or GB18030 must be saved again"
      + " as UTF-8; 文件不是 UTF-8 编码): ";

  private static final Pattern QUOTED = Pattern.compile("'([^'\\s]{2,})'");

  private Documents() {}

  /**
   * Returns a parser over a stream it does not close.
   *
   * @throws GovernanceFormatException if the first bytes are in no encoding of JSON text
   */
  public static JsonParser parser(InputStream in) throws IOException {
    return parser(FACTORY, in);
  }

  /**
   * Returns a parser of a record stream (the stream's length cap) over a stream it does not close.
   *
   * @throws GovernanceFormatException if the first bytes are in no encoding of JSON text
   */
  public static JsonParser streamParser(InputStream in) throws IOException {
    return parser(STREAM_FACTORY, in);
  }

  private static JsonParser parser(JsonFactory factory, InputStream in) throws IOException {
    try {
      return factory.createParser(in);
    } catch (CharConversionException e) {
      throw new GovernanceFormatException(null, "", "encoding", "not a valid encoding of JSON text: " + e.getMessage());
    }
  }

  /**
   * Returns a UTF-8 generator in the SDK's layout over a stream it does not close, escaping what
   * {@link TextEscapes} escapes.
   */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setCharacterEscapes(TextEscapes.INSTANCE);
    gen.setPrettyPrinter(new Layout());
    return gen;
  }

  /**
   * Reads one document holding exactly one value of the codec.
   *
   * @throws GovernanceFormatException for any fault of the content
   * @throws IOException only when the stream itself fails
   */
  public static <T> T read(InputStream stream, Codec<T> codec) throws IOException {
    try (JsonParser p = parser(stream)) {
      Input in = new Input(p);
      try {
        if (p.nextToken() == null) {
          throw in.fail("not-empty", "the document is empty");
        }
        T value = codec.read(in);
        end(in);
        return value;
      } catch (IOException e) {
        throw translate(in, e);
      }
    }
  }

  /**
   * Reads the top-level {@code format} property of a document, token by token, without reading
   * the rest of the document into values; properties before it are skipped.
   *
   * @throws GovernanceFormatException if the bytes are not UTF-8 ({@code encoding}), the text is
   *     not well-formed ({@code well-formed}, {@code complete}), the document is empty
   *     ({@code not-empty}) or not an object ({@code object}), or has no {@code format} property
   *     ({@code required}) or one that is not a string ({@code string})
   * @throws IOException only when the stream itself fails
   */
  public static String formatName(InputStream stream) throws IOException {
    try (JsonParser p = parser(stream)) {
      Input in = new Input(p);
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          throw in.fail("not-empty", "the document is empty");
        }
        if (first != JsonToken.START_OBJECT) {
          throw in.mismatch("object", Codecs.string());
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (name.equals("format")) {
            if (value != JsonToken.VALUE_STRING) {
              throw in.mismatch("string", Codecs.string());
            }
            return p.getText();
          }
          p.skipChildren();
        }
        throw in.failAt("/format", "required",
            "no \"format\" property naming the file's format at the top level");
      } catch (IOException e) {
        throw translate(in, e);
      }
    }
  }

  /** Requires the end of the input after the root value. */
  static void end(Input in) throws IOException {
    if (in.next() != null) {
      throw in.fail("single-value", "unexpected content after the document's value: " + in.found(Codecs.string()));
    }
  }

  /** Writes one value as a whole document, ending with a newline. */
  public static <T> void write(T value, Codec<T> codec, OutputStream out) throws IOException {
    try (JsonGenerator gen = generator(out)) {
      codec.write(value, gen);
      gen.writeRaw('\n');
    }
  }

  /**
   * Returns the format error for a failure while reading: format errors pass through; syntax
   * errors, broken limits and undecodable bytes become format errors at the pointer the parser
   * had reached (bytes that are not UTF-8 under the rule {@code encoding}); other I/O errors (of the
   * stream itself) pass through unchanged.
   */
  static IOException translate(Input in, IOException e) {
    if (e instanceof GovernanceFormatException) {
      return e;
    }
    if (e instanceof StreamConstraintsException) {
      return in.fail("input-limits", ((StreamConstraintsException) e).getOriginalMessage());
    }
    if (e instanceof JsonEOFException) {
      return in.fail("complete", "the document ends too early: " + masked(((JsonProcessingException) e)));
    }
    if (e instanceof JsonProcessingException && isUndecodable((JsonProcessingException) e)) {
      return in.fail("encoding", NOT_UTF_8 + masked((JsonProcessingException) e));
    }
    if (e instanceof JsonProcessingException && isComment((JsonProcessingException) e)) {
      return in.fail("well-formed", "not well-formed JSON: comments (// or /* */) are not JSON; remove them");
    }
    if (e instanceof JsonProcessingException) {
      return in.fail("well-formed", "not well-formed JSON: " + masked((JsonProcessingException) e));
    }
    if (e instanceof CharConversionException) {
      return in.fail("encoding", "not a valid encoding of JSON text: " + e.getMessage());
    }
    return e;
  }

  /**
   * Returns whether the parser stopped at bytes that are not UTF-8: a file saved in another
   * encoding, such as GBK or GB18030 from an editor on a Chinese Windows.
   */
  private static boolean isUndecodable(JsonProcessingException e) {
    return String.valueOf(e.getOriginalMessage()).startsWith("Invalid UTF-8");
  }

  /** Returns whether the parser stopped at a comment, which JSON does not have. */
  private static boolean isComment(JsonProcessingException e) {
    return String.valueOf(e.getOriginalMessage()).contains("maybe a (non-standard) comment");
  }

  /** The parser's message with the input it quotes masked: it may be personal data. */
  private static String masked(JsonProcessingException e) {
    Matcher m = QUOTED.matcher(String.valueOf(e.getOriginalMessage()));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String quoted = m.group(1);
      m.appendReplacement(sb, Matcher.quoteReplacement("'" + quoted.charAt(0) + "*".repeat(Math.min(quoted.length() - 1, 16)) + "'"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
