package io.github.jiceng.governance.json.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for {@link ObjectCodec.Locator}s: finding the element of a list a model violation is
 * about, so that the error points at it rather than at the whole list.
 */
final class Locators {

  private Locators() {}

  /**
   * Returns the pointer of the second element of {@code list} whose key prints as {@code key}
   * (the repeat a uniqueness violation is about), followed by {@code field}; null if there is none.
   *
   * @param property the list's property, such as {@code "persons"}
   * @param field the element's property naming the key, such as {@code "id"}
   */
  static <V> @Nullable String repeat(String property, List<V> list, Function<V, ?> keyOf, String key, String field) {
    boolean seen = false;
    for (int i = 0; i < list.size(); i++) {
      if (String.valueOf(keyOf.apply(list.get(i))).equals(key)) {
        if (seen) {
          return Pointers.segment(property) + "/" + i + Pointers.segment(field);
        }
        seen = true;
      }
    }
    return null;
  }

  /** Returns the pointer of the first repeated key of {@code list}, followed by {@code field}; or null. */
  static <V> @Nullable String firstRepeat(String property, List<V> list, Function<V, ?> keyOf, String field) {
    Set<Object> keys = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!keys.add(keyOf.apply(list.get(i)))) {
        return Pointers.segment(property) + "/" + i + Pointers.segment(field);
      }
    }
    return null;
  }

  /** Returns the pointer of the first element of {@code list} matching {@code which}, followed by {@code rest}; or null. */
  static <V> @Nullable String first(String property, List<V> list, Predicate<V> which, String rest) {
    for (int i = 0; i < list.size(); i++) {
      if (which.test(list.get(i))) {
        return Pointers.segment(property) + "/" + i + rest;
      }
    }
    return null;
  }

  /**
   * Returns the text between {@code before} and {@code after} in a violation's detail (the key a
   * model message names), or null.
   */
  static @Nullable String between(String detail, String before, String after) {
    int start = detail.indexOf(before);
    if (start < 0) {
      return null;
    }
    start += before.length();
    int end = detail.indexOf(after, start);
    return end < 0 ? null : detail.substring(start, end);
  }

  /**
   * Returns the id inside a subject such as {@code "Project[pj-1]"} when the subject names that
   * type, or null.
   */
  static @Nullable String idOf(String subject, String type) {
    return subject.startsWith(type + "[") && subject.endsWith("]")
        ? subject.substring(type.length() + 1, subject.length() - 1) : null;
  }
}
