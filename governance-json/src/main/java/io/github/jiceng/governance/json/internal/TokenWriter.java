package io.github.jiceng.governance.json.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where codecs write: the tokens of one binding's generator (Jackson 2, Jackson 3), so that one
 * table serves every binding. Layout and escapes are the generator's, set by the binding.
 */
public interface TokenWriter extends Closeable {

  /** Writes {@code {}}. */
  void startObject() throws IOException;

  /** Writes {@code }}. */
  void endObject() throws IOException;

  /** Writes {@code [}. */
  void startArray() throws IOException;

  /** Writes {@code ]}. */
  void endArray() throws IOException;

  /** Writes a property name declared by a table (its encoded form is kept). */
  void name(Name name) throws IOException;

  /** Writes a property name. */
  void name(String name) throws IOException;

  /** Writes a string value. */
  void string(String value) throws IOException;

  /** Writes an integer value. */
  void number(long value) throws IOException;

  /** Writes a number value, as the shortest decimal that reads back as the same {@code double}. */
  void number(double value) throws IOException;

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value) throws IOException;

  /** Writes {@code null}. */
  void nullValue() throws IOException;

  /** Ends a document: a newline after its value. */
  void endDocument() throws IOException;
}
