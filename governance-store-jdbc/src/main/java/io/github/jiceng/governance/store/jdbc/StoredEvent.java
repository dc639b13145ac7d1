package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

/**
 * One event as the store holds it (已存事件): its global sequence number, the stream it belongs
 * to, its version within the stream (1 for the first event), the idempotency key of the command
 * that appended it, and the decoded event.
 *
 * @param sequence the global sequence number, increasing in the order events were appended
 * @param rule the rule's name
 * @param streamId the stream's id
 * @param version the event's position in its stream, from 1
 * @param idempotencyKey the key of the command that appended it
 * @param event the event
 * @param <E> the event type
 */
public record StoredEvent<E>(long sequence, String rule, String streamId, long version, String idempotencyKey, E event) {

  /** Checks the parts are present. */
  public StoredEvent {
    requireNonNull(rule, "rule");
    requireNonNull(streamId, "streamId");
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(event, "event");
  }
}
