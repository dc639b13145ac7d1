package io.github.jiceng.governance.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
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
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
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
 *   <li>appends the applied events at the versions after the one it decided on; {@code (rule,
 *       stream_id, stream_version)} is unique in the database, so a concurrent writer that
 *       appended first makes the command roll back and be decided again on the fresh state, never
 *       appended stale: optimistic concurrency. A retry locks the stream's registry row before it
 *       reads, so it cannot lose to another retry; a new stream's first writers race on the
 *       registry's primary key. At most {@link #maxAttempts()} attempts;
 *   <li>appends nothing for a refused or unchanged command, and returns the rule's decision;
 *   <li>writes a snapshot when the stream passes a multiple of the rule's snapshot interval, and
 *       applies the events to the rule's read models.
 * </ul>
 *
 * <p>An applied command on a stream in the cache costs three round trips to the database: record
 * the command, append the events, commit (one more to read a stream not in the cache, and one to
 * register a new stream). Its key is not looked up before the first attempt: a key handled before
 * fails on the key's primary key and sends the command into the next attempt, which looks the key
 * up first and answers the first outcome. {@link #handleAll} books a batch of commands in one
 * transaction, with one multi-row statement for each of these steps for the whole batch; see ADR
 * 0035 and ADR 0040. On the PostgreSQL driver, for a rule without read models, the new streams,
 * the commands and the events go in one round trip, so that an applied command or batch costs two
 * with the commit (ADR 0051).
 *
 * <p>A command reuses the states of recent streams: the store keeps a bounded cache of the states
 * its committed commands left ({@link #withStateCache}, {@value #DEFAULT_STATE_CACHE} streams
 * unless configured), per rule registration and stream. A command decides on a cached state
 * without reading the stream; if another writer (another store, another process) appended to the
 * stream since, the command's first new version is taken and the command is decided again on the
 * stream as read from the database. A refusal or an unchanged decision appends nothing, so one
 * decided on a cached state is checked against the stream's version before it is recorded. A
 * retry never uses the cache. Events are append-only: a host that edits or deletes event rows by
 * hand turns the cache off ({@code withStateCache(0)}) or opens the store again.
 *
 * <p>Transactions run at the connection's isolation level, which must be READ COMMITTED (the
 * default of PostgreSQL and its derivatives; on MySQL set it on the pool), so that a retry
 * reads what its rivals committed.
 *
 * <p>Thread-safe: share one instance; each call takes a connection from the data source for its
 * duration. Any number of stores and processes may share one database. Copies made by {@code
 * with...} methods other than {@link #withStateCache} share this store's cache.
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

  /** The most commands {@link #handleAll} takes in one batch. */
  public static final int MAX_BATCH = 1000;

  /** The longest stream id or idempotency key, in characters. */
  public static final int MAX_ID_LENGTH = 200;

  private static final ObjectMapper REFUSALS = new ObjectMapper();

  private static final Logger LOG = LoggerFactory.getLogger(EventStore.class);

  /**
   * How many streams' states a store keeps for its commands unless configured ({@link
   * #withStateCache}): the active streams of a large community's rules, while the states of small
   * streams (a member's points, a demand) stay within tens of megabytes.
   */
  public static final int DEFAULT_STATE_CACHE = 10_000;

  private final DataSource dataSource;
  private final int maxAttempts;
  private final CommandObserver observer;
  private final int stateCacheSize;
  private final @Nullable Cache<StateKey, Cached<?>> states;

  private EventStore(DataSource dataSource, int maxAttempts, CommandObserver observer, int stateCacheSize,
      @Nullable Cache<StateKey, Cached<?>> states) {
    this.dataSource = dataSource;
    this.maxAttempts = maxAttempts;
    this.observer = observer;
    this.stateCacheSize = stateCacheSize;
    this.states = states;
  }

  private static @Nullable Cache<StateKey, Cached<?>> newCache(int streams) {
    return streams == 0 ? null : CacheBuilder.newBuilder().maximumSize(streams).build();
  }

  /**
   * Opens the store on a database. Call {@link #migrate} once before the first command.
   *
   * @param dataSource the host's data source, pooled for concurrent use
   * @return the store
   */
  public static EventStore on(DataSource dataSource) {
    return new EventStore(requireNonNull(dataSource, "dataSource"), DEFAULT_MAX_ATTEMPTS, CommandObserver.NONE,
        DEFAULT_STATE_CACHE, newCache(DEFAULT_STATE_CACHE));
  }

  /**
   * Returns this store deciding a command at most {@code attempts} times when writers race.
   *
   * @param attempts at least 1
   * @return the new store
   */
  public EventStore withMaxAttempts(int attempts) {
    checkArgument(attempts >= 1, "A command is attempted at least once, not %s times", attempts);
    return new EventStore(dataSource, attempts, observer, stateCacheSize, states);
  }

  /**
   * Returns this store telling {@code observer} of every command it handles, after the command's
   * transaction committed (for metrics and logs; see {@link CommandObserver}).
   *
   * @param observer the observer; {@link CommandObserver#NONE} for none
   * @return the new store
   */
  public EventStore withObserver(CommandObserver observer) {
    return new EventStore(dataSource, maxAttempts, requireNonNull(observer, "observer"), stateCacheSize, states);
  }

  /**
   * Returns this store keeping the states of at most {@code streams} recent streams for its
   * commands, in a cache of its own (empty), or keeping none for 0; see the class description.
   *
   * @param streams 0 (no cache) or more; {@value #DEFAULT_STATE_CACHE} unless configured
   * @return the new store
   * @throws IllegalArgumentException if {@code streams} is negative
   */
  public EventStore withStateCache(int streams) {
    checkArgument(streams >= 0, "A state cache holds 0 or more streams, not %s", streams);
    return new EventStore(dataSource, maxAttempts, observer, streams, newCache(streams));
  }

  /** Returns how many streams' states this store keeps for its commands at most; 0 for none. */
  public int stateCacheSize() {
    return stateCacheSize;
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
    return run(rule, List.of(new StreamCommand<>(streamId, idempotencyKey, command)), false).get(0);
  }

  /**
   * Handles a batch of commands of one rule in one transaction, each exactly once, as {@link
   * #handle} would handle them one after the other: a cheaper way for one writer to book many
   * commands, since the batch reads the streams it does not hold in the cache in one statement and
   * writes its new streams, commands and events in one multi-row statement each (a later attempt
   * also looks its keys up and locks its streams, one statement each).
   *
   * <ul>
   *   <li><b>In order.</b> Commands are decided in the order given; a command on a stream that an
   *       earlier command of the batch changed is decided on the state after it.
   *   <li><b>Each key once.</b> A key handled before answers its first outcome, as {@link #handle}
   *       does; a key that comes twice in the batch is decided once, and its second command
   *       answers as a re-send would (an applied command as {@link Decision.Unchanged} with its
   *       events, a refusal with the same refusal).
   *   <li><b>Refusals are outcomes.</b> A refused command appends nothing and is recorded, and the
   *       others of the batch go on.
   *   <li><b>All or nothing per batch.</b> The batch commits as a whole or not at all. If a
   *       concurrent writer appended to any of its streams first, the whole batch is rolled back
   *       and decided again on fresh state, with its streams locked, never appended stale;
   *       at most {@link #maxAttempts()} attempts. If any command throws (a malformed command, a
   *       key recorded for another rule or stream, an event that does not decode, a database
   *       failure), nothing of the batch is written and the exception propagates.
   * </ul>
   *
   * @param rule the registered rule
   * @param commands the commands, at most {@value #MAX_BATCH}
   * @param <C> the commands
   * @param <S> the state
   * @param <E> the events
   * @return each command's decision, in the order of the commands
   * @throws IllegalArgumentException if there are more than {@value #MAX_BATCH} commands
   * @throws IdempotencyKeyReusedException if a key was recorded, or comes earlier in the batch,
   *     for another rule or stream; nothing is written
   * @throws ConcurrencyConflictException if the batch lost every attempt to concurrent writers;
   *     nothing is written
   * @throws EventDecodeException if a stored event or snapshot of a stream cannot be read back
   * @throws StoreUnavailableException if the database cannot be reached
   * @throws StoreException if the database fails otherwise
   */
  public <C, S, E> List<Decision<E>> handleAll(StoredRule<C, S, E> rule, List<StreamCommand<C>> commands) {
    requireNonNull(rule, "rule");
    requireNonNull(commands, "commands");
    checkArgument(commands.size() <= MAX_BATCH, "A batch has at most %s commands, not %s", MAX_BATCH, commands.size());
    List<StreamCommand<C>> batch = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      batch.add(requireNonNull(commands.get(i), "commands[" + i + "]"));
    }
    if (batch.isEmpty()) {
      return List.of();
    }
    return run(rule, batch, true);
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

  /** Returns {@code EventStore[maxAttempts=N, stateCache=M]}. */
  @Override
  public String toString() {
    return "EventStore[maxAttempts=" + maxAttempts + ", stateCache=" + stateCacheSize + "]";
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

  // ---- commands, one or a batch, each attempt inside the caller's transaction

  /**
   * Runs a batch (of one for {@link #handle}) until an attempt commits. The first attempt looks no
   * key up and decides on the cached states of its streams where it has them; a key handled before
   * fails on the key's primary key, and a stream another writer appended to fails on the event's
   * unique version, which sends the batch into the next attempt. Every later attempt looks its keys
   * up, locks its streams and reads them from the database.
   */
  private <C, S, E> List<Decision<E>> run(StoredRule<C, S, E> rule, List<StreamCommand<C>> batch, boolean batched) {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      SQLException lastConflict = null;
      Race<S> race = new Race<>();
      for (int attempt = 1; attempt <= maxAttempts; attempt++) {
        boolean again = attempt > 1;
        try {
          Handled<E> handled = attempt(connection, rule, batch, again, race);
          if (handled != null) {
            connection.commit();
            remember(rule, race.working);
            handled.tell(this, rule, attempt, started);
            return handled.decisions;
          }
          connection.rollback();
          forget(rule, race.working);
        } catch (SQLException e) {
          rollback(connection, e);
          forget(rule, race.working);
          if (!SqlErrors.isConflict(e)) {
            throw failure(rule, batch, batched, e);
          }
          lastConflict = e;
        } catch (RuntimeException | Error e) {
          rollback(connection, e);
          forget(rule, race.working);
          throw e;
        }
      }
      if (!batched) {
        Handled<E> recorded = recordedOnly(connection, rule, batch.get(0));
        if (recorded != null) {
          recorded.tell(this, rule, maxAttempts, started);
          return recorded.decisions;
        }
      }
      String lost = lostStream(connection, rule, batch, race);
      String what = batched ? "the batch of " + batch.size() + " command(s)" : "the command";
      throw new ConcurrencyConflictException(Map.of("rule", rule.name(), "streamId", lost, "attempts", maxAttempts),
          "Rule " + rule.name() + ", stream " + lost + ": " + what + " lost the race for the next version in "
              + maxAttempts + " attempt(s); nothing was written", lastConflict);
    } catch (SQLException e) {
      throw failure(rule, batch, batched, e);
    }
  }

  private static StoreException failure(StoredRule<?, ?, ?> rule, List<? extends StreamCommand<?>> batch, boolean batched,
      SQLException e) {
    return batched ? SqlErrors.translate(StoreOperation.HANDLE_BATCH, e, rule.name(), batch.size())
        : SqlErrors.translate(StoreOperation.HANDLE_COMMAND, e, rule.name(), batch.get(0).streamId());
  }

  /**
   * Names the stream a batch lost its last attempt on: the first, in the order of ids, that has
   * other events now than the last attempt decided on (read in a transaction of its own), or else
   * the batch's first stream.
   */
  private static <S> String lostStream(Connection connection, StoredRule<?, S, ?> rule, List<? extends StreamCommand<?>> batch,
      Race<S> race) throws SQLException {
    String first = batch.get(0).streamId();
    if (race.working.size() <= 1) {
      return race.working.isEmpty() ? first : race.working.keySet().iterator().next();
    }
    try {
      Map<String, Long> now = versions(connection, rule, race.working.keySet());
      connection.commit();
      for (Map.Entry<String, Working<S>> w : race.working.entrySet()) {
        if (now.getOrDefault(w.getKey(), 0L) != w.getValue().loaded) {
          return w.getKey();
        }
      }
      return first;
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      throw e;
    }
  }

  /** A single command's key recorded by a rival after every attempt lost: its first outcome, in a transaction of its own. */
  private <E> @Nullable Handled<E> recordedOnly(Connection connection, StoredRule<?, ?, E> rule, StreamCommand<?> command)
      throws SQLException {
    try {
      Map<String, Recorded> recorded = lookUpKeys(connection, List.of(command));
      Recorded r = recorded.get(command.idempotencyKey());
      Handled<E> handled = null;
      if (r != null) {
        handled = new Handled<>(1);
        handled.add(firstOutcome(connection, rule, command, r), r.versionAfter());
      }
      connection.commit();
      return handled;
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      throw e;
    }
  }

  /** The decisions of a batch and the version each left its stream at, told to the observer after commit. */
  private static final class Handled<E> {
    final List<Decision<E>> decisions;
    long[] versions;

    Handled(int size) {
      decisions = new ArrayList<>(size);
      versions = new long[size];
    }

    void add(Decision<E> decision, long version) {
      versions[decisions.size()] = version;
      decisions.add(decision);
    }

    void tell(EventStore store, StoredRule<?, ?, ?> rule, int attempts, long started) {
      for (int i = 0; i < decisions.size(); i++) {
        store.tell(rule, decisions.get(i), versions[i], attempts, started);
      }
    }
  }

  /** A command recorded under its key: the row of {@code gov_command}. */
  private record Recorded(String rule, String streamId, String outcome, long firstVersion, long lastVersion,
      @Nullable String refusalCode, @Nullable String refusal) {
    long versionAfter() {
      return outcome.equals("APPLIED") ? lastVersion : 0;
    }
  }

  /** The streams of a batch's latest attempt, as it decided on them: what the cache takes after commit. */
  private static final class Race<S> {
    Map<String, Working<S>> working = new TreeMap<>();
  }

  /**
   * A stream as a batch decides on it: its state and version, the version it was loaded at, and
   * whether that state came from the cache rather than the database.
   */
  private static final class Working<S> {
    final long loaded;
    final boolean cached;
    S state;
    long version;

    Working(S state, long version, boolean cached) {
      this.loaded = version;
      this.cached = cached;
      this.state = state;
      this.version = version;
    }
  }

  /** A state in the cache: immutable, shared by the commands that decide on it. */
  private record Cached<S>(S state, long version) {}

  /** A cache entry's key: the rule registration (by identity, since its decider is the host's) and the stream. */
  private static final class StateKey {
    private final StoredRule<?, ?, ?> rule;
    private final String streamId;

    StateKey(StoredRule<?, ?, ?> rule, String streamId) {
      this.rule = rule;
      this.streamId = streamId;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof StateKey k && k.rule == rule && k.streamId.equals(streamId);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(rule) * 31 + streamId.hashCode();
    }
  }

  /**
   * Puts the committed states of a batch's streams into the cache, never replacing a later
   * version by an earlier one (two writers on one stream may commit in one order and get here in
   * the other).
   */
  private <S> void remember(StoredRule<?, S, ?> rule, Map<String, Working<S>> streams) {
    if (states != null) {
      streams.forEach((id, w) -> states.asMap().merge(new StateKey(rule, id), new Cached<>(w.state, w.version),
          (old, fresh) -> fresh.version() >= old.version() ? fresh : old));
    }
  }

  /** Drops the cached states of a batch's streams, after an attempt that did not commit. */
  private <S> void forget(StoredRule<?, S, ?> rule, Map<String, Working<S>> streams) {
    if (states != null) {
      for (String id : streams.keySet()) {
        states.invalidate(new StateKey(rule, id));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private <S> @Nullable Cached<S> cached(StoredRule<?, S, ?> rule, String streamId) {
    return states == null ? null : (Cached<S>) states.getIfPresent(new StateKey(rule, streamId));
  }

  /** A command decided in this batch: what a second command with its key answers. */
  private record Decided<E>(String streamId, Decision<E> decision, long versionAfter) {}

  /** An applied command's events, to append from {@code from + 1}. */
  private record Appended<E>(String streamId, String key, long from, List<E> events) {}

  /**
   * Decides and writes a batch, or returns null when a stream it decided on from the cache has
   * moved and nothing was to be appended to it. {@code again} marks a later attempt, which looks
   * the keys up, locks the streams (so that it cannot lose again to another later attempt) and
   * reads them from the database.
   */
  private <C, S, E> @Nullable Handled<E> attempt(Connection connection, StoredRule<C, S, E> rule,
      List<StreamCommand<C>> batch, boolean again, Race<S> race) throws SQLException {
    Map<String, Recorded> recorded = again ? lookUpKeys(connection, batch) : Map.of();
    TreeSet<String> streams = new TreeSet<>();
    for (StreamCommand<C> command : batch) {
      if (!recorded.containsKey(command.idempotencyKey())) {
        streams.add(command.streamId());
      }
    }
    if (again && !streams.isEmpty()) {
      lockStreams(connection, rule, streams);
    }
    Map<String, Working<S>> working = new TreeMap<>();
    race.working = working;
    TreeSet<String> toRead = new TreeSet<>();
    for (String id : streams) {
      Cached<S> c = again ? null : cached(rule, id);
      if (c != null) {
        working.put(id, new Working<>(c.state(), c.version(), true));
      } else {
        toRead.add(id);
      }
    }
    loadAll(connection, rule, toRead).forEach((id, state) -> working.put(id, new Working<>(state.state(), state.version(),
        false)));

    Decider<C, S, E> decider = rule.decider();
    Handled<E> handled = new Handled<>(batch.size());
    Map<String, Decided<E>> decided = new HashMap<>();
    List<CommandRow> commandRows = new ArrayList<>(batch.size());
    List<Appended<E>> appended = new ArrayList<>(batch.size());
    List<Object[]> snapshots = new ArrayList<>();
    TreeSet<String> unverified = new TreeSet<>();
    for (StreamCommand<C> command : batch) {
      String key = command.idempotencyKey();
      String streamId = command.streamId();
      Recorded r = recorded.get(key);
      if (r != null) {
        handled.add(firstOutcome(connection, rule, command, r), r.versionAfter());
        continue;
      }
      Decided<E> earlier = decided.get(key);
      if (earlier != null) {
        if (!earlier.streamId().equals(streamId)) {
          throw reused(key, rule.name(), earlier.streamId(), rule, streamId);
        }
        Decision<E> repeated = earlier.decision() instanceof Decision.Applied<E> a ? Decision.unchanged(a.events())
            : earlier.decision();
        handled.add(repeated, earlier.decision() instanceof Decision.Applied<E> ? earlier.versionAfter() : 0);
        continue;
      }
      Working<S> stream = working.get(streamId);
      Decision<E> decision = requireNonNull(decider.decide(command.command(), stream.state), "decide returned null");
      if (decision instanceof Decision.Applied<E> applied) {
        long from = stream.version;
        stream.state = requireNonNull(decider.fold(stream.state, applied.events()), "fold returned null");
        stream.version = from + applied.events().size();
        commandRows.add(new CommandRow(key, streamId, "APPLIED", from + 1, stream.version, null));
        appended.add(new Appended<>(streamId, key, from, applied.events()));
        if (rule.snapshotEvery() > 0 && from / rule.snapshotEvery() < stream.version / rule.snapshotEvery()) {
          snapshots.add(new Object[] {streamId, stream.version, stream.state});
        }
      } else {
        if (stream.cached) {
          unverified.add(streamId);
        }
        commandRows.add(decision instanceof Decision.Refused<E> refused
            ? new CommandRow(key, streamId, "REFUSED", 0, 0, refused.refusal())
            : new CommandRow(key, streamId, "UNCHANGED", 0, 0, null));
      }
      handled.add(decision, stream.version);
      decided.put(key, new Decided<>(streamId, decision, stream.version));
    }

    if (!unverified.isEmpty()) {
      Map<String, Long> now = versions(connection, rule, unverified);
      for (String id : unverified) {
        if (now.getOrDefault(id, 0L) != working.get(id).loaded) {
          return null;
        }
      }
    }
    List<List<StoredEvent<E>>> stored;
    if (!writeInOneCall(connection, rule, created(working), commandRows, appended)) {
      registerStreams(connection, rule, working);
      recordCommands(connection, rule, commandRows);
      stored = append(connection, rule, appended);
    } else {
      stored = List.of();
    }
    writeSnapshots(connection, rule, snapshots);
    for (List<StoredEvent<E>> events : stored) {
      project(connection, rule, events);
    }
    return handled;
  }

  private static IdempotencyKeyReusedException reused(String key, String recordedRule, String recordedStream,
      StoredRule<?, ?, ?> rule, String streamId) {
    return new IdempotencyKeyReusedException(Map.of("key", key, "recordedRule", recordedRule, "recordedStreamId",
        recordedStream, "rule", rule.name(), "streamId", streamId), "Idempotency key " + Excerpts.of(key)
        + " was recorded for rule " + recordedRule + ", stream " + recordedStream + ", and is now sent for rule "
        + rule.name() + ", stream " + streamId);
  }

  /** Reads the recorded commands of the batch's keys: one statement. */
  private static Map<String, Recorded> lookUpKeys(Connection connection, List<? extends StreamCommand<?>> batch)
      throws SQLException {
    Set<String> keys = new LinkedHashSet<>();
    for (StreamCommand<?> command : batch) {
      keys.add(command.idempotencyKey());
    }
    Map<String, Recorded> found = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT idempotency_key, rule, stream_id, outcome, "
        + "first_version, last_version, refusal_code, refusal FROM gov_command WHERE idempotency_key " + in(keys.size()))) {
      int i = 1;
      for (String key : keys) {
        query.setString(i++, key);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), new Recorded(rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getLong(5), rows.getLong(6), rows.getString(7), rows.getString(8)));
        }
      }
    }
    return found;
  }

  /** {@code = ?} for one value, {@code IN (?, ..., ?)} for more. */
  private static String in(int values) {
    if (values == 1) {
      return "= ?";
    }
    StringBuilder b = new StringBuilder("IN (?");
    for (int i = 1; i < values; i++) {
      b.append(", ?");
    }
    return b.append(')').toString();
  }

  /**
   * Locks the registry rows of the streams, in the order of their ids, so that later attempts
   * never wait for each other in a cycle and one cannot lose to another; a stream not yet
   * registered has no row to lock, and its first writers race on the registry's primary key.
   */
  private static void lockStreams(Connection connection, StoredRule<?, ?, ?> rule, SortedSet<String> streams)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT stream_id FROM gov_stream WHERE rule = ? "
        + "AND stream_id " + in(streams.size()) + " ORDER BY stream_id FOR UPDATE")) {
      lock.setString(1, rule.name());
      int i = 2;
      for (String id : streams) {
        lock.setString(i++, id);
      }
      try (ResultSet rows = lock.executeQuery()) {
        while (rows.next()) {
          rows.getString(1);
        }
      }
    }
  }

  /** The current versions of the streams (the highest version of their events; absent for none): one statement. */
  private static Map<String, Long> versions(Connection connection, StoredRule<?, ?, ?> rule, Set<String> streams)
      throws SQLException {
    Map<String, Long> found = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT stream_id, MAX(stream_version) FROM gov_event "
        + "WHERE rule = ? AND stream_id " + in(streams.size()) + " GROUP BY stream_id")) {
      query.setString(1, rule.name());
      int i = 2;
      for (String id : streams) {
        query.setString(i++, id);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return found;
  }

  /**
   * Loads the streams' current states: one stream as {@link #load} does; several of a rule
   * without snapshots by one statement over all their events; several of a rule with snapshots
   * one by one.
   */
  private static <C, S, E> Map<String, StreamState<S>> loadAll(Connection connection, StoredRule<C, S, E> rule,
      SortedSet<String> streams) throws SQLException {
    Map<String, StreamState<S>> loaded = new TreeMap<>();
    if (streams.size() == 1 || rule.snapshots().isPresent()) {
      for (String id : streams) {
        loaded.put(id, load(connection, rule, id, true));
      }
      return loaded;
    }
    if (streams.isEmpty()) {
      return loaded;
    }
    Map<String, Tail<E>> tails = new TreeMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT stream_id, sequence, stream_version, payload "
        + "FROM gov_event WHERE rule = ? AND stream_id " + in(streams.size()) + " ORDER BY stream_id, stream_version")) {
      query.setString(1, rule.name());
      int i = 2;
      for (String id : streams) {
        query.setString(i++, id);
      }
      query.setFetchSize(1000);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String id = rows.getString(1);
          Tail<E> tail = tails.computeIfAbsent(id, k -> new Tail<>());
          long sequence = rows.getLong(2);
          long version = rows.getLong(3);
          long expected = tail.events.size() + 1;
          requireNext(rule, id, sequence, version, expected);
          tail.add(decodePayload(rule, id, sequence, version, rows.getString(4)), sequence);
        }
      }
    }
    S initial = requireNonNull(rule.decider().initialState(), "initialState returned null");
    for (String id : streams) {
      Tail<E> tail = tails.get(id);
      loaded.put(id, tail == null ? new StreamState<>(initial, 0, 0) : fold(rule, id, initial, 0, tail));
    }
    return loaded;
  }

  /** Executes a batch; a driver's batch failure is reported as the failure of its first statement, whose SQL state says why. */
  private static int[] clearOnFailure(PreparedStatement statement) throws SQLException {
    try {
      return statement.executeBatch();
    } catch (java.sql.BatchUpdateException e) {
      SQLException cause = e.getNextException();
      if (cause != null && e.getSQLState() == null) {
        throw cause;
      }
      throw e;
    }
  }

  private <E> Decision<E> firstOutcome(Connection connection, StoredRule<?, ?, E> rule, StreamCommand<?> command,
      Recorded r) throws SQLException {
    if (!r.rule().equals(rule.name()) || !r.streamId().equals(command.streamId())) {
      throw reused(command.idempotencyKey(), r.rule(), r.streamId(), rule, command.streamId());
    }
    switch (r.outcome()) {
      case "APPLIED": {
        List<E> events = new ArrayList<>();
        for (StoredEvent<E> event : range(connection, rule, command.streamId(), r.firstVersion(), r.lastVersion())) {
          events.add(event.event());
        }
        return Decision.unchanged(events);
      }
      case "REFUSED":
        return Decision.refused(readRefusal(rule, command.streamId(), r.refusalCode(), r.refusal()));
      default:
        return Decision.unchanged(List.of());
    }
  }

  /** The most rows one multi-row statement writes; a larger batch takes several statements. */
  private static final int ROWS_PER_STATEMENT = 500;

  /** {@code INSERT INTO table (columns) VALUES (?, ...), (?, ...), ...} for {@code rows} rows. */
  private static String insertRows(String table, String columns, int perRow, int rows) {
    StringBuilder row = new StringBuilder("(?");
    for (int i = 1; i < perRow; i++) {
      row.append(", ?");
    }
    row.append(')');
    StringBuilder sql = new StringBuilder(64 + rows * (row.length() + 2)).append("INSERT INTO ").append(table)
        .append(" (").append(columns).append(") VALUES ").append(row);
    for (int i = 1; i < rows; i++) {
      sql.append(", ").append(row);
    }
    return sql.toString();
  }

  /**
   * Registers the streams the batch appends the first events to: one statement. A rival that
   * registered one first makes it fail on the registry's primary key, which sends the batch into
   * the next attempt.
   */
  private static void registerStreams(Connection connection, StoredRule<?, ?, ?> rule, Map<String, ? extends Working<?>> streams)
      throws SQLException {
    List<String> created = created(streams);
    for (int from = 0; from < created.size(); from += ROWS_PER_STATEMENT) {
      int n = Math.min(ROWS_PER_STATEMENT, created.size() - from);
      try (PreparedStatement insert = connection.prepareStatement(insertRows("gov_stream", STREAM_COLUMNS, 2, n))) {
        bindStreams(insert, 1, rule, created.subList(from, from + n));
        insert.executeUpdate();
      }
    }
  }

  /** The streams a batch appends the first events to, in the order of their ids. */
  private static List<String> created(Map<String, ? extends Working<?>> streams) {
    List<String> created = new ArrayList<>();
    streams.forEach((id, w) -> {
      if (w.loaded == 0 && w.version > 0) {
        created.add(id);
      }
    });
    return created;
  }

  private static final String STREAM_COLUMNS = "rule, stream_id";

  private static final String COMMAND_COLUMNS = "idempotency_key, rule, stream_id, outcome, first_version, "
      + "last_version, refusal_code, refusal";

  private static final String EVENT_COLUMNS = "rule, stream_id, stream_version, idempotency_key, payload";

  /** The name pgjdbc gives itself: its prepared statements may hold several statements, sent in one round trip. */
  private static final String PGJDBC = "PostgreSQL JDBC Driver";

  /**
   * Writes a batch's new streams, commands and events in one round trip: one prepared statement
   * holding the three multi-row inserts, which the PostgreSQL driver sends together and the
   * server runs in order in the transaction, stopping at the first failure (a key or a version
   * taken fails as it would in three statements). Taken only on the PostgreSQL driver, when each
   * table gets at most {@value #ROWS_PER_STATEMENT} rows and the rule has no read models (which
   * need the events' sequence numbers back); otherwise returns false and writes nothing.
   */
  private static <E> boolean writeInOneCall(Connection connection, StoredRule<?, ?, E> rule, List<String> created,
      List<CommandRow> commands, List<Appended<E>> appended) throws SQLException {
    int events = 0;
    for (Appended<E> command : appended) {
      events += command.events().size();
    }
    if (!rule.projections().isEmpty() || created.size() > ROWS_PER_STATEMENT || commands.size() > ROWS_PER_STATEMENT
        || events > ROWS_PER_STATEMENT || !PGJDBC.equals(connection.getMetaData().getDriverName())) {
      return false;
    }
    StringBuilder sql = new StringBuilder();
    if (!created.isEmpty()) {
      sql.append(insertRows("gov_stream", STREAM_COLUMNS, 2, created.size())).append(";\n");
    }
    if (!commands.isEmpty()) {
      sql.append(insertRows("gov_command", COMMAND_COLUMNS, 8, commands.size())).append(";\n");
    }
    if (events > 0) {
      sql.append(insertRows("gov_event", EVENT_COLUMNS, 5, events));
    }
    if (sql.length() == 0) {
      return true;
    }
    try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
      int p = bindStreams(insert, 1, rule, created);
      p = bindCommands(insert, p, rule, commands);
      for (Appended<E> command : appended) {
        p = bindEvents(insert, p, rule, command);
      }
      insert.execute();
    }
    return true;
  }

  private static int bindStreams(PreparedStatement insert, int from, StoredRule<?, ?, ?> rule, List<String> ids)
      throws SQLException {
    int p = from;
    for (String id : ids) {
      insert.setString(p++, rule.name());
      insert.setString(p++, id);
    }
    return p;
  }

  private static int bindCommands(PreparedStatement insert, int from, StoredRule<?, ?, ?> rule, List<CommandRow> rows)
      throws SQLException {
    int p = from;
    for (CommandRow row : rows) {
      insert.setString(p++, row.key());
      insert.setString(p++, rule.name());
      insert.setString(p++, row.streamId());
      insert.setString(p++, row.outcome());
      if (row.first() > 0) {
        insert.setLong(p++, row.first());
        insert.setLong(p++, row.last());
      } else {
        insert.setNull(p++, Types.BIGINT);
        insert.setNull(p++, Types.BIGINT);
      }
      Refusal refusal = row.refusal();
      if (refusal != null) {
        insert.setString(p++, refusal.code().key());
        insert.setString(p++, writeRefusal(refusal));
      } else {
        insert.setNull(p++, Types.VARCHAR);
        insert.setNull(p++, Types.VARCHAR);
      }
    }
    return p;
  }

  /** Binds one applied command's events, encoding each. */
  private static <E> int bindEvents(PreparedStatement insert, int from, StoredRule<?, ?, E> rule, Appended<E> command)
      throws SQLException {
    int p = from;
    for (int i = 0; i < command.events().size(); i++) {
      insert.setString(p++, rule.name());
      insert.setString(p++, command.streamId());
      insert.setLong(p++, command.from() + 1 + i);
      insert.setString(p++, command.key());
      insert.setString(p++, requireNonNull(rule.events().encode(command.events().get(i)), "encode returned null"));
    }
    return p;
  }

  /** A row of {@code gov_command}: one command's outcome under its key. */
  private record CommandRow(String key, String streamId, String outcome, long first, long last, @Nullable Refusal refusal) {}

  /** Records the batch's commands under their keys: one multi-row statement. */
  private static void recordCommands(Connection connection, StoredRule<?, ?, ?> rule, List<CommandRow> rows)
      throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      int n = Math.min(ROWS_PER_STATEMENT, rows.size() - from);
      try (PreparedStatement insert = connection.prepareStatement(insertRows("gov_command", COMMAND_COLUMNS, 8, n))) {
        bindCommands(insert, 1, rule, rows.subList(from, from + n));
        insert.executeUpdate();
      }
    }
  }

  /**
   * Appends the applied commands' events, in the order decided: one multi-row statement, which
   * returns the events' sequence numbers when the rule has read models to give them to.
   */
  private static <E> List<List<StoredEvent<E>>> append(Connection connection, StoredRule<?, ?, E> rule,
      List<Appended<E>> commands) throws SQLException {
    if (commands.isEmpty()) {
      return List.of();
    }
    boolean sequences = !rule.projections().isEmpty();
    List<Object[]> rows = new ArrayList<>(commands.size());
    for (Appended<E> command : commands) {
      for (int i = 0; i < command.events().size(); i++) {
        rows.add(new Object[] {command, i});
      }
    }
    long[] assigned = sequences ? new long[rows.size()] : null;
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      int n = Math.min(ROWS_PER_STATEMENT, rows.size() - from);
      String sql = insertRows("gov_event", EVENT_COLUMNS, 5, n);
      try (PreparedStatement insert = sequences ? connection.prepareStatement(sql, new String[] {"sequence"})
          : connection.prepareStatement(sql)) {
        int p = 1;
        for (Object[] row : rows.subList(from, from + n)) {
          @SuppressWarnings("unchecked")
          Appended<E> command = (Appended<E>) row[0];
          int i = (Integer) row[1];
          insert.setString(p++, rule.name());
          insert.setString(p++, command.streamId());
          insert.setLong(p++, command.from() + 1 + i);
          insert.setString(p++, command.key());
          insert.setString(p++, requireNonNull(rule.events().encode(command.events().get(i)), "encode returned null"));
        }
        insert.executeUpdate();
        if (assigned != null) {
          try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int k = 0; k < n; k++) {
              if (!keys.next()) {
                throw new StoreException(StoreErrorCode.NO_SEQUENCE_NUMBER, Map.of("rule", rule.name()),
                    "The driver returned no sequence number for an appended event of rule " + rule.name(), null);
              }
              assigned[from + k] = keys.getLong(1);
            }
          }
        }
      }
    }
    if (assigned == null) {
      return List.of();
    }
    List<List<StoredEvent<E>>> stored = new ArrayList<>(commands.size());
    int r = 0;
    for (Appended<E> command : commands) {
      List<StoredEvent<E>> events = new ArrayList<>(command.events().size());
      for (int i = 0; i < command.events().size(); i++) {
        events.add(new StoredEvent<>(assigned[r++], rule.name(), command.streamId(), command.from() + 1 + i,
            command.key(), command.events().get(i)));
      }
      stored.add(events);
    }
    return stored;
  }

  @SuppressWarnings("unchecked")
  private <S> void writeSnapshots(Connection connection, StoredRule<?, S, ?> rule, List<Object[]> snapshots)
      throws SQLException {
    if (snapshots.isEmpty()) {
      return;
    }
    SnapshotCodec<S> codec = rule.snapshots().orElseThrow();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO gov_snapshot (rule, stream_id, stream_version, payload) VALUES (?, ?, ?, ?)")) {
      for (Object[] snapshot : snapshots) {
        insert.setString(1, rule.name());
        insert.setString(2, (String) snapshot[0]);
        insert.setLong(3, (Long) snapshot[1]);
        insert.setString(4, requireNonNull(codec.encode((S) snapshot[2]), "encode returned null"));
        insert.addBatch();
      }
      clearOnFailure(insert);
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
    return fold(rule, streamId, state, snapshotVersion, readTail(connection, rule, streamId, snapshotVersion));
  }

  /** Folds a stream's tail into the state at {@code after} in bulk; a failure is located by folding one at a time. */
  private static <S, E> StreamState<S> fold(StoredRule<?, S, E> rule, String streamId, S state, long after, Tail<E> tail) {
    S folded;
    try {
      folded = requireNonNull(rule.decider().fold(state, tail.events), "fold returned null");
    } catch (RuntimeException e) {
      throw locate(rule, streamId, state, after, tail, e);
    }
    return new StreamState<>(folded, after + tail.events.size(), after);
  }

  /**
   * A stream's events after a version, decoded, with their sequence numbers beside them (their
   * versions follow from the first): what a replay folds, without a {@link StoredEvent} per event.
   */
  private static final class Tail<E> {
    final List<E> events = new ArrayList<>();
    long[] sequences = new long[16];

    void add(E event, long sequence) {
      int i = events.size();
      if (i == sequences.length) {
        sequences = java.util.Arrays.copyOf(sequences, i * 2);
      }
      sequences[i] = sequence;
      events.add(event);
    }
  }

  /** Reads and decodes a stream's events after a version, checking that no version is missing. */
  private static <E> Tail<E> readTail(Connection connection, StoredRule<?, ?, E> rule, String streamId, long after)
      throws SQLException {
    Tail<E> tail = new Tail<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT sequence, stream_version, payload "
        + "FROM gov_event WHERE rule = ? AND stream_id = ? AND stream_version > ? ORDER BY stream_version")) {
      query.setString(1, rule.name());
      query.setString(2, streamId);
      query.setLong(3, after);
      query.setFetchSize(1000);
      long expected = after + 1;
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long sequence = rows.getLong(1);
          long version = rows.getLong(2);
          requireNext(rule, streamId, sequence, version, expected);
          tail.add(decodePayload(rule, streamId, sequence, version, rows.getString(3)), sequence);
          expected++;
        }
      }
    }
    return tail;
  }

  /** Finds the event a bulk fold failed on by folding one at a time. */
  private static <S, E> EventDecodeException locate(StoredRule<?, S, E> rule, String streamId, S start, long after,
      Tail<E> tail, RuntimeException bulkFailure) {
    S state = start;
    for (int i = 0; i < tail.events.size(); i++) {
      try {
        state = requireNonNull(rule.decider().evolve(state, tail.events.get(i)), "evolve returned null");
      } catch (RuntimeException e) {
        return new EventDecodeException(StoreErrorCode.EVENT_DOES_NOT_FOLLOW, rule.name(), streamId, tail.sequences[i],
            after + 1 + i, 0, e);
      }
    }
    int n = tail.events.size();
    return new EventDecodeException(StoreErrorCode.REPLAY_REFUSED, rule.name(), streamId, n == 0 ? 0 : tail.sequences[n - 1],
        n == 0 ? 0 : after + n, 0, bulkFailure);
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
          requireNext(rule, streamId, sequence, version, expected);
          events.add(decodeRow(rule, streamId, sequence, version, rows.getString(3), rows.getString(4)));
          expected++;
        }
      }
    }
    return events;
  }

  private static <E> StoredEvent<E> decodeRow(StoredRule<?, ?, E> rule, String streamId, long sequence, long version, String key,
      String payload) {
    return new StoredEvent<>(sequence, rule.name(), streamId, version, key,
        decodePayload(rule, streamId, sequence, version, payload));
  }

  private static <E> E decodePayload(StoredRule<?, ?, E> rule, String streamId, long sequence, long version,
      String payload) {
    try {
      return requireNonNull(rule.events().decode(payload), "decode returned null");
    } catch (RuntimeException e) {
      throw new EventDecodeException(StoreErrorCode.EVENT_UNDECODABLE, rule.name(), streamId, sequence, version, 0, e);
    }
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

  /**
   * Stops a read at a gap in a stream's versions: the row read must carry the version after the
   * last one, or the fold would skip an event.
   */
  private static void requireNext(StoredRule<?, ?, ?> rule, String streamId, long sequence, long version,
      long expected) {
    if (version != expected) {
      throw new EventDecodeException(StoreErrorCode.EVENT_GAP, rule.name(), streamId, sequence, version, expected,
          new IllegalStateException("missing stream version " + expected));
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }


  static void checkId(String what, String id) {
    requireNonNull(id, what);
    checkArgument(!id.isEmpty() && id.length() <= MAX_ID_LENGTH, "A %s has 1 to %s characters, not %s", what, MAX_ID_LENGTH,
        id.length());
  }
}
