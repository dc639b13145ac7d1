package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

/**
 * Writes a rule's events as JSON text for the store's payload column and reads them back (事件编解码).
 * Supplied once per rule, at registration ({@link StoredRule}).
 *
 * <p>{@code decode(encode(e))} must equal {@code e}. A codec throws any unchecked exception for a
 * payload it cannot read; the store turns it into an {@link EventDecodeException} naming the rule,
 * the stream and the sequence number, and never returns a partly rebuilt state.
 *
 * @param <E> the rule's event type
 */
public interface EventCodec<E> {

  /**
   * Returns the event as JSON text.
   *
   * @param event the event
   * @return the payload, a JSON document
   */
  String encode(E event);

  /**
   * Reads an event written by {@link #encode}.
   *
   * @param payload the stored JSON text
   * @return the event
   * @throws RuntimeException of any kind if the payload is not an event of this rule
   */
  E decode(String payload);

  /**
   * Returns the codec that writes and reads the events with the governance JSON module, for event
   * types the module binds (such as {@code model.points.LedgerEntry} and
   * {@code model.fund.LedgerEntry}): compact, deterministic and strict.
   *
   * @param type the event type
   * @param <E> the event type
   * @return the codec
   */
  static <E> EventCodec<E> json(Class<E> type) {
    requireNonNull(type, "type");
    return new JsonPayloads.Codec<>(type);
  }
}
