package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

/**
 * A stored row could not be read back (事件解码失败): an event's payload does not decode with its
 * rule's codec, a decoded event cannot follow the state before it, or a snapshot does not decode.
 * The replay stops there; no partly rebuilt state is returned. The message names the rule, the
 * stream and the row's global sequence number (for a snapshot, its stream version), never the
 * payload.
 */
public final class EventDecodeException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String streamId;
  private final long sequence;
  private final long version;

  /**
   * Creates the exception.
   *
   * @param rule the rule's name
   * @param streamId the stream
   * @param sequence the event's global sequence number, or 0 for a snapshot
   * @param version the row's version within the stream
   * @param what what went wrong, such as "does not decode"
   * @param cause the codec's or the rule's exception
   */
  public EventDecodeException(String rule, String streamId, long sequence, long version, String what, Throwable cause) {
    super(describe(rule, streamId, sequence, version, what, cause), cause);
    this.rule = requireNonNull(rule, "rule");
    this.streamId = requireNonNull(streamId, "streamId");
    this.sequence = sequence;
    this.version = version;
  }

  private static String describe(String rule, String streamId, long sequence, long version, String what, Throwable cause) {
    String row = sequence > 0 ? "event at sequence " + sequence + " (version " + version + ")" : "snapshot at version " + version;
    return "Rule " + rule + ", stream " + streamId + ": the " + row + " " + what + " ("
        + cause.getClass().getSimpleName() + "); replay stopped";
  }

  /** Returns the name of the rule the stream belongs to. */
  public String rule() {
    return rule;
  }

  /** Returns the stream's id. */
  public String streamId() {
    return streamId;
  }

  /** Returns the global sequence number of the bad event, or 0 when a snapshot was bad. */
  public long sequence() {
    return sequence;
  }

  /** Returns the version within the stream of the bad event or snapshot. */
  public long version() {
    return version;
  }
}
