package io.github.jiceng.governance.json.internal;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Conversions between the model's primitive optionals and the tables' {@code Optional} slots. */
final class Optionals {

  private Optionals() {}

  static Optional<Integer> boxed(OptionalInt o) {
    return o.isPresent() ? Optional.of(o.getAsInt()) : Optional.empty();
  }

  static Optional<Long> boxed(OptionalLong o) {
    return o.isPresent() ? Optional.of(o.getAsLong()) : Optional.empty();
  }

  static OptionalInt unboxedInt(Optional<Integer> o) {
    return o.isPresent() ? OptionalInt.of(o.get()) : OptionalInt.empty();
  }

  static OptionalLong unboxedLong(Optional<Long> o) {
    return o.isPresent() ? OptionalLong.of(o.get()) : OptionalLong.empty();
  }
}
