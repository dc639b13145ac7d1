package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.jiceng.governance.json.GovernanceJson;
import java.io.UncheckedIOException;

/** The governance JSON module's mapper, compact, for payload columns. */
final class JsonPayloads {

  private JsonPayloads() {}

  /** One payload type written and read by the governance JSON mapper. */
  static final class Codec<T> implements EventCodec<T> {
    private final Class<T> type;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    Codec(Class<T> type) {
      this.type = requireNonNull(type, "type");
      this.writer = GovernanceJson.mapper().writerFor(type).without(SerializationFeature.INDENT_OUTPUT);
      this.reader = GovernanceJson.mapper().readerFor(type);
    }

    @Override
    public String encode(T value) {
      requireNonNull(value, "value");
      try {
        return writer.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("A " + type.getSimpleName() + " could not be written as JSON", e);
      }
    }

    @Override
    public T decode(String payload) {
      requireNonNull(payload, "payload");
      try {
        return reader.readValue(payload);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("The payload is not a " + type.getSimpleName(), e);
      }
    }

    @Override
    public String toString() {
      return "EventCodec.json(" + type.getSimpleName() + ")";
    }
  }
}
