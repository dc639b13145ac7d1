package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.IOException;
import java.util.List;

/**
 * Where a codec reads: a parser and the JSON Pointer of the document it reads.
 *
 * <p>Pointers are never built while reading succeeds: they are taken from the parser's context
 * only when an error is reported, so a correct file pays nothing for them. At any token, the
 * parser's context names the value that token starts, ends or is (for a property name: the
 * property's value), which is what {@link #pointer()} returns.
 *
 * <p>A replayed buffer (an object read twice, see {@link UnionCodec}) has its own parser whose
 * context starts at the object; {@code base} is that object's pointer in the document.
 */
public final class Input {

  private final JsonParser parser;
  private final String base;

  /** Reads from a parser whose context is the document's. */
  public Input(JsonParser parser) {
    this(parser, "");
  }

  Input(JsonParser parser, String base) {
    this.parser = parser;
    this.base = base;
  }

  /** Returns the parser. */
  public JsonParser parser() {
    return parser;
  }

  /** Returns the current token. */
  public JsonToken token() {
    return parser.currentToken();
  }

  /** Advances to the next token. */
  public JsonToken next() throws IOException {
    return parser.nextToken();
  }

  /** Returns the JSON Pointer of the value at the current token; the empty string for the root. */
  public String pointer() {
    return base + parser.getParsingContext().pathAsPointer();
  }

  /** Returns the pointer of the object whose property name is the current token. */
  String enclosingObjectPointer() {
    JsonPointer here = parser.getParsingContext().pathAsPointer();
    return base + (here.matches() ? here : here.head());
  }

  /** Returns a format error at the current value. */
  public GovernanceFormatException fail(String rule, String detail) {
    return failAt(pointer(), rule, detail);
  }

  /** Returns a format error at the given pointer. */
  public GovernanceFormatException failAt(String pointer, String rule, String detail) {
    return new GovernanceFormatException(parser, pointer, rule, detail);
  }

  /** Returns a format error at the given pointer that keeps the model's violations. */
  GovernanceFormatException failAt(String pointer, String rule, String detail, List<Violation> violations) {
    return new GovernanceFormatException(parser, pointer, rule, detail, violations);
  }

  /**
   * Returns the error for a value of the wrong JSON type: the rule is the expected type
   * ({@code "string"}, {@code "integer"}, {@code "object"} ...), and the detail shows what was
   * found, masked by the codec when the value is personal.
   */
  public GovernanceFormatException mismatch(String expected, Codec<?> codec) throws IOException {
    return fail(expected, "expected " + article(expected) + " " + expected + ", was " + found(codec));
  }

  /** Describes the current token for a message, quoting short scalar values through the mask. */
  String found(Codec<?> codec) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_STRING:
        return "the string '" + codec.mask(Excerpts.of(parser.getText())) + "'";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + codec.mask(Excerpts.of(parser.getText()));
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /**
   * Returns a property name as a message quotes it: masked like the value it looks like when it
   * looks like personal data (an identity number, a mobile number, see {@link Pointers#masked}),
   * and shortened by {@link Excerpts#of}.
   */
  public static String propertyName(String name) {
    return Excerpts.of(Pointers.masked(name));
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
