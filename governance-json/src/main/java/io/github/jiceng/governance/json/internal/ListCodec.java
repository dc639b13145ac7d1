package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An array of values of one codec, read into an unmodifiable list in file order, or into an
 * unmodifiable set in file order where a repeated element is an error ({@code uniqueItems}).
 *
 * @param <E> the element type
 * @param <C> {@code List<E>} or {@code Set<E>}
 */
public final class ListCodec<E, C extends java.util.Collection<E>> extends Codec<C> {

  private final Codec<E> element;
  private final boolean unique;

  private ListCodec(Class<?> type, Codec<E> element, boolean unique) {
    super(type);
    this.element = element;
    this.unique = unique;
  }

  static <E> ListCodec<E, List<E>> list(Codec<E> element) {
    return new ListCodec<>(List.class, element, false);
  }

  static <E> ListCodec<E, Set<E>> set(Codec<E> element) {
    return new ListCodec<>(Set.class, element, true);
  }

  /** Returns the codec of the elements. */
  public Codec<E> element() {
    return element;
  }

  @Override
  @SuppressWarnings("unchecked")
  public C read(Input in) throws IOException {
    if (in.token() != Token.START_ARRAY) {
      throw in.mismatch("array", this);
    }
    if (unique) {
      Set<E> out = new LinkedHashSet<>();
      while (in.next() != Token.END_ARRAY) {
        if (!out.add(element.read(in))) {
          throw in.fail("unique-items", "the value appears more than once in the array");
        }
      }
      return (C) Collections.unmodifiableSet(out);
    }
    List<E> out = new ArrayList<>();
    while (in.next() != Token.END_ARRAY) {
      out.add(element.read(in));
    }
    return (C) Collections.unmodifiableList(out);
  }

  @Override
  public void write(C value, TokenWriter out) throws IOException {
    out.startArray();
    for (E e : value) {
      element.write(e, out);
    }
    out.endArray();
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("type", "array");
    s.set("items", element.schema(schemas));
    if (unique) {
      s.put("uniqueItems", true);
    }
    return s;
  }
}
