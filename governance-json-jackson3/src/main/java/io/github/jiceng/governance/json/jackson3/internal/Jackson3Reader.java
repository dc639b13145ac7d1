package io.github.jiceng.governance.json.jackson3.internal;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Input;
import io.github.jiceng.governance.json.internal.Token;
import io.github.jiceng.governance.json.internal.TokenReader;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The {@link TokenReader} of a Jackson 3 {@link JsonParser}. Jackson 3's exceptions are
 * unchecked: they pass through the codecs and {@link #failure} classifies them as Jackson 2's
 * adapter classifies its own, so both bindings report the same rule and message.
 */
public final class Jackson3Reader implements TokenReader {

  private static final Token[] TOKENS = tokens();

  private final JsonParser parser;

  /** Reads from the parser, at its current token. */
  public Jackson3Reader(JsonParser parser) {
    this.parser = parser;
  }

  private static Token[] tokens() {
    JsonToken[] all = JsonToken.values();
    Token[] map = new Token[all.length];
    for (JsonToken t : all) {
      map[t.ordinal()] = token(t);
    }
    return map;
  }

  private static Token token(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.FLOAT;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        return Token.EMBEDDED;
    }
  }

  @Override
  public @Nullable Token token() {
    JsonToken t = parser.currentToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public @Nullable Token next() {
    JsonToken t = parser.nextToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String text() {
    return parser.getString();
  }

  @Override
  public boolean fitsLong() {
    return parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public long longValue() {
    return parser.getLongValue();
  }

  @Override
  public double doubleValue() {
    return parser.getDoubleValue();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public String enclosingObjectPointer() {
    JsonPointer here = parser.streamReadContext().pathAsPointer();
    return (here.matches() ? here : here.head()).toString();
  }

  @Override
  public Replay buffer() {
    // a buffer with its own root context, so that pointers in the replay are relative to the object
    TokenBuffer buffer = TokenBuffer.forGeneration();
    buffer.writeStartObject();
    return new Replay() {
      @Override
      public void copyProperty(String name) {
        buffer.writeName(name);
        buffer.copyCurrentStructure(parser);
      }

      @Override
      public TokenReader replay() {
        buffer.writeEndObject();
        return new Jackson3Reader(buffer.asParser(parser.objectReadContext()));
      }

      @Override
      public void close() {
        buffer.close();
      }
    };
  }

  @Override
  public GovernanceFormatException error(String pointer, String rule, String detail, List<Violation> violations,
      Map<String, String> arguments) {
    return new GovernanceFormatException(null, pointer, rule, detail, violations, arguments);
  }

  @Override
  public @Nullable IOException failure(Input in, Exception e) {
    if (e instanceof StreamConstraintsException) {
      return Documents.failure(in, Documents.Failure.LIMITS, ((StreamConstraintsException) e).getOriginalMessage());
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return Documents.failure(in, Documents.Failure.END_OF_INPUT, original((StreamReadException) e));
    }
    if (e instanceof StreamReadException) {
      return Documents.failure(in, Documents.Failure.SYNTAX,
          Documents.unlessUtf8(parser.streamReadInputSource(), original((StreamReadException) e)));
    }
    if (e instanceof JacksonIOException) {
      IOException cause = ((JacksonIOException) e).getCause();
      if (cause instanceof CharConversionException) {
        return Documents.failure(in, Documents.Failure.ENCODING, String.valueOf(cause.getMessage()));
      }
      return cause;
    }
    return null;
  }

  private static String original(StreamReadException e) {
    return String.valueOf(e.getOriginalMessage());
  }

  @Override
  public void close() {
    parser.close();
  }
}
