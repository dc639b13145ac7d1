package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.json.internal.Jackson2Syntax;
import io.github.jiceng.governance.json.internal.Syntax;
import java.io.IOException;
import java.util.Map;

/** The Jackson 2 binding: {@link GovernanceJson#files()} and {@link GovernanceJson#mapper()}. */
final class Jackson2Binding implements JsonBinding {

  static final String NAME = "jackson2";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Syntax syntax() {
    return Jackson2Syntax.INSTANCE;
  }

  @Override
  public GovernanceFiles files() {
    return GovernanceJson.files();
  }

  @Override
  public Mapper mapper() {
    JsonMapper m = GovernanceJson.mapper();
    return new Mapper() {
      @Override
      public byte[] writeValueAsBytes(Object value) throws IOException {
        return m.writeValueAsBytes(value);
      }

      @Override
      public String writeValueAsString(Object value) throws IOException {
        return m.writeValueAsString(value);
      }

      @Override
      public byte[] writeAs(Class<?> type, Object value) throws IOException {
        return m.writerFor(type).writeValueAsBytes(value);
      }

      @Override
      public <T> T readValue(byte[] json, Class<T> type) throws IOException {
        return m.readValue(json, type);
      }

      @Override
      public <T> T readValue(String json, Class<T> type) throws IOException {
        return m.readValue(json, type);
      }

      @Override
      public <K, V> Map<K, V> readMap(String json, Class<K> key, Class<V> value) throws IOException {
        return m.readValue(json, m.getTypeFactory().constructMapType(Map.class, key, value));
      }

      @Override
      public void readTree(String json) throws IOException {
        m.readTree(json);
      }
    };
  }

  @Override
  public String toString() {
    return "Jackson 2";
  }
}
