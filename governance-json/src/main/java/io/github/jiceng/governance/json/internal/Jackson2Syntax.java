package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Jackson 2 binding's streaming layer: parsers with the SDK's limits, generators in the SDK's
 * layout ({@link Layout}) and escapes ({@link TextEscapes}).
 */
public final class Jackson2Syntax implements Syntax {

  /** The one instance. */
  public static final Jackson2Syntax INSTANCE = new Jackson2Syntax();

  /** The limits of every read of a whole document. */
  public static final StreamReadConstraints LIMITS = limits(Documents.MAX_DOCUMENT_LENGTH);

  /** The limits of every read of a record stream: the same, but for the length. */
  static final StreamReadConstraints STREAM_LIMITS = limits(Documents.MAX_STREAM_LENGTH);

  /**
   * The factory of every file read and write. Duplicate keys are found by the codecs (cheaper than
   * the parser's own detection, and with a pointer); no source content is copied into locations,
   * which could carry personal data into messages.
   */
  static final JsonFactory FACTORY = factory(LIMITS);

  /** The factory of record streams: {@link #FACTORY} with the stream's length cap. */
  private static final JsonFactory STREAM_FACTORY = factory(STREAM_LIMITS);

  private Jackson2Syntax() {}

  private static StreamReadConstraints limits(long maxLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(Documents.MAX_DEPTH)
        .maxStringLength(Documents.MAX_STRING_LENGTH)
        .maxNumberLength(Documents.MAX_NUMBER_LENGTH)
        .maxNameLength(Documents.MAX_NAME_LENGTH)
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

  @Override
  public TokenReader reader(InputStream in, boolean recordStream) throws IOException {
    try {
      return new Jackson2Reader((recordStream ? STREAM_FACTORY : FACTORY).createParser(new Utf8Check(in)));
    } catch (CharConversionException e) {
      throw Documents.undetectable(String.valueOf(e.getMessage()));
    }
  }

  @Override
  public TokenWriter writer(OutputStream out) throws IOException {
    return new Jackson2Writer(generator(out));
  }

  /**
   * Returns a UTF-8 generator in the SDK's layout over a stream it does not close, escaping what
   * {@link Escapes} escapes.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setCharacterEscapes(TextEscapes.INSTANCE);
    gen.setPrettyPrinter(new Layout());
    return gen;
  }

  @Override
  public String toString() {
    return "Jackson 2";
  }
}
