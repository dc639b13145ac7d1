package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@link TokenReader} of a Jackson 2 {@link JsonParser}. */
public final class Jackson2Reader implements TokenReader {

  private static final Token[] TOKENS = tokens();

  private final JsonParser parser;

  /** Reads from the parser, at its current token. */
  public Jackson2Reader(JsonParser parser) {
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
      case FIELD_NAME:
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
  public @Nullable Token next() throws IOException {
    JsonToken t = parser.nextToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public String name() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public boolean fitsLong() throws IOException {
    return parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public long longValue() throws IOException {
    return parser.getLongValue();
  }

  @Override
  public double doubleValue() throws IOException {
    return parser.getDoubleValue();
  }

  @Override
  public void skipChildren() throws IOException {
    parser.skipChildren();
  }

  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public String enclosingObjectPointer() {
    JsonPointer here = parser.getParsingContext().pathAsPointer();
    return (here.matches() ? here : here.head()).toString();
  }

  @Override
  public Replay buffer() throws IOException {
    // a buffer with its own root context, so that pointers in the replay are relative to the object
    TokenBuffer buffer = new TokenBuffer(parser.getCodec(), false);
    buffer.writeStartObject();
    return new Replay() {
      @Override
      public void copyProperty(String name) throws IOException {
        buffer.writeFieldName(name);
        buffer.copyCurrentStructure(parser);
      }

      @Override
      public TokenReader replay() throws IOException {
        buffer.writeEndObject();
        return new Jackson2Reader(buffer.asParser(parser.getCodec()));
      }

      @Override
      public void close() throws IOException {
        buffer.close();
      }
    };
  }

  @Override
  public GovernanceFormatException error(String pointer, String rule, String detail, List<Violation> violations,
      Map<String, String> arguments) {
    return new GovernanceFormatException(parser, pointer, rule, detail, violations, arguments);
  }

  @Override
  public @Nullable IOException failure(Input in, Exception e) {
    if (e instanceof StreamConstraintsException) {
      return Documents.failure(in, Documents.Failure.LIMITS, ((StreamConstraintsException) e).getOriginalMessage());
    }
    if (e instanceof JsonEOFException) {
      return Documents.failure(in, Documents.Failure.END_OF_INPUT, original((JsonProcessingException) e));
    }
    if (e instanceof JsonProcessingException) {
      return Documents.failure(in, Documents.Failure.SYNTAX,
          Documents.unlessUtf8(parser.getInputSource(), original((JsonProcessingException) e)));
    }
    if (e instanceof CharConversionException) {
      return Documents.failure(in, Documents.Failure.ENCODING, String.valueOf(e.getMessage()));
    }
    return null;
  }

  private static String original(JsonProcessingException e) {
    return String.valueOf(e.getOriginalMessage());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
