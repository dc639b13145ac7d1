package io.github.jiceng.governance.json.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The building blocks of every binding: scalars, text forms, enums and collections. A model type
 * is bound by an {@link ObjectCodec} table over these (or a {@link TextCodec} for a type with a
 * text form, or a {@link UnionCodec} for a sealed hierarchy).
 */
public final class Codecs {

  private static final StringCodec STRING = new StringCodec(0, Integer.MAX_VALUE, null, null, null, null);
  private static final BooleanCodec BOOLEAN = new BooleanCodec();

  /** An instant in ISO-8601 UTC, such as {@code "2024-03-02T01:00:00Z"}. */
  public static final TextCodec<Instant> INSTANT =
      text(Instant.class, Instant::parse, Instant::toString).format("date-time");

  /** A duration in ISO-8601, such as {@code "PT2H30M"}. */
  public static final TextCodec<Duration> DURATION =
      text(Duration.class, Duration::parse, Duration::toString).format("duration");

  /** A calendar date in ISO-8601, such as {@code "2024-03-02"}. */
  public static final TextCodec<LocalDate> LOCAL_DATE =
      text(LocalDate.class, LocalDate::parse, LocalDate::toString).format("date");

  private Codecs() {}

  /** Returns a codec of any string; narrow it with {@link StringCodec#length} and {@link StringCodec#pattern}. */
  public static StringCodec string() {
    return STRING;
  }

  /** Returns a codec of {@code true} and {@code false}. */
  public static Codec<Boolean> bool() {
    return BOOLEAN;
  }

  /** Returns a codec of the {@code int}s from {@code min} to {@code max}. */
  public static Codec<Integer> integer(int min, int max) {
    return new IntegerCodec<>(Integer.class, min, max, v -> (int) v);
  }

  /** Returns a codec of the {@code long}s from {@code min} to {@code max}. */
  public static Codec<Long> longInteger(long min, long max) {
    return new IntegerCodec<>(Long.class, min, max, v -> v);
  }

  /**
   * Returns a codec of a type written as its text form.
   *
   * @param type the type
   * @param parse the model's parser, such as {@code GridCode::parse}; may throw the model's
   *     validation exceptions
   * @param format the inverse of {@code parse}
   */
  public static <T> TextCodec<T> text(Class<T> type, Function<String, T> parse, Function<T, String> format) {
    return new TextCodec<>(type, parse, format, null, null, null, null, null);
  }

  /**
   * Returns a codec of a type written as its text form, listed in the schema's {@code $defs}.
   *
   * @param type the type; its simple name is the definition's name
   * @param description the definition's description
   * @param parse the model's parser
   * @param format the inverse of {@code parse}
   */
  public static <T> TextCodec<T> text(Class<T> type, String description, Function<String, T> parse,
      Function<T, String> format) {
    return new TextCodec<>(type, parse, format, type.getSimpleName(), description, null, null, null);
  }

  /** Returns a codec of an enum's constants, written as their names. */
  public static <E extends Enum<E>> EnumCodec<E> enumeration(Class<E> type, String description) {
    return new EnumCodec<>(type, description);
  }

  /** Returns a codec of an array read into an unmodifiable list, in order. */
  public static <E> ListCodec<E, List<E>> list(Codec<E> element) {
    return ListCodec.list(element);
  }

  /** Returns a codec of an array of distinct values read into an unmodifiable set, in order. */
  public static <E> ListCodec<E, Set<E>> set(Codec<E> element) {
    return ListCodec.set(element);
  }

  /** Returns a codec of an object read into an unmodifiable map, in order. */
  public static <K, V> MapCodec<K, V> map(KeyCodec<K> keys, Codec<V> values) {
    return new MapCodec<>(keys, values);
  }
}
