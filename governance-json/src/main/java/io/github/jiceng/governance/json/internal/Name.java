package io.github.jiceng.governance.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * A property name declared by a table, interned, with the encoded form a binding's writer made of
 * it the first time it wrote it (Jackson's {@code SerializedString}), so that writing a name
 * costs no encoding after the first time.
 */
public final class Name {

  private final String text;
  /** Racy by design, as a cache: a writer that misses it encodes the name again. */
  private @Nullable Object encoded;

  Name(String text) {
    this.text = text.intern();
  }

  /** Returns the name, interned. */
  public String text() {
    return text;
  }

  /** Returns the encoded form a writer kept, or null; a writer of another binding ignores it. */
  public @Nullable Object encoded() {
    return encoded;
  }

  /** Keeps a writer's encoded form. */
  public void encoded(Object form) {
    this.encoded = form;
  }

  @Override
  public String toString() {
    return text;
  }
}
