package io.github.jiceng.governance.json;

import io.github.jiceng.governance.json.internal.Syntax;
import io.github.jiceng.governance.json.jackson3.GovernanceDatabindException;
import io.github.jiceng.governance.json.jackson3.GovernanceJackson3;
import io.github.jiceng.governance.json.jackson3.internal.Jackson3Syntax;
import java.io.IOException;
import java.util.Map;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 binding, under which governance-json's suite runs here:
 * {@link GovernanceJackson3#files()} and {@link GovernanceJackson3#mapper()}. A
 * {@link GovernanceDatabindException} is thrown as the format error it carries, so the suite's
 * assertions on pointers, rules and messages hold for both bindings unchanged.
 */
public final class Jackson3Binding implements JsonBinding {

  /** The binding's name. */
  public static final String NAME = "jackson3";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Syntax syntax() {
    return Jackson3Syntax.INSTANCE;
  }

  @Override
  public GovernanceFiles files() {
    return GovernanceJackson3.files();
  }

  /** A call on the mapper. */
  @FunctionalInterface
  private interface Call<T> {
    T run();
  }

  private static <T> T unwrapped(Call<T> call) throws IOException {
    try {
      return call.run();
    } catch (GovernanceDatabindException e) {
      throw e.formatError();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Mapper mapper() {
    JsonMapper m = GovernanceJackson3.mapper();
    return new Mapper() {
      @Override
      public byte[] writeValueAsBytes(Object value) throws IOException {
        return unwrapped(() -> m.writeValueAsBytes(value));
      }

      @Override
      public String writeValueAsString(Object value) throws IOException {
        return unwrapped(() -> m.writeValueAsString(value));
      }

      @Override
      public byte[] writeAs(Class<?> type, Object value) throws IOException {
        return unwrapped(() -> m.writerFor(type).writeValueAsBytes(value));
      }

      @Override
      public <T> T readValue(byte[] json, Class<T> type) throws IOException {
        return unwrapped(() -> m.readValue(json, type));
      }

      @Override
      public <T> T readValue(String json, Class<T> type) throws IOException {
        return unwrapped(() -> m.readValue(json, type));
      }

      @Override
      public <K, V> Map<K, V> readMap(String json, Class<K> key, Class<V> value) throws IOException {
        return unwrapped(() -> m.readValue(json, m.getTypeFactory().constructMapType(Map.class, key, value)));
      }

      @Override
      public void readTree(String json) throws IOException {
        unwrapped(() -> m.readTree(json));
      }
    };
  }

  @Override
  public String toString() {
    return "Jackson 3";
  }
}
