package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

/**
 * Writes a rule's state as JSON text for a snapshot and reads it back (快照编解码). {@code
 * decode(encode(s))} must equal {@code s}: a snapshot stands in for the events before it, so a
 * state read from a snapshot and evolved through the tail must equal the full replay.
 *
 * @param <S> the rule's state type
 */
public interface SnapshotCodec<S> {

  /**
   * Returns the state as JSON text.
   *
   * @param state the state
   * @return the payload, a JSON document
   */
  String encode(S state);

  /**
   * Reads a state written by {@link #encode}.
   *
   * @param payload the stored JSON text
   * @return the state
   * @throws RuntimeException of any kind if the payload is not a state of this rule
   */
  S decode(String payload);

  /**
   * Returns the codec that writes and reads states with the governance JSON module, for state
   * types the module binds.
   *
   * @param type the state type
   * @param <S> the state type
   * @return the codec
   */
  static <S> SnapshotCodec<S> json(Class<S> type) {
    requireNonNull(type, "type");
    JsonPayloads.Codec<S> codec = new JsonPayloads.Codec<>(type);
    return new SnapshotCodec<>() {
      @Override
      public String encode(S state) {
        return codec.encode(state);
      }

      @Override
      public S decode(String payload) {
        return codec.decode(payload);
      }
    };
  }
}
