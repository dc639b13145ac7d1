package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A type that can be a property name: the keys of a {@link MapCodec}.
 *
 * @param <K> the key type
 */
public interface KeyCodec<K> {

  /**
   * Reads a key from a property name; the parser is at that name, so errors point at its value.
   *
   * @param in where the key was read
   * @param key the property name
   * @return the key; never null
   */
  K fromKey(Input in, String key) throws IOException;

  /** Returns the property name of a key. */
  String toKey(K value);

  /** Returns the schema of the property names, for {@code propertyNames}. */
  ObjectNode keySchema(Schemas schemas);
}
