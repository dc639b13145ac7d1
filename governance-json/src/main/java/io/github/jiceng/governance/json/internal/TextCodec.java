package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A value written as one string in its text form: an id, a code, an instant. Reading calls the
 * model's own parser (its factory), so the model's validation applies and its violations are
 * reported at the string's pointer.
 *
 * <p>The pattern is published in the schema only; the model's parser is the authority on reading.
 * Keep the pattern at most as strict as the parser (every text the parser accepts matches it), so
 * that every file the reader accepts is also valid against the schema. One exception keeps that
 * true where the model reads more than the pattern: text as people type it, with full-width
 * characters (全角字符) or surrounding spaces, which the model's code types normalise, is
 * checked against the pattern and refused (rule {@code ascii-characters}) when it does not match,
 * so a file holds its codes in the form the writer writes and the schema publishes.
 *
 * @param <T> the bound type
 */
public final class TextCodec<T> extends Codec<T> implements KeyCodec<T> {

  private final Function<String, T> parse;
  private final Function<T, String> format;
  private final @Nullable String name;
  private final @Nullable String description;
  private final @Nullable String pattern;
  private final @Nullable Pattern compiled;
  private final @Nullable String schemaFormat;
  private final @Nullable UnaryOperator<String> masker;
  private final int minLength;
  private final int maxLength;

  TextCodec(Class<T> type, Function<String, T> parse, Function<T, String> format, @Nullable String name,
      @Nullable String description, @Nullable String pattern, @Nullable String schemaFormat,
      @Nullable UnaryOperator<String> masker) {
    this(type, parse, format, name, description, pattern, schemaFormat, masker, 0, Integer.MAX_VALUE);
  }

  private TextCodec(Class<T> type, Function<String, T> parse, Function<T, String> format, @Nullable String name,
      @Nullable String description, @Nullable String pattern, @Nullable String schemaFormat,
      @Nullable UnaryOperator<String> masker, int minLength, int maxLength) {
    super(type);
    this.parse = parse;
    this.format = format;
    this.name = name;
    this.description = description;
    this.pattern = pattern;
    this.compiled = pattern == null ? null : Pattern.compile(pattern);
    this.schemaFormat = schemaFormat;
    this.masker = masker;
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  /** Returns a copy whose schema carries the given pattern (anchored at both ends when published). */
  public TextCodec<T> pattern(String regex) {
    return new TextCodec<>(typeOf(), parse, format, name, description, regex, schemaFormat, masker, minLength,
        maxLength);
  }

  /**
   * Returns a copy listed under another name in the schema's {@code $defs}, for types whose simple
   * names clash (two features' {@code EntryId}s).
   */
  public TextCodec<T> named(String schemaName) {
    return new TextCodec<>(typeOf(), parse, format, schemaName, description, pattern, schemaFormat, masker);
  }

  /** Returns a copy whose schema names a JSON Schema {@code format}, such as {@code "date-time"}. */
  public TextCodec<T> format(String jsonSchemaFormat) {
    return new TextCodec<>(typeOf(), parse, format, name, description, pattern, jsonSchemaFormat, masker, minLength,
        maxLength);
  }

  /** Returns a copy whose values are personal: error messages show them through {@code masker}. */
  public TextCodec<T> personal(UnaryOperator<String> masker) {
    return new TextCodec<>(typeOf(), parse, format, name, description, pattern, schemaFormat, masker, minLength,
        maxLength);
  }

  /**
   * Returns a copy whose schema bounds the length in characters (code points, as JSON Schema counts
   * them). Like the pattern it is published only: keep it at most as strict as the parser.
   */
  public TextCodec<T> schemaLength(int min, int max) {
    return new TextCodec<>(typeOf(), parse, format, name, description, pattern, schemaFormat, masker, min, max);
  }

  @SuppressWarnings("unchecked")
  private Class<T> typeOf() {
    return (Class<T>) type();
  }

  @Override
  public T read(Input in) throws IOException {
    if (in.token() != Token.STRING) {
      throw in.mismatch("string", this);
    }
    return parse(in, in.text());
  }

  @Override
  public T fromKey(Input in, String key) throws IOException {
    return parse(in, key);
  }

  private T parse(Input in, String text) throws IOException {
    if (compiled != null && isTyped(text) && !compiled.matcher(text).matches()) {
      throw in.fail("ascii-characters", "a file holds this value in half-width (ASCII) characters without"
          + " surrounding spaces, as it is written; found " + typedForm(text));
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      throw Violations.rejected(in, in.pointer(), e, "text-form");
    }
  }

  /** Returns whether the text has a full-width character or surrounding space, cheaply. */
  private static boolean isTyped(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isFullWidth(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String typedForm(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isFullWidth(text.charAt(i))) {
        return "a full-width character (全角字符) at position " + (i + 1);
      }
    }
    return "a space before or after the value";
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isFullWidth(char c) {
    return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000';
  }

  @Override
  public String toKey(T value) {
    return format.apply(value);
  }

  @Override
  public void write(T value, TokenWriter out) throws IOException {
    out.string(format.apply(value));
  }

  @Override
  public @Nullable String schemaName() {
    return name;
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("type", "string");
    if (description != null) {
      s.put("description", description);
    }
    if (schemaFormat != null) {
      s.put("format", schemaFormat);
    }
    if (minLength > 0) {
      s.put("minLength", minLength);
    }
    if (maxLength < Integer.MAX_VALUE) {
      s.put("maxLength", maxLength);
    }
    if (pattern != null) {
      s.put("pattern", "^(" + pattern + ")$");
    }
    return s;
  }

  @Override
  public ObjectNode keySchema(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    if (pattern != null) {
      s.put("pattern", "^(" + pattern + ")$");
    }
    return s;
  }

  @Override
  public String mask(String raw) {
    return masker == null ? raw : masker.apply(raw);
  }
}
