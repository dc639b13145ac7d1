package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.io.IOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A plain string, optionally bounded in length and constrained by a pattern. The bounds and the
 * pattern are checked on reading and published in the schema, so both say the same.
 */
public final class StringCodec extends Codec<String> implements KeyCodec<String> {

  private final int minLength;
  private final int maxLength;
  private final @Nullable Pattern pattern;
  private final @Nullable String name;
  private final @Nullable String description;
  private final @Nullable UnaryOperator<String> masker;
  /**
   * Values that matched the pattern lately, by hash: keys and codes repeat across records, and an
   * equal string needs no second match. Racy by design: slots hold immutable strings.
   */
  private final String[] matched = new String[16];

  StringCodec(int minLength, int maxLength, @Nullable Pattern pattern, @Nullable String name,
      @Nullable String description, @Nullable UnaryOperator<String> masker) {
    super(String.class);
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = pattern;
    this.name = name;
    this.description = description;
    this.masker = masker;
  }

  /** Returns a copy accepting strings of {@code min} to {@code max} characters. */
  public StringCodec length(int min, int max) {
    return new StringCodec(min, max, pattern, name, description, masker);
  }

  /**
   * Returns a copy accepting only strings that match the regular expression as a whole. Write it in
   * the common subset of Java and ECMA-262 regular expressions: it is published in the schema.
   */
  public StringCodec pattern(String regex) {
    return new StringCodec(minLength, maxLength, Pattern.compile(regex), name, description, masker);
  }

  /** Returns a copy listed under {@code name} in the schema's {@code $defs}. */
  public StringCodec named(String name, String description) {
    return new StringCodec(minLength, maxLength, pattern, name, description, masker);
  }

  /** Returns a copy whose values are personal: error messages show them through {@code masker}. */
  public StringCodec personal(UnaryOperator<String> masker) {
    return new StringCodec(minLength, maxLength, pattern, name, description, masker);
  }

  @Override
  public String read(Input in) throws IOException {
    if (in.token() != Token.STRING) {
      throw in.mismatch("string", this);
    }
    return check(in, in.text());
  }

  @Override
  public String fromKey(Input in, String key) throws IOException {
    return check(in, key);
  }

  @Override
  public String toKey(String value) {
    return value;
  }

  private String check(Input in, String s) throws IOException {
    int n = s.length();
    if (n < minLength || n > maxLength) {
      throw in.fail("string-length", "expected " + minLength + " to " + maxLength + " characters, was " + n,
          Map.of("min", Integer.toString(minLength), "max", Integer.toString(maxLength), "length", Integer.toString(n)));
    }
    if (pattern != null) {
      int slot = s.hashCode() & (matched.length - 1);
      if (!s.equals(matched[slot])) {
        if (!pattern.matcher(s).matches()) {
          throw in.fail("pattern", "'" + mask(Excerpts.of(s)) + "' does not match " + pattern.pattern());
        }
        matched[slot] = s;
      }
    }
    return s;
  }

  @Override
  public void write(String value, TokenWriter out) throws IOException {
    out.string(value);
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
    if (minLength > 0) {
      s.put("minLength", minLength);
    }
    if (maxLength < Integer.MAX_VALUE) {
      s.put("maxLength", maxLength);
    }
    if (pattern != null) {
      s.put("pattern", "^(" + pattern.pattern() + ")$");
    }
    return s;
  }

  @Override
  public ObjectNode keySchema(Schemas schemas) {
    ObjectNode s = describe(schemas);
    s.remove("type");
    s.remove("description");
    return s;
  }

  @Override
  public String mask(String raw) {
    return masker == null ? raw : masker.apply(raw);
  }
}
