package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

/**
 * A stream's state as loaded (流状态): the fold of its events, the version it reflects (the number
 * of events), and the version of the snapshot it started from (0 when replayed from the first
 * event).
 *
 * @param state the state
 * @param version the stream's version: how many events the state reflects
 * @param snapshotVersion the version of the snapshot the replay started from, or 0
 * @param <S> the state type
 */
public record StreamState<S>(S state, long version, long snapshotVersion) {

  /** Checks the parts. */
  public StreamState {
    requireNonNull(state, "state");
    if (version < 0 || snapshotVersion < 0 || snapshotVersion > version) {
      throw new IllegalArgumentException("Versions out of order: snapshot " + snapshotVersion + ", stream " + version);
    }
  }
}
