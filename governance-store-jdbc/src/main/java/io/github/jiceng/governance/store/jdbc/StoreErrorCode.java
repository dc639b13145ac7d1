package io.github.jiceng.governance.store.jdbc;

import java.util.List;
import java.util.Locale;

/**
 * The stable code of each way the store can fail (存储错误代码), carried by every {@link
 * StoreException} beside the named arguments it lists. The key ({@code store.unavailable}, ...) is
 * what a host logs, matches and translates; it never changes once released. Each key has a text in
 * Chinese and in English beside this class ({@code errors_zh.properties}, {@code
 * errors_en.properties}) that names exactly these arguments, and {@link
 * StoreException#message(io.github.jiceng.governance.model.shared.Language)} renders it.
 *
 * <p>Arguments name rules, stream ids, sequence numbers, versions, SQL states, script names, person
 * ids and field names, never a payload or a personal value, so no personal data reaches a person or a log through them.
 */
public enum StoreErrorCode {
  /**
   * The database cannot be reached or stopped serving ({@link StoreUnavailableException}); the
   * argument {@code operation} names what the store was doing, and that operation's own
   * arguments come with it ({@code rule}, {@code streamId} or {@code fund}).
   */
  UNAVAILABLE("operation", "sqlState"),
  /** The database failed otherwise while the store was doing {@code operation}. */
  DATABASE_FAILED("operation", "sqlState"),
  /** A command lost the race for its stream's next version on every attempt ({@link ConcurrencyConflictException}). */
  CONCURRENCY_CONFLICT("rule", "streamId", "attempts"),
  /** An idempotency key recorded for one rule and stream was sent for another ({@link IdempotencyKeyReusedException}). */
  IDEMPOTENCY_KEY_REUSED("key", "recordedRule", "recordedStreamId", "rule", "streamId"),
  /** The driver returned no generated sequence number for an appended event. */
  NO_SEQUENCE_NUMBER("rule"),
  /** A stored event's payload does not decode with its rule's codec ({@link EventDecodeException}). */
  EVENT_UNDECODABLE("rule", "streamId", "sequence", "version"),
  /** A decoded event cannot follow the state before it ({@link EventDecodeException}). */
  EVENT_DOES_NOT_FOLLOW("rule", "streamId", "sequence", "version"),
  /** The rule's fold refuses a replay that ends at the given event ({@link EventDecodeException}). */
  REPLAY_REFUSED("rule", "streamId", "sequence", "version"),
  /** A stored event follows a gap: the version {@code expected} is missing ({@link EventDecodeException}). */
  EVENT_GAP("rule", "streamId", "sequence", "version", "expected"),
  /** A stored snapshot does not decode ({@link EventDecodeException}). */
  SNAPSHOT_UNDECODABLE("rule", "streamId", "version"),
  /** A recorded refusal, answered again for a re-sent command, does not decode. */
  REFUSAL_UNDECODABLE("rule", "streamId"),
  /** A row of the schema history does not match the script this release ships. */
  SCHEMA_MISMATCH("row", "script"),
  /**
   * A person's row in the {@link PersonRegister} does not authenticate in {@code field} under the
   * person's key ({@link PersonTamperedException}).
   */
  PERSON_TAMPERED("person", "field");

  private final String key;
  private final List<String> arguments;

  StoreErrorCode(String... arguments) {
    this.key = "store." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.arguments = List.of(arguments);
  }

  /**
   * Returns the stable key, such as {@code store.unavailable}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the names of the arguments every error of this code carries, in the order its texts
   * tend to use them; an {@code operation} brings the arguments of that operation besides.
   *
   * @return the names
   */
  public List<String> arguments() {
    return arguments;
  }
}
