package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

/**
 * One command of a batch for {@link EventStore#handleAll} (批量命令): the stream it is decided on,
 * its idempotency key and the command itself, as {@link EventStore#handle} takes them one by one.
 *
 * @param streamId the aggregate's stream: 1 to {@value EventStore#MAX_ID_LENGTH} characters
 * @param idempotencyKey the command's key, unique for good across the store: 1 to {@value
 *     EventStore#MAX_ID_LENGTH} characters
 * @param command the command
 * @param <C> the rule's commands
 */
public record StreamCommand<C>(String streamId, String idempotencyKey, C command) {

  /** Checks the stream id and the key (1 to {@value EventStore#MAX_ID_LENGTH} characters) and the command. */
  public StreamCommand {
    EventStore.checkId("stream id", streamId);
    EventStore.checkId("idempotency key", idempotencyKey);
    requireNonNull(command, "command");
  }

  /**
   * Returns a command for a batch.
   *
   * @param streamId the stream
   * @param idempotencyKey the key
   * @param command the command
   * @param <C> the rule's commands
   * @return the batch's command
   */
  public static <C> StreamCommand<C> of(String streamId, String idempotencyKey, C command) {
    return new StreamCommand<>(streamId, idempotencyKey, command);
  }

  /** Returns {@code StreamCommand[stream, key]}; never the command, which may name a person. */
  @Override
  public String toString() {
    return "StreamCommand[" + streamId + ", " + idempotencyKey + "]";
  }
}
