package io.github.jiceng.governance.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable home for every stateful rule (事件存储): one append-only stream of events per
 * aggregate in a relational database reached through the host's {@link DataSource}, with a global
 * sequence and a per-stream version, exactly-once command handling by idempotency key, optimistic
 * concurrency, snapshots and read models. The rules stay pure; the store runs any {@link Decider}
 * the same way.
 *
 * <p>{@link #handle} decides a command on the stream's current state (its latest snapshot plus
 * the events after it) and, in one transaction:
 *
 * <ul>
 *   <li>records the command under its idempotency key (a primary key in the database), so the same
 *       key sent again answers the first outcome and appends nothing: an applied command comes
 *       back {@link Decision.Unchanged} with the events it appended, a refused one with its
 *       refusal;
 *   <li>moves the stream's head version from the one it decided on to the new one, and appends
 *       the applied events at those versions (unique in the database). A concurrent writer that
 *       moved the head first makes the command roll back and be decided again on the fresh state,
 *       never appended stale: optimistic concurrency. A retry locks the stream's head row before
 *       it reads, so a command loses at most once to its rivals on one stream; a new stream's
 *       first writers race on its primary key. At most {@link #maxAttempts()} attempts;
 *   <li>appends nothing for a refused or unchanged command, and returns the rule's decision;
 *   <li>writes a snapshot when the stream passes a multiple of the rule's snapshot interval, and
 *       applies the events to the rule's read models.
 * </ul>
 *
 * <p>Transactions run at the connection's isolation level, which must be READ COMMITTED (the
 * default of PostgreSQL and its derivatives; on MySQL set it on the pool), so that a retry
 * reads what its rivals committed.
 *
 * <p>Immutable and thread-safe: share one instance; each call takes a connection from the data
 * source for its duration. Nothing is cached between calls, so any number of processes may share
 * one database.
 *
 * <pre>{@code
 * EventStore store = EventStore.on(dataSource);
 * store.migrate();
 * store.prepare(lantian);                                  // the read models' tables
 * Decision<FundEvent> d = store.handle(lantian, "lantian-fund", "don-2024-0001", new FundCommand.Donate(donation));
 * FundBook book = store.load(lantian, "lantian-fund").state();
 * }</pre>
 */
public final class EventStore {

  /** How many times a command is decided again after losing a race, unless configured. */
  public static final int DEFAULT_MAX_ATTEMPTS = 100;

  /** The longest stream id or idempotency key, in characters. */
  public static final int MAX_ID_LENGTH = 200;

  private static final ObjectMapper REFUSALS = new ObjectMapper();

  private static final Logger LOG = LoggerFactory.getLogger(EventStore.class);

  private final DataSource dataSource;
  private final int maxAttempts;
  private final CommandObserver observer;

  private EventStore(DataSource dataSource, int maxAttempts, CommandObserver observer) {
    this.dataSource = dataSource;
    this.maxAttempts = maxAttempts;
    this.observer = observer;
  }

  /**
   * Opens the store on a database. Call {@link #migrate} once before the first command.
   *
   * @param dataSource the host's data source, pooled for concurrent use
   * @return the store
   */
  public static EventStore on(DataSource dataSource) {
    return new EventStore(requireNonNull(dataSource, "dataSource"), DEFAULT_MAX_ATTEMPTS, CommandObserver.NONE);
  }

  /**
   * Returns this store deciding a command at most {@code attempts} times when writers race.
   *
   * @param attempts at least 1
   * @return the new store
   */
  public EventStore withMaxAttempts(int attempts) {
    checkArgument(attempts >= 1, "A command is attempted at least once, not %s times", attempts);
    return new EventStore(dataSource, attempts, observer);
  }

  /**
   * Returns this store telling {@code observer} of every command it handles, after the command's
   * transaction committed (for metrics and logs; see {@link CommandObserver}).
   *
   * @param observer the observer; {@link CommandObserver#NONE} for none
   * @return the new store
   */
  public EventStore withObserver(CommandObserver observer) {
    return new EventStore(dataSource, maxAttempts, requireNonNull(observer, "observer"));
  }

  /** Returns how many times a command is decided at most when writers race. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Creates or upgrades the store's tables ({@link Schema#migrate}).
   *
   * @return the number of scripts applied now
   * @throws StoreException if the database fails
   */
  public int migrate() {
    return Schema.migrate(dataSource);
  }

