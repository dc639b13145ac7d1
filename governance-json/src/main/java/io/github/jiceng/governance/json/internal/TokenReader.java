package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stream of JSON tokens, as a binding's parser gives them: what the codecs read, so that one
 * table serves every binding (Jackson 2, Jackson 3). An adapter forwards each call to its parser;
 * it adds no state of its own, so a parser handed in by a mapper stays where the codec leaves it.
 *
 * <p>A binding whose parser throws unchecked exceptions lets them through;
 * {@link #failure} turns them, like the checked ones, into format errors at the reader's
 * boundaries ({@link Documents}, {@link RecordCursor}, a mapper's deserializer).
 */
public interface TokenReader extends Closeable {

  /** Returns the current token, or null before the first and after the last. */
  @Nullable Token token();

  /** Advances to the next token and returns it; null at the end of the input. */
  @Nullable Token next() throws IOException;

  /** Returns the property name at a {@link Token#NAME}. */
  String name() throws IOException;

  /** Returns the text of the current scalar value (a string's content, a number as written). */
  String text() throws IOException;

  /** Returns whether the current integer fits a {@code long}. */
  boolean fitsLong() throws IOException;

  /** Returns the current integer; call only when it {@link #fitsLong fits}. */
  long longValue() throws IOException;

  /** Returns the current number as a {@code double}. */
  double doubleValue() throws IOException;

  /** At the start of an object or array, advances to its end; elsewhere does nothing. */
  void skipChildren() throws IOException;

  /**
   * Returns the JSON Pointer of the value the current token starts, ends or is (for a property
   * name: the property's value), relative to this reader's root; the empty string for the root.
   */
  String pointer();

  /** Returns the pointer of the object whose property name is the current token. */
  String enclosingObjectPointer();

  /**
   * Starts a buffer of one object's properties, to be replayed as a reader whose pointers start at
   * that object (a union whose discriminator is not its first property).
   */
  Replay buffer() throws IOException;

  /**
   * Returns a format error, with the reader's location where the binding has one, and the rule's
   * named values (see {@link GovernanceFormatException#arguments()}).
   */
  GovernanceFormatException error(String pointer, String rule, String detail, List<Violation> violations,
      Map<String, String> arguments);

  /**
   * Returns what a failure of this binding's parser means: a format error at the reader's
   * position (through {@code in}) for malformed text, broken limits or undecodable bytes; the
   * stream's own {@link IOException} when the binding wrapped it; or null when the failure is not
   * the parser's (a bug), to be thrown as it is.
   */
  @Nullable IOException failure(Input in, Exception e);

  /**
   * An object being buffered from a reader: properties copied in, then replayed.
   */
  interface Replay extends Closeable {

    /** Copies the property {@code name} with the source's current value (and its children). */
    void copyProperty(String name) throws IOException;

    /** Ends the object and returns a reader of it, before its first token. */
    TokenReader replay() throws IOException;
  }
}
