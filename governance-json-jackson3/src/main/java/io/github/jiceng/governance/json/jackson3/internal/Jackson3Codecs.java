package io.github.jiceng.governance.json.jackson3.internal;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.json.internal.Input;
import io.github.jiceng.governance.json.internal.KeyCodec;
import io.github.jiceng.governance.json.jackson3.GovernanceDatabindException;
import java.io.IOException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson 3's serializers and deserializers of a codec: the same codec that Jackson 2's read and
 * write, through {@link Jackson3Reader} and {@link Jackson3Writer}. A format error reaches the
 * caller as a {@link GovernanceDatabindException} (Jackson 3's errors are unchecked) that carries
 * it; a stream that fails, as Jackson 3's {@link JacksonIOException}.
 */
public final class Jackson3Codecs {

  private Jackson3Codecs() {}

  /** Returns a serializer writing with the codec. */
  @SuppressWarnings("unchecked")
  public static <T> StdSerializer<T> serializer(Codec<T> codec) {
    return new StdSerializer<T>((Class<T>) codec.type()) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        try {
          codec.write(value, new Jackson3Writer(gen));
        } catch (IOException e) {
          throw JacksonIOException.construct(e, gen);
        }
      }
    };
  }

  /** Returns a deserializer reading with the codec. */
  public static <T> StdDeserializer<T> deserializer(Codec<T> codec) {
    return new StdDeserializer<T>(codec.type()) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        Input in = new Input(new Jackson3Reader(p));
        try {
          return codec.read(in);
        } catch (IOException | RuntimeException e) {
          // the same errors as the SDK's own readers: a pointer, and the input quoted masked
          throw unchecked(p, translate(in, e));
        }
      }
    };
  }

  /**
   * Returns a key deserializer reading with the codec, when its values can be property names;
   * without it Jackson would build keys through their constructors, unchecked.
   */
  public static <T> Optional<KeyDeserializer> keyDeserializer(Codec<T> codec) {
    return codec.keyCodec().map(keys -> new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        Input in = new Input(new Jackson3Reader(p));
        try {
          return keys.fromKey(in, key);
        } catch (GovernanceFormatException e) {
          throw unchecked(p, codec.maskedKey(e, key));
        } catch (IOException | RuntimeException e) {
          throw unchecked(p, translate(in, e));
        }
      }
    });
  }

  /** Returns a key serializer writing with the codec, when its values can be property names. */
  @SuppressWarnings("unchecked")
  public static <T> Optional<StdSerializer<T>> keySerializer(Codec<T> codec) {
    return codec.keyCodec().map(keys -> new KeySerializer<>((Class<T>) codec.type(), keys));
  }

  private static final class KeySerializer<T> extends StdSerializer<T> {
    private final KeyCodec<T> keys;

    KeySerializer(Class<T> type, KeyCodec<T> keys) {
      super(type);
      this.keys = keys;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeName(keys.toKey(value));
    }
  }

  private static IOException translate(Input in, Exception e) {
    if (e instanceof JacksonException && !(e instanceof tools.jackson.core.exc.StreamReadException)
        && !(e instanceof JacksonIOException)) {
      throw (JacksonException) e; // the mapper's own error, already in its terms
    }
    return Documents.translate(in, e);
  }

  private static JacksonException unchecked(JsonParser p, IOException e) {
    if (e instanceof GovernanceFormatException) {
      return new GovernanceDatabindException(p, (GovernanceFormatException) e);
    }
    return JacksonIOException.construct(e, p);
  }
}
