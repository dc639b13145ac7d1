package io.github.jiceng.governance.json;

import io.github.jiceng.governance.json.internal.Syntax;
import java.io.IOException;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A JSON binding the suite runs against: its streaming layer, its files and its strict mapper.
 * This module runs the suite against Jackson 2; {@code governance-json-jackson3} runs the same
 * compiled suite against Jackson 3 by naming its binding in the system property
 * {@value #PROPERTY} and registering it with the {@link ServiceLoader}.
 */
public interface JsonBinding {

  /** The system property naming the binding under test; {@code jackson2} when unset. */
  String PROPERTY = "governance.json.binding";

  /** Returns the binding's name, as {@link #PROPERTY} names it. */
  String name();

  /** Returns the binding's streaming layer. */
  Syntax syntax();

  /** Returns the files read and written through the binding. */
  GovernanceFiles files();

  /** Returns the binding's shared strict mapper. */
  Mapper mapper();

  /**
   * The few calls the suite makes on a binding's mapper. Errors the SDK's codecs raise are thrown
   * as the {@link GovernanceFormatException} they carry, whatever the binding wraps them in.
   */
  interface Mapper {

    /** Writes a value as its runtime type. */
    byte[] writeValueAsBytes(Object value) throws IOException;

    /** Writes a value as its runtime type. */
    String writeValueAsString(Object value) throws IOException;

    /** Writes a value as the given type. */
    byte[] writeAs(Class<?> type, Object value) throws IOException;

    /** Reads a value of the given type. */
    <T> T readValue(byte[] json, Class<T> type) throws IOException;

    /** Reads a value of the given type. */
    <T> T readValue(String json, Class<T> type) throws IOException;

    /** Reads a map with keys and values of the given types. */
    <K, V> Map<K, V> readMap(String json, Class<K> key, Class<V> value) throws IOException;

    /** Reads a tree without binding it to a type, under the mapper's limits. */
    void readTree(String json) throws IOException;
  }

  /** Returns the binding {@link #PROPERTY} names. */
  static JsonBinding selected() {
    String name = System.getProperty(PROPERTY, Jackson2Binding.NAME);
    if (name.equals(Jackson2Binding.NAME)) {
      return new Jackson2Binding();
    }
    for (JsonBinding b : ServiceLoader.load(JsonBinding.class)) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalStateException("no JSON binding named " + name + " is registered");
  }
}
