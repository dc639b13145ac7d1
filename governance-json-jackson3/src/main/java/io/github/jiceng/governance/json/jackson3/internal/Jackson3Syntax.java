package io.github.jiceng.governance.json.jackson3.internal;

import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Syntax;
import io.github.jiceng.governance.json.internal.TokenReader;
import io.github.jiceng.governance.json.internal.TokenWriter;
import io.github.jiceng.governance.json.internal.Utf8Check;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The Jackson 3 binding's streaming layer: parsers with the SDK's limits ({@link Documents}),
 * generators in the SDK's layout ({@link Jackson3Layout}) and escapes ({@link Jackson3Escapes}).
 * Where Jackson 3's defaults differ from Jackson 2's in what a file's bytes are (property names
 * interned; {@code /} not escaped; a character beyond the Basic Multilingual Plane written as two
 * {@code \}{@code uXXXX} escapes), they are set back, so both bindings write the same bytes.
 */
public final class Jackson3Syntax implements Syntax {

  /** The one instance. */
  public static final Jackson3Syntax INSTANCE = new Jackson3Syntax();

  /** The limits of every read of a whole document. */
  public static final StreamReadConstraints LIMITS = limits(Documents.MAX_DOCUMENT_LENGTH);

  /** The limits of every read of a record stream: the same, but for the length. */
  static final StreamReadConstraints STREAM_LIMITS = limits(Documents.MAX_STREAM_LENGTH);

  private static final JsonFactory FACTORY = factory(LIMITS);

  private static final JsonFactory STREAM_FACTORY = factory(STREAM_LIMITS);

  /** What a generator of a file takes from its context: the layout and the escapes. */
  private static final ObjectWriteContext FILES = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new Jackson3Layout();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }

    @Override
    public CharacterEscapes getCharacterEscapes() {
      return Jackson3Escapes.INSTANCE;
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
      return FACTORY;
    }
  };

  private Jackson3Syntax() {}

  private static StreamReadConstraints limits(long maxLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(Documents.MAX_DEPTH)
        .maxStringLength(Documents.MAX_STRING_LENGTH)
        .maxNumberLength(Documents.MAX_NUMBER_LENGTH)
        .maxNameLength(Documents.MAX_NAME_LENGTH)
        .maxDocumentLength(maxLength)
        .build();
  }

  /**
   * Returns a factory with the SDK's limits and Jackson 2's way of writing: the factory of files,
   * and the base of {@code GovernanceJackson3.mapper()}'s.
   */
  public static JsonFactory factory(StreamReadConstraints limits) {
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  @Override
  public TokenReader reader(InputStream in, boolean recordStream) throws IOException {
    try {
      return new Jackson3Reader((recordStream ? STREAM_FACTORY : FACTORY).createParser(ObjectReadContext.empty(), new Utf8Check(in)));
    } catch (JacksonIOException e) {
      IOException cause = e.getCause();
      if (isUndetectable(cause)) {
        throw Documents.undetectable(String.valueOf(cause.getMessage()));
      }
      throw cause;
    }
  }

  /**
   * Returns whether the first bytes were found in no encoding of JSON text: Jackson 2 says so with
   * a {@link CharConversionException}, Jackson 3 also with a plain {@link IOException} of its own
   * for a UCS-4 byte order it does not read.
   */
  private static boolean isUndetectable(IOException cause) {
    return cause instanceof CharConversionException
        || (cause.getClass() == IOException.class && String.valueOf(cause.getMessage()).startsWith("Unsupported UCS-4"));
  }

  @Override
  public TokenWriter writer(OutputStream out) {
    return new Jackson3Writer(FACTORY.createGenerator(FILES, out, JsonEncoding.UTF8));
  }

  @Override
  public String toString() {
    return "Jackson 3";
  }
}
