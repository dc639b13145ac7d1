package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a codec reads: a token reader (of any binding) and the JSON Pointer of the document it
 * reads.
 *
 * <p>Pointers are never built while reading succeeds: they are taken from the parser's context
 * only when an error is reported, so a correct file pays nothing for them. At any token, the
 * parser's context names the value that token starts, ends or is (for a property name: the
 * property's value), which is what {@link #pointer()} returns.
 *
 * <p>A replayed buffer (an object read twice, see {@link UnionCodec}) has its own reader whose
 * context starts at the object; {@code base} is that object's pointer in the document.
 */
public final class Input {

  private final TokenReader reader;
  private final String base;

  /** Reads from a reader whose context is the document's. */
  public Input(TokenReader reader) {
    this(reader, "");
  }

  Input(TokenReader reader, String base) {
    this.reader = reader;
    this.base = base;
  }

  /** Returns the reader. */
  public TokenReader reader() {
    return reader;
  }

  /** Returns the current token; null before the first and after the last. */
  public @Nullable Token token() {
    return reader.token();
  }

  /** Advances to the next token. */
  public @Nullable Token next() throws IOException {
    return reader.next();
  }

  /** Returns the property name at a {@link Token#NAME}. */
  public String name() throws IOException {
    return reader.name();
  }

  /** Returns the text of the current scalar value. */
  public String text() throws IOException {
    return reader.text();
  }

  /** Returns the JSON Pointer of the value at the current token; the empty string for the root. */
  public String pointer() {
    return base + reader.pointer();
  }

  /** Returns the pointer of the object whose property name is the current token. */
  String enclosingObjectPointer() {
    return base + reader.enclosingObjectPointer();
  }

  /** Returns a format error at the current value. */
  public GovernanceFormatException fail(String rule, String detail) {
    return failAt(pointer(), rule, detail);
  }

  /** Returns a format error at the current value, with the rule's named values for its texts. */
  public GovernanceFormatException fail(String rule, String detail, Map<String, String> arguments) {
    return reader.error(pointer(), rule, detail, List.of(), arguments);
  }

  /** Returns a format error at the given pointer. */
  public GovernanceFormatException failAt(String pointer, String rule, String detail) {
    return reader.error(pointer, rule, detail, List.of(), Map.of());
  }

  /** Returns a format error at the given pointer that keeps the model's violations. */
  GovernanceFormatException failAt(String pointer, String rule, String detail, List<Violation> violations) {
    return reader.error(pointer, rule, detail, violations, Map.of());
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
    Token t = reader.token();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case NULL:
        return "null";
      case TRUE:
      case FALSE:
        return "a boolean";
      case STRING:
        return "the string '" + codec.mask(Excerpts.of(reader.text())) + "'";
      case INTEGER:
      case FLOAT:
        return "the number " + codec.mask(Excerpts.of(reader.text()));
      default:
        return t.shown();
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
