package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jiceng.governance.json.GovernanceFormatException;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one type is written, strictly read and described as JSON Schema. The three come from one
 * declaration (a field table, a text form, a list of variants), so the schema and the reader
 * cannot drift apart.
 *
 * <p>Reading follows Jackson's contract: {@link #read} starts with the parser at the value's first
 * token and returns with it at the value's last token. It reads tokens directly, never a tree,
 * and either returns a complete, validated value or throws a format error naming the JSON
 * Pointer of the bad node. A codec reads a {@link TokenReader} and writes a {@link TokenWriter},
 * never a binding's own parser or generator, so one codec serves every binding: the Jackson 2
 * serializers here ({@link #serializer()}, {@link #deserializer()}) and any other binding's
 * adapters, which wrap their parser and generator the same way.
 *
 * @param <T> the bound type
 */
public abstract class Codec<T> {

  private final Class<?> type;

  /**
   * Creates a codec of the given type.
   *
   * @param type the bound class (the raw class for generic types such as lists)
   */
  protected Codec(Class<?> type) {
    this.type = type;
  }

  /** Returns the bound class. */
  public final Class<?> type() {
    return type;
  }

  /** Reads one value starting at the current token; never returns null. */
  public abstract T read(Input in) throws IOException;

  /** Writes one value, properties in a fixed order. */
  public abstract void write(T value, TokenWriter out) throws IOException;

  /**
   * Returns the name under which the schema lists this codec in {@code $defs}, or null when it is
   * described inline wherever it is used.
   */
  public @Nullable String schemaName() {
    return null;
  }

  /** Returns the full JSON Schema of the values this codec reads. */
  protected abstract ObjectNode describe(Schemas schemas);

  /** Returns the schema to use at a place that holds this codec's value: a reference or inline. */
  public final ObjectNode schema(Schemas schemas) {
    return schemaName() == null ? describe(schemas) : schemas.ref(this);
  }

  /**
   * Returns the value as it may appear in an error message; personal codecs mask it.
   *
   * @param raw the raw text of a value that was read
   */
  public String mask(String raw) {
    return raw;
  }

  /** Returns a Jackson serializer writing with this codec. */
  @SuppressWarnings("unchecked")
  public final StdSerializer<T> serializer() {
    Codec<T> codec = this;
    return new StdSerializer<T>((Class<T>) type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        codec.write(value, new Jackson2Writer(gen));
      }
    };
  }

  /** Returns a Jackson deserializer reading with this codec. */
  public final StdDeserializer<T> deserializer() {
    Codec<T> codec = this;
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Input in = new Input(new Jackson2Reader(p));
        try {
          return codec.read(in);
        } catch (IOException | RuntimeException e) {
          // the same errors as the SDK's own readers: a pointer, and the input quoted masked
          throw Documents.translate(in, e);
        }
      }
    };
  }

  /**
   * Returns a Jackson key deserializer reading with this codec, when its values can be property
   * names; without it Jackson would build keys through their constructors, unchecked.
   */
  public final Optional<KeyDeserializer> keyDeserializer() {
    return keyCodec().map(keys -> new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        Input in = new Input(new Jackson2Reader(ctxt.getParser()));
        try {
          return keys.fromKey(in, key);
        } catch (GovernanceFormatException e) {
          throw maskedKey(e, key);
        } catch (IOException | RuntimeException e) {
          throw Documents.translate(in, e);
        }
      }
    });
  }

  /** Returns this codec as a codec of property names, if its values can be ones. */
  @SuppressWarnings("unchecked")
  public final Optional<KeyCodec<T>> keyCodec() {
    return this instanceof KeyCodec ? Optional.of((KeyCodec<T>) this) : Optional.empty();
  }

  /**
   * Returns the error with the key, which ends its pointer, shown masked: a key may be personal
   * data.
   *
   * @param e the error of reading the key
   * @param key the key as it was read
   */
  public final GovernanceFormatException maskedKey(GovernanceFormatException e, String key) {
    String masked = mask(key);
    if (masked.equals(key)) {
      return e;
    }
    String pointer = e.pointer();
    String shown = pointer.substring(0, pointer.lastIndexOf('/') + 1) + masked;
    String message = e.getOriginalMessage();
    String prefix = (pointer.isEmpty() ? "/" : pointer) + ": ";
    String suffix = " [" + e.rule() + "]";
    String detail = message.startsWith(prefix) && message.endsWith(suffix)
        ? message.substring(prefix.length(), message.length() - suffix.length()) : message;
    return new GovernanceFormatException(null, shown, e.rule(), detail.replace(key, masked), e.violations());
  }

  /** Returns a Jackson key serializer writing with this codec, when its values can be property names. */
  @SuppressWarnings("unchecked")
  public final Optional<StdSerializer<T>> keySerializer() {
    return keyCodec().map(keys -> new StdSerializer<T>((Class<T>) type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeFieldName(keys.toKey(value));
      }
    });
  }
}