  /**
   * Handles one command exactly once: decides it on the stream's current state and appends what
   * was applied, all in one transaction; see the class description.
   *
   * @param rule the registered rule
   * @param streamId the aggregate's stream, such as a member's or a fund's id: 1 to {@value
   *     #MAX_ID_LENGTH} characters
   * @param idempotencyKey the command's key, unique for good across the store: 1 to {@value
   *     #MAX_ID_LENGTH} characters
   * @param command the command
   * @param <C> the commands
   * @param <S> the state
   * @param <E> the events
   * @return the rule's decision, or for a key handled before, the first outcome (an applied
   *     command as {@link Decision.Unchanged} with the events it appended)
   * @throws IdempotencyKeyReusedException if the key was recorded for another rule or stream
   * @throws ConcurrencyConflictException if the command lost every attempt to a concurrent writer
   * @throws EventDecodeException if a stored event or snapshot of the stream cannot be read back
   * @throws StoreUnavailableException if the database cannot be reached
   * @throws StoreException if the database fails otherwise
   */
  public <C, S, E> Decision<E> handle(StoredRule<C, S, E> rule, String streamId, String idempotencyKey, C command) {
    requireNonNull(rule, "rule");
    checkId("stream id", streamId);
    checkId("idempotency key", idempotencyKey);
    requireNonNull(command, "command");
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      SQLException lastConflict = null;
      for (int attempt = 1; attempt <= maxAttempts; attempt++) {
        try {
          long[] version = {0};
          Optional<Decision<E>> decision = attempt(connection, rule, streamId, idempotencyKey, command, attempt > 1, version);
          if (decision.isPresent()) {
            connection.commit();
            tell(rule, decision.get(), version[0], attempt, started);
            return decision.get();
          }
          connection.rollback();
        } catch (SQLException e) {
          rollback(connection, e);
          if (!SqlErrors.isConflict(e)) {
            throw SqlErrors.translate(StoreOperation.HANDLE_COMMAND, e, rule.name(), streamId);
          }
          lastConflict = e;
        } catch (RuntimeException | Error e) {
          rollback(connection, e);
          throw e;
        }
      }
      throw new ConcurrencyConflictException(Map.of("rule", rule.name(), "streamId", streamId, "attempts", maxAttempts),
          "Rule " + rule.name() + ", stream " + streamId + ": the command lost the race for the next version in "
              + maxAttempts + " attempt(s); nothing was written", lastConflict);
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.HANDLE_COMMAND, e, rule.name(), streamId);
    }
  }

  /**
   * Loads a stream's current state: its latest snapshot, if any, evolved through the events after
   * it.
   *
   * @param rule the registered rule
   * @param streamId the stream
   * @param <S> the state
   * @return the state and its version; the initial state at version 0 for a stream never written
   * @throws EventDecodeException if a stored event or snapshot cannot be read back
   * @throws StoreException if the database fails
   */
  public <S> StreamState<S> load(StoredRule<?, S, ?> rule, String streamId) {
    return read(rule, streamId, true);
  }

  /**
   * Replays a stream from its first event, ignoring snapshots: what {@link #load} must equal.
   *
   * @param rule the registered rule
   * @param streamId the stream
   * @param <S> the state
   * @return the state and its version, with snapshot version 0
   * @throws EventDecodeException if a stored event cannot be read back
   * @throws StoreException if the database fails
   */
  public <S> StreamState<S> replay(StoredRule<?, S, ?> rule, String streamId) {
    return read(rule, streamId, false);
  }

  /**
   * Returns a stream's events, oldest first.
   *
   * @param rule the registered rule
   * @param streamId the stream
   * @param <E> the events
   * @return the events with their sequence numbers and versions
   * @throws EventDecodeException if a stored event cannot be decoded
   * @throws StoreException if the database fails
   */
  public <E> List<StoredEvent<E>> events(StoredRule<?, ?, E> rule, String streamId) {
    requireNonNull(rule, "rule");
    checkId("stream id", streamId);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<StoredEvent<E>> events = tail(connection, rule, streamId, 0);
        connection.commit();
        return events;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.READ_STREAM, e, rule.name(), streamId);
    }
  }

  /**
   * Returns the ids of a rule's streams, in order.
   *
   * @param rule the registered rule
   * @return the stream ids
   * @throws StoreException if the database fails
   */
  public List<String> streams(StoredRule<?, ?, ?> rule) {
    requireNonNull(rule, "rule");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT stream_id FROM gov_stream WHERE rule = ? ORDER BY stream_id")) {
      query.setString(1, rule.name());
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.LIST_STREAMS, e, rule.name());
    }
  }

  /**
   * Creates the tables of the rule's read models if they do not exist.
   *
   * @param rule the registered rule
   * @throws StoreException if the database fails
   */
  public void prepare(StoredRule<?, ?, ?> rule) {
    requireNonNull(rule, "rule");
    inTransaction(StoreOperation.PREPARE_READ_MODELS, rule.name(), connection -> {
      for (Projection<?> projection : rule.projections()) {
        projection.createTables(connection);
      }
    });
  }

  /**
   * Rebuilds the rule's read models from its events: empties them and applies every stored
   * event again in sequence order, each command's events together, in one transaction. A correct
   * read model gives the same rows as it held before.
   *
   * @param rule the registered rule
   * @param <E> the events
   * @return the number of events applied
   * @throws EventDecodeException if a stored event cannot be decoded; the read models are left
   *     as they were
   * @throws StoreException if the database fails
   */
  public <E> long rebuild(StoredRule<?, ?, E> rule) {
    requireNonNull(rule, "rule");
    long[] count = {0};
    inTransaction(StoreOperation.REBUILD_READ_MODELS, rule.name(), connection -> {
      for (Projection<E> projection : rule.projections()) {
        projection.createTables(connection);
        projection.clear(connection);
      }
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT sequence, stream_id, stream_version, idempotency_key, payload FROM gov_event WHERE rule = ? ORDER BY sequence")) {
        query.setString(1, rule.name());
        query.setFetchSize(1000);
        List<StoredEvent<E>> batch = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            StoredEvent<E> event = decodeRow(rule, rows.getString(2), rows.getLong(1), rows.getLong(3), rows.getString(4),
                rows.getString(5));
            if (!batch.isEmpty() && !sameCommand(batch.get(0), event)) {
              project(connection, rule, batch);
              batch = new ArrayList<>();
            }
            batch.add(event);
            count[0]++;
          }
        }
        if (!batch.isEmpty()) {
          project(connection, rule, batch);
        }
      }
    });
    return count[0];
  }

  /** Returns {@code EventStore[maxAttempts=N]}. */
  @Override
  public String toString() {
    return "EventStore[maxAttempts=" + maxAttempts + "]";
  }

  private void tell(StoredRule<?, ?, ?> rule, Decision<?> decision, long version, int attempts, long started) {
    if (observer == CommandObserver.NONE) {
      return;
    }
    try {
      observer.handled(new CommandObserver.HandledCommand(rule.name(), decision, version, attempts,
          Math.max(0, System.nanoTime() - started)));
    } catch (RuntimeException e) {
      LOG.warn("The command observer of rule {} failed; the command was committed", rule.name(), e);
    }
  }

  // ---- one attempt of a command, inside the caller's transaction

  /**
   * Decides and writes one command, or returns empty when a concurrent writer moved the stream's
   * head first. A retry ({@code lockHead}) locks the head row before it reads, so it cannot lose
   * again to another retry.
   */
  private <C, S, E> Optional<Decision<E>> attempt(Connection connection, StoredRule<C, S, E> rule, String streamId, String key,
      C command, boolean lockHead, long[] versionAfter) throws SQLException {
    Optional<Decision<E>> first = firstOutcome(connection, rule, streamId, key, versionAfter);
    if (first.isPresent()) {
      return first;
    }
    if (lockHead) {
      lockHead(connection, rule, streamId);
    }
    StreamState<S> current = load(connection, rule, streamId, true);
    Decider<C, S, E> decider = rule.decider();
    Decision<E> decision = requireNonNull(decider.decide(command, current.state()), "decide returned null");
    long version = current.version();
    versionAfter[0] = version + (decision instanceof Decision.Applied<E> a ? a.events().size() : 0);
    if (decision instanceof Decision.Applied<E> applied) {
      S next = requireNonNull(decider.fold(current.state(), applied.events()), "fold returned null");
      long last = version + applied.events().size();
      if (!advanceHead(connection, rule, streamId, version, last)) {
        return Optional.empty();
      }
      recordCommand(connection, rule, streamId, key, "APPLIED", version + 1, last, null);
      List<StoredEvent<E>> stored = append(connection, rule, streamId, key, version, applied.events());
      if (rule.snapshotEvery() > 0 && version / rule.snapshotEvery() < last / rule.snapshotEvery()) {
        writeSnapshot(connection, rule, streamId, last, next);
      }
      project(connection, rule, stored);
    } else if (decision instanceof Decision.Refused<E> refused) {
      recordCommand(connection, rule, streamId, key, "REFUSED", 0, 0, refused.refusal());
    } else {
      recordCommand(connection, rule, streamId, key, "UNCHANGED", 0, 0, null);
    }
    return Optional.of(decision);
  }

  private static void lockHead(Connection connection, StoredRule<?, ?, ?> rule, String streamId) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(
        "SELECT version FROM gov_stream WHERE rule = ? AND stream_id = ? FOR UPDATE")) {
      lock.setString(1, rule.name());
      lock.setString(2, streamId);
      try (ResultSet rows = lock.executeQuery()) {
        rows.next();
      }
    }
  }

  /**
   * Moves the stream's head from the version the decision was taken on to the new one: the
   * optimistic check. Returns false if another writer moved it first; a new stream's head is
   * inserted, and a rival's insert fails on the primary key.
   */
  private static boolean advanceHead(Connection connection, StoredRule<?, ?, ?> rule, String streamId, long from, long to)
      throws SQLException {
    if (from == 0) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO gov_stream (rule, stream_id, version) VALUES (?, ?, ?)")) {
        insert.setString(1, rule.name());
        insert.setString(2, streamId);
        insert.setLong(3, to);
        insert.executeUpdate();
        return true;
      }
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE gov_stream SET version = ? WHERE rule = ? AND stream_id = ? AND version = ?")) {
      update.setLong(1, to);
      update.setString(2, rule.name());
      update.setString(3, streamId);
      update.setLong(4, from);
      return update.executeUpdate() == 1;
    }
  }

  private <E> Optional<Decision<E>> firstOutcome(Connection connection, StoredRule<?, ?, E> rule, String streamId, String key,
      long[] versionAfter) throws SQLException {
    String recordedRule;
    String recordedStream;
    String outcome;
    long firstVersion;
    long lastVersion;
    String code;
    String refusal;
    try (PreparedStatement query = connection.prepareStatement("SELECT rule, stream_id, outcome, first_version, last_version, "
        + "refusal_code, refusal FROM gov_command WHERE idempotency_key = ?")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        recordedRule = rows.getString(1);
        recordedStream = rows.getString(2);
        outcome = rows.getString(3);
        firstVersion = rows.getLong(4);
        lastVersion = rows.getLong(5);
        code = rows.getString(6);
        refusal = rows.getString(7);
      }
    }
    if (!recordedRule.equals(rule.name()) || !recordedStream.equals(streamId)) {
      throw new IdempotencyKeyReusedException(Map.of("key", key, "recordedRule", recordedRule, "recordedStreamId",
          recordedStream, "rule", rule.name(), "streamId", streamId), "Idempotency key " + Excerpts.of(key)
          + " was recorded for rule " + recordedRule + ", stream " + recordedStream + ", and is now sent for rule "
          + rule.name() + ", stream " + streamId);
    }
    switch (outcome) {
      case "APPLIED": {
        versionAfter[0] = lastVersion;
        List<E> events = new ArrayList<>();
        for (StoredEvent<E> event : range(connection, rule, streamId, firstVersion, lastVersion)) {
          events.add(event.event());
        }
        return Optional.of(Decision.unchanged(events));
      }
      case "REFUSED":
        return Optional.of(Decision.refused(readRefusal(rule, streamId, code, refusal)));
      default:
        return Optional.of(Decision.unchanged(List.of()));
    }
  }

  private void recordCommand(Connection connection, StoredRule<?, ?, ?> rule, String streamId, String key, String outcome,
      long firstVersion, long lastVersion, Refusal refusal) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_command (idempotency_key, rule, stream_id, "
        + "outcome, first_version, last_version, refusal_code, refusal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, rule.name());
      insert.setString(3, streamId);
      insert.setString(4, outcome);
      if (firstVersion > 0) {
        insert.setLong(5, firstVersion);
        insert.setLong(6, lastVersion);
      } else {
        insert.setNull(5, Types.BIGINT);
        insert.setNull(6, Types.BIGINT);
      }
      if (refusal != null) {
        insert.setString(7, refusal.code().key());
        insert.setString(8, writeRefusal(refusal));
      } else {
        insert.setNull(7, Types.VARCHAR);
        insert.setNull(8, Types.VARCHAR);
      }
      insert.executeUpdate();
    }
  }

  private <E> List<StoredEvent<E>> append(Connection connection, StoredRule<?, ?, E> rule, String streamId, String key,
      long version, List<E> events) throws SQLException {
    List<String> payloads = new ArrayList<>(events.size());
    for (E event : events) {
      payloads.add(requireNonNull(rule.events().encode(event), "encode returned null"));
    }
    List<StoredEvent<E>> stored = new ArrayList<>(events.size());
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_event (rule, stream_id, stream_version, "
        + "idempotency_key, payload) VALUES (?, ?, ?, ?, ?)", new String[] {"sequence"})) {
      for (int i = 0; i < events.size(); i++) {
        insert.setString(1, rule.name());
        insert.setString(2, streamId);
        insert.setLong(3, version + 1 + i);
        insert.setString(4, key);
        insert.setString(5, payloads.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (int i = 0; i < events.size(); i++) {
          if (!keys.next()) {
            throw new StoreException(StoreErrorCode.NO_SEQUENCE_NUMBER, Map.of("rule", rule.name()),
                "The driver returned no sequence number for an appended event of rule " + rule.name(), null);
          }
          stored.add(new StoredEvent<>(keys.getLong(1), rule.name(), streamId, version + 1 + i, key, events.get(i)));
        }
      }
    }
    return stored;
  }

  private <S> void writeSnapshot(Connection connection, StoredRule<?, S, ?> rule, String streamId, long version, S state)
      throws SQLException {
    SnapshotCodec<S> codec = rule.snapshots().orElseThrow();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO gov_snapshot (rule, stream_id, stream_version, payload) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, rule.name());
      insert.setString(2, streamId);
      insert.setLong(3, version);
      insert.setString(4, requireNonNull(codec.encode(state), "encode returned null"));
      insert.executeUpdate();
    }
  }

  private static <E> void project(Connection connection, StoredRule<?, ?, E> rule, List<StoredEvent<E>> events)
      throws SQLException {
    for (Projection<E> projection : rule.projections()) {
      projection.apply(connection, events);
    }
  }

  // ---- reading streams

  private <S> StreamState<S> read(StoredRule<?, S, ?> rule, String streamId, boolean fromSnapshot) {
    requireNonNull(rule, "rule");
    checkId("stream id", streamId);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        StreamState<S> state = load(connection, rule, streamId, fromSnapshot);
        connection.commit();
        return state;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.LOAD_STREAM, e, rule.name(), streamId);
    }
  }

  private static <C, S, E> StreamState<S> load(Connection connection, StoredRule<C, S, E> rule, String streamId,
      boolean fromSnapshot) throws SQLException {
    Decider<C, S, E> decider = rule.decider();
    S state = requireNonNull(decider.initialState(), "initialState returned null");
    long snapshotVersion = 0;
    if (fromSnapshot && rule.snapshots().isPresent()) {
      try (PreparedStatement query = connection.prepareStatement("SELECT stream_version, payload FROM gov_snapshot "
          + "WHERE rule = ? AND stream_id = ? ORDER BY stream_version DESC")) {
        query.setString(1, rule.name());
        query.setString(2, streamId);
        query.setMaxRows(1);
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            snapshotVersion = rows.getLong(1);
            String payload = rows.getString(2);
            try {
              state = requireNonNull(rule.snapshots().orElseThrow().decode(payload), "decode returned null");
            } catch (RuntimeException e) {
              throw new EventDecodeException(StoreErrorCode.SNAPSHOT_UNDECODABLE, rule.name(), streamId, 0, snapshotVersion, 0, e);
            }
          }
        }
      }
    }
    List<StoredEvent<E>> tail = tail(connection, rule, streamId, snapshotVersion);
    List<E> events = new ArrayList<>(tail.size());
    for (StoredEvent<E> event : tail) {
      events.add(event.event());
    }
    S folded;
    try {
      folded = requireNonNull(decider.fold(state, events), "fold returned null");
    } catch (RuntimeException e) {
      throw locate(rule, streamId, state, tail, e);
    }
    return new StreamState<>(folded, snapshotVersion + tail.size(), snapshotVersion);
  }

  /** Finds the event a bulk fold failed on by folding one at a time. */
  private static <S, E> EventDecodeException locate(StoredRule<?, S, E> rule, String streamId, S start,
      List<StoredEvent<E>> tail, RuntimeException bulkFailure) {
    S state = start;
    for (StoredEvent<E> event : tail) {
      try {
        state = requireNonNull(rule.decider().evolve(state, event.event()), "evolve returned null");
      } catch (RuntimeException e) {
        return new EventDecodeException(StoreErrorCode.EVENT_DOES_NOT_FOLLOW, rule.name(), streamId, event.sequence(),
            event.version(), 0, e);
      }
    }
    StoredEvent<E> last = tail.isEmpty() ? null : tail.get(tail.size() - 1);
    return new EventDecodeException(StoreErrorCode.REPLAY_REFUSED, rule.name(), streamId, last == null ? 0 : last.sequence(),
        last == null ? 0 : last.version(), 0, bulkFailure);
  }

  private static <E> List<StoredEvent<E>> tail(Connection connection, StoredRule<?, ?, E> rule, String streamId, long after)
      throws SQLException {
    return range(connection, rule, streamId, after + 1, Long.MAX_VALUE);
  }

  private static <E> List<StoredEvent<E>> range(Connection connection, StoredRule<?, ?, E> rule, String streamId, long from,
      long to) throws SQLException {
    List<StoredEvent<E>> events = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT sequence, stream_version, idempotency_key, payload "
        + "FROM gov_event WHERE rule = ? AND stream_id = ? AND stream_version >= ? AND stream_version <= ? "
        + "ORDER BY stream_version")) {
      query.setString(1, rule.name());
      query.setString(2, streamId);
      query.setLong(3, from);
      query.setLong(4, to);
      query.setFetchSize(1000);
      long expected = from;
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long sequence = rows.getLong(1);
          long version = rows.getLong(2);
          if (version != expected) {
            throw new EventDecodeException(StoreErrorCode.EVENT_GAP, rule.name(), streamId, sequence, version, expected,
                new IllegalStateException("missing stream version " + expected));
          }
          events.add(decodeRow(rule, streamId, sequence, version, rows.getString(3), rows.getString(4)));
          expected++;
        }
      }
    }
    return events;
  }

  private static <E> StoredEvent<E> decodeRow(StoredRule<?, ?, E> rule, String streamId, long sequence, long version, String key,
      String payload) {
    E event;
    try {
      event = requireNonNull(rule.events().decode(payload), "decode returned null");
    } catch (RuntimeException e) {
      throw new EventDecodeException(StoreErrorCode.EVENT_UNDECODABLE, rule.name(), streamId, sequence, version, 0, e);
    }
    return new StoredEvent<>(sequence, rule.name(), streamId, version, key, event);
  }

  private static boolean sameCommand(StoredEvent<?> a, StoredEvent<?> b) {
    return a.streamId().equals(b.streamId()) && a.idempotencyKey().equals(b.idempotencyKey());
  }

  // ---- refusals as JSON text

  private static String writeRefusal(Refusal refusal) {
    ObjectNode node = REFUSALS.createObjectNode();
    ObjectNode arguments = node.putObject("arguments");
    refusal.arguments().forEach(arguments::put);
    node.put("detail", refusal.detail());
    try {
      return REFUSALS.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A refusal could not be written as JSON", e);
    }
  }

  private static Refusal readRefusal(StoredRule<?, ?, ?> rule, String streamId, String code, String text) {
    try {
      JsonNode node = REFUSALS.readTree(text);
      Map<String, String> arguments = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.get("arguments").properties()) {
        arguments.put(field.getKey(), field.getValue().textValue());
      }
      return new Refusal(rule.refusalCode(code), arguments, node.get("detail").textValue());
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException(StoreErrorCode.REFUSAL_UNDECODABLE, Map.of("rule", rule.name(), "streamId", streamId),
          "Rule " + rule.name() + ", stream " + streamId + ": a recorded refusal does not decode", e);
    }
  }

  // ---- plumbing

  private interface Work {
    void run(Connection connection) throws SQLException;
  }

  private void inTransaction(StoreOperation operation, String ruleName, Work work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(operation, e, ruleName);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }


  private static void checkId(String what, String id) {
    requireNonNull(id, what);
    checkArgument(!id.isEmpty() && id.length() <= MAX_ID_LENGTH, "A %s has 1 to %s characters, not %s", what, MAX_ID_LENGTH,
        id.length());
  }
}
