package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored row could not be read back (事件解码失败): an event's payload does not decode with its
 * rule's codec, a decoded event cannot follow the state before it, an event follows a gap, or a
 * snapshot does not decode. The replay stops there; no partly rebuilt state is returned. The
 * message names the rule, the stream and the row's global sequence number (for a snapshot, its
 * stream version), never the payload.
 *
 * <p>Its code is one of {@link StoreErrorCode#EVENT_UNDECODABLE}, {@link
 * StoreErrorCode#EVENT_DOES_NOT_FOLLOW}, {@link StoreErrorCode#REPLAY_REFUSED}, {@link
 * StoreErrorCode#EVENT_GAP} and {@link StoreErrorCode#SNAPSHOT_UNDECODABLE}; its arguments are the
 * rule, the stream, the sequence number (not for a snapshot), the version and, for a gap, the
 * missing version {@code expected}.
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
   * @param code one of the codes of a row that cannot be read back
   * @param rule the rule's name
   * @param streamId the stream
   * @param sequence the event's global sequence number, or 0 for a snapshot
   * @param version the row's version within the stream
   * @param expected for {@link StoreErrorCode#EVENT_GAP}, the missing version; else ignored
   * @param cause the codec's or the rule's exception
   */
  EventDecodeException(StoreErrorCode code, String rule, String streamId, long sequence, long version, long expected,
      Throwable cause) {
    super(code, arguments(code, rule, streamId, sequence, version, expected),
        describe(code, rule, streamId, sequence, version, expected, cause), cause);
    this.rule = requireNonNull(rule, "rule");
    this.streamId = requireNonNull(streamId, "streamId");
    this.sequence = sequence;
    this.version = version;
  }

  private static Map<String, Object> arguments(StoreErrorCode code, String rule, String streamId, long sequence,
      long version, long expected) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("rule", rule);
    arguments.put("streamId", streamId);
    if (code != StoreErrorCode.SNAPSHOT_UNDECODABLE) {
      arguments.put("sequence", sequence);
    }
    arguments.put("version", version);
    if (code == StoreErrorCode.EVENT_GAP) {
      arguments.put("expected", expected);
    }
    return arguments;
  }

  private static String describe(StoreErrorCode code, String rule, String streamId, long sequence, long version,
      long expected, Throwable cause) {
    String what = switch (code) {
      case EVENT_UNDECODABLE, SNAPSHOT_UNDECODABLE -> "does not decode";
      case EVENT_DOES_NOT_FOLLOW -> "cannot follow the state before it";
      case REPLAY_REFUSED -> "ends a replay the rule's fold refuses";
      case EVENT_GAP -> "follows a gap (expected version " + expected + ")";
      default -> throw new IllegalArgumentException(code.key() + " is not an error of reading a row back");
    };
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
