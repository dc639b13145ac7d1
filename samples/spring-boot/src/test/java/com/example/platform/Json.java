package com.example.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.json.GovernanceJson;
import java.io.UncheckedIOException;

/** The SDK's own JSON, which the tests send and read as any client of the platform would. */
final class Json {

  private Json() {}

  /** Returns a value as the SDK writes it. */
  static String write(Object value) {
    try {
      return GovernanceJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a response body. */
  static JsonNode read(String body) {
    try {
      return GovernanceJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
