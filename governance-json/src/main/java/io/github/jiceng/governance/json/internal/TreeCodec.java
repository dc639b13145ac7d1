package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.io.IOException;

/**
 * How one model type is written and strictly read. Every type the module binds has exactly one
 * codec; {@link #serializer()} and {@link #deserializer()} adapt it to Jackson.
 *
 * @param <T> the model type
 */
public abstract class TreeCodec<T> {

  private final Class<T> type;

  protected TreeCodec(Class<T> type) {
    this.type = type;
  }

  /** Returns the bound type. */
  public Class<T> type() {
    return type;
  }

  /** Writes the value as one JSON value, properties in a fixed order. */
  public abstract void write(T value, JsonGenerator gen) throws IOException;

  /**
   * Reads the value from a tree, throwing a format error at the pointer of the first bad node.
   * A {@link DomainValidationException} from the model becomes a format error at {@code pointer}.
   */
  public abstract T read(JsonParser p, JsonNode node, String pointer) throws IOException;

  /** Reads the value, turning the model's validation errors into format errors at {@code pointer}. */
  public final T readChecked(JsonParser p, JsonNode node, String pointer) throws IOException {
    try {
      return read(p, node, pointer);
    } catch (DomainValidationException e) {
      var v = e.violations().get(0);
      throw new GovernanceFormatException(p, pointer, v.rule(), v.subject() + "." + v.field() + ": " + v.detail());
    }
  }

  /** Returns a Jackson serializer writing with this codec. */
  public StdSerializer<T> serializer() {
    TreeCodec<T> codec = this;
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        codec.write(value, gen);
      }
    };
  }

  /** Returns a Jackson deserializer reading with this codec. */
  public StdDeserializer<T> deserializer() {
    TreeCodec<T> codec = this;
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        JsonNode node = p.readValueAsTree();
        return codec.readChecked(p, node, pointer);
      }
    };
  }
}
