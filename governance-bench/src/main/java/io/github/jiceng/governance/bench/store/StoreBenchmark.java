package io.github.jiceng.governance.bench.store;

import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsState;
import io.github.jiceng.governance.store.jdbc.EventStore;
import io.github.jiceng.governance.store.jdbc.StreamCommand;
import io.github.jiceng.governance.store.jdbc.StreamState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Issue 13, item 9: the JDBC event store on a real PostgreSQL (named by {@value
 * BenchDatabase#URL_VARIABLE}), each figure beside its floor in the same run, every trial in a
 * fresh schema of its own.
 *
 * <p><b>Writing</b> (throughput, operations per second). One operation of {@link
 * #handleOneWriter} and {@link #handleEightWriters} is one points award through {@link
 * EventStore#handle}: decide on the member's stream (from the store's cache of stream states
 * after the member's first award), then in one transaction record the command's key and append
 * the award, whose unique version is the optimistic check (ADR 0040). Writers work on disjoint members
 * (thread {@code t} of {@code T} awards the members {@code m} with {@code m % T == t}, in turn),
 * so no command is refused and none loses a race. One operation of {@link #handleAllOneWriter} is
 * also one award, booked {@value #BATCH} to a transaction through {@link EventStore#handleAll} (each
 * command still exactly once, with its own key and optimistic check). Their floor, {@link #insertOneWriter} and {@link
 * #insertEightWriters}, inserts the same rows — the same stream ids, versions, keys and payload
 * JSON the store writes — into an equivalent table ({@code bench_event}: the same columns, key,
 * unique constraint and check as {@code gov_event}) with a plain JDBC batch of {@value #BATCH}
 * rows per transaction; one operation there is one row. {@link #insertOneRowPerTransaction} is
 * the fair floor of a store that commits every command: the same rows, one per transaction. Both
 * tables are emptied before every iteration, so each iteration starts from empty streams (and the
 * store is opened again, with an empty cache of stream states); after each, the number of rows
 * written is checked against the operations counted, and the store's rows against the payloads
 * the floor inserts.
 *
 * <p><b>Replaying</b> (single shot, milliseconds). One stream of {@code events} awards over {@code
 * ledgerMembers} members is written once per trial by batched inserts straight into {@code
 * gov_event} (not through {@code handle}, which would take hours for a million events); the
 * payloads are the entries the rules decide, in order, on one in-memory state. {@link
 * #replayThroughStore} is {@link EventStore#replay}: select the stream, decode every payload,
 * fold every event into a {@code PointsState}. Its floor, {@link #selectAndDecode}, runs the same
 * query (the same columns, condition, order and fetch size) and decodes each payload with the same
 * codec, and folds nothing. The trial checks the
 * replayed state against the state the generator reached, before and after measuring.
 *
 * <p>Run (about 8 minutes; the replay trials write their million rows first):
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'store.StoreBenchmark' -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>A CI smoke run: {@code -p events=10000 -wi 1 -i 1 -w 1s -r 1s}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class StoreBenchmark {

  /** Rows per transaction of the floor's batched insert. */
  public static final int BATCH = 100;

  /** The one stream of the replay benchmark. */
  public static final String LEDGER_STREAM = "community-ledger";

  private static final String INSERT_EVENT = "INSERT INTO %s (rule, stream_id, stream_version, idempotency_key, payload) "
      + "VALUES (?, ?, ?, ?, ?)";

  /** The query the store's replay runs (the columns it reads, the versions after a snapshot's, none here). */
  private static final String SELECT_STREAM = "SELECT sequence, stream_version, payload FROM gov_event "
      + "WHERE rule = ? AND stream_id = ? AND stream_version > ? ORDER BY stream_version";

  // ------------------------------------------------------------------------------------- writing

  /** The writing benchmarks' schema: the store's tables and the floor's equivalent table. */
  @State(Scope.Benchmark)
  public static class Writing {

    /** Number of members (streams) awarded in turn; a multiple of 8. */
    @Param("1000")
    public int members;

    /** Awards per member whose payloads the floor inserts; later awards reuse them in turn. */
    static final int PAYLOADS_PER_MEMBER = 64;

    BenchDatabase database;
    EventStore store;
    String[][] payloads;
    final AtomicLong rows = new AtomicLong();

    /**
     * Creates a fresh schema with the store's tables and the floor's table, and the payloads.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Trial)
    public void openSchema() throws SQLException {
      if (members <= 0 || members % 8 != 0) {
        throw new IllegalArgumentException("members is a positive multiple of 8, not " + members);
      }
      database = BenchDatabase.freshSchema("bench_store_write");
      store = EventStore.on(database);
      store.migrate();
      database.execute("CREATE TABLE bench_event ("
          + "sequence BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL, rule VARCHAR(64) NOT NULL, "
          + "stream_id VARCHAR(200) NOT NULL, stream_version BIGINT NOT NULL, idempotency_key VARCHAR(200) NOT NULL, "
          + "payload TEXT NOT NULL, CONSTRAINT bench_event_pk PRIMARY KEY (sequence), "
          + "CONSTRAINT bench_event_stream_version_uq UNIQUE (rule, stream_id, stream_version), "
          + "CONSTRAINT bench_event_version_ck CHECK (stream_version >= 1))");
      payloads = PointsAwards.memberPayloads(members, PAYLOADS_PER_MEMBER);
    }

    /**
     * Empties every table, so that each iteration starts from empty streams, and opens the store
     * again: its cache of stream states (ADR 0040) holds states of streams that the truncation
     * removed, and events are append-only for a running store.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Iteration)
    public void empty() throws SQLException {
      database.execute("TRUNCATE gov_event, gov_stream, gov_command, gov_snapshot, bench_event");
      store = EventStore.on(database);
      rows.set(0);
    }

    /**
     * Checks that the rows written are those counted, and that the store wrote the payloads the
     * floor inserts.
     *
     * @throws SQLException if the database fails
     */
    @TearDown(Level.Iteration)
    public void check() throws SQLException {
      long store = database.queryLong("SELECT count(*) FROM gov_event");
      long floor = database.queryLong("SELECT count(*) FROM bench_event");
      if (store + floor != rows.get()) {
        throw new IllegalStateException("Counted " + rows.get() + " rows, found " + store + " in gov_event and " + floor
            + " in bench_event");
      }
      if (store > 0) {
        checkStoredPayloads();
      }
    }

    private void checkStoredPayloads() throws SQLException {
      try (Connection connection = database.getConnection();
          PreparedStatement query = connection.prepareStatement("SELECT stream_id, stream_version, payload FROM gov_event "
              + "WHERE stream_version <= ? ORDER BY stream_id, stream_version")) {
        query.setLong(1, PAYLOADS_PER_MEMBER);
        try (ResultSet found = query.executeQuery()) {
          while (found.next()) {
            int member = Integer.parseInt(found.getString(1).substring("member-".length()));
            int k = (int) found.getLong(2) - 1;
            if (!payloads[member][k].equals(found.getString(3))) {
              throw new IllegalStateException("The store wrote another payload than the floor's for " + found.getString(1)
                  + " version " + found.getLong(2));
            }
          }
        }
      }
    }

    /** Drops the schema. */
    @TearDown(Level.Trial)
    public void dropSchema() {
      database.close();
    }
  }

  /** One writer's turn through its members: thread {@code t} of {@code T} awards every member m with m % T == t. */
  @State(Scope.Thread)
  public static class Writer {
    int thread;
    int threads;
    int perThread;
    long next;

    /**
     * Starts the writer's turn from its first member's first award.
     *
     * @param writing the schema
     * @param params the thread's index and the number of threads
     */
    @Setup(Level.Iteration)
    public void start(Writing writing, ThreadParams params) {
      start(writing, params.getThreadIndex(), params.getThreadCount());
    }

    void start(Writing writing, int thread, int threads) {
      this.thread = thread;
      this.threads = threads;
      perThread = writing.members / threads;
      if (perThread * threads != writing.members) {
        throw new IllegalArgumentException(writing.members + " members do not divide among " + threads + " writers");
      }
      next = 0;
    }

    int member(long n) {
      return thread + threads * (int) (n % perThread);
    }

    long award(long n) {
      return n / perThread;
    }
  }

  /**
   * One points award through the store, one writer.
   *
   * @param writing the schema
   * @param writer the writer
   * @return the decision
   */
  @Benchmark
  @Threads(1)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  public Decision<LedgerEntry> handleOneWriter(Writing writing, Writer writer) {
    return handle(writing, writer);
  }

  /**
   * One points award through the store, eight writers at once.
   *
   * @param writing the schema
   * @param writer the writer
   * @return the decision
   */
  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  public Decision<LedgerEntry> handleEightWriters(Writing writing, Writer writer) {
    return handle(writing, writer);
  }

  /**
   * {@value #BATCH} points awards through the store in one transaction ({@link
   * EventStore#handleAll}), one writer; one operation is one award, so that the figure compares
   * with the floor's rows per second.
   *
   * @param writing the schema
   * @param writer the writer
   * @return the decisions
   */
  @Benchmark
  @Threads(1)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  @OperationsPerInvocation(BATCH)
  public List<Decision<LedgerEntry>> handleAllOneWriter(Writing writing, Writer writer) {
    return handleAll(writing, writer);
  }

  /**
   * The floor of one writer: the same rows by a plain batched insert, {@value #BATCH} per
   * transaction; one operation is one row.
   *
   * @param writing the schema
   * @param writer the writer
   * @return the rows inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  @Threads(1)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  @OperationsPerInvocation(BATCH)
  public int insertOneWriter(Writing writing, Writer writer) throws SQLException {
    return insert(writing, writer);
  }

  /**
   * The floor of eight writers: the same rows by a plain batched insert, {@value #BATCH} per
   * transaction; one operation is one row.
   *
   * @param writing the schema
   * @param writer the writer
   * @return the rows inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  @OperationsPerInvocation(BATCH)
  public int insertEightWriters(Writing writing, Writer writer) throws SQLException {
    return insert(writing, writer);
  }

  /**
   * The fair floor of one writer: the same rows by a plain insert, one row per transaction, which
   * is what the store's durability promises per command; one operation is one row.
   *
   * @param writing the schema
   * @param writer the writer
   * @return the rows inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  @Threads(1)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  public int insertOneRowPerTransaction(Writing writing, Writer writer) throws SQLException {
    try (Connection connection = writing.database.getConnection();
        PreparedStatement insert = connection.prepareStatement(String.format(Locale.ROOT, INSERT_EVENT,
            "bench_event"))) {
      connection.setAutoCommit(false);
      long n = writer.next++;
      int member = writer.member(n);
      long k = writer.award(n);
      insert.setString(1, PointsAwards.RULE.name());
      insert.setString(2, PointsAwards.memberStream(member));
      insert.setLong(3, k + 1);
      insert.setString(4, PointsAwards.memberKey(member, k));
      insert.setString(5, writing.payloads[member][(int) (k % Writing.PAYLOADS_PER_MEMBER)]);
      insert.executeUpdate();
      connection.commit();
    }
    writing.rows.incrementAndGet();
    return 1;
  }

  static Decision<LedgerEntry> handle(Writing writing, Writer writer) {
    long n = writer.next++;
    int member = writer.member(n);
    long k = writer.award(n);
    Decision<LedgerEntry> decision = writing.store.handle(PointsAwards.RULE, PointsAwards.memberStream(member),
        PointsAwards.memberKey(member, k), PointsAwards.memberAward(member, k));
    PointsAwards.only(decision);
    writing.rows.incrementAndGet();
    return decision;
  }

  static List<Decision<LedgerEntry>> handleAll(Writing writing, Writer writer) {
    List<StreamCommand<PointsCommand>> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      long n = writer.next++;
      int member = writer.member(n);
      long k = writer.award(n);
      batch.add(StreamCommand.of(PointsAwards.memberStream(member), PointsAwards.memberKey(member, k),
          PointsAwards.memberAward(member, k)));
    }
    List<Decision<LedgerEntry>> decisions = writing.store.handleAll(PointsAwards.RULE, batch);
    for (Decision<LedgerEntry> decision : decisions) {
      PointsAwards.only(decision);
    }
    writing.rows.addAndGet(BATCH);
    return decisions;
  }

  static int insert(Writing writing, Writer writer) throws SQLException {
    try (Connection connection = writing.database.getConnection();
        PreparedStatement insert = connection.prepareStatement(String.format(Locale.ROOT, INSERT_EVENT,
            "bench_event"))) {
      connection.setAutoCommit(false);
      for (int i = 0; i < BATCH; i++) {
        long n = writer.next++;
        int member = writer.member(n);
        long k = writer.award(n);
        insert.setString(1, PointsAwards.RULE.name());
        insert.setString(2, PointsAwards.memberStream(member));
        insert.setLong(3, k + 1);
        insert.setString(4, PointsAwards.memberKey(member, k));
        insert.setString(5, writing.payloads[member][(int) (k % Writing.PAYLOADS_PER_MEMBER)]);
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    }
    writing.rows.addAndGet(BATCH);
    return BATCH;
  }

  // ----------------------------------------------------------------------------------- replaying

  /** The replay benchmarks' schema: one stream of {@code events} awards, written once. */
  @State(Scope.Benchmark)
  public static class Replaying {

    /** Number of events in the stream. */
    @Param("1000000")
    public int events;

    /** Number of members awarded in the stream, in turn. */
    @Param("10000")
    public int ledgerMembers;

    BenchDatabase database;
    EventStore store;
    int entries;
    List<AccountTotals> totals;

    /**
     * Creates a fresh schema and writes the stream by batched inserts, then checks that the store
     * replays it into the state the rules reached while generating it.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Trial)
    public void writeStream() throws SQLException {
      database = BenchDatabase.freshSchema("bench_store_replay");
      store = EventStore.on(database);
      store.migrate();
      PointsState state = PointsAwards.RULES.initialState();
      try (Connection connection = database.getConnection();
          PreparedStatement insert = connection.prepareStatement(String.format(Locale.ROOT, INSERT_EVENT,
              "gov_event"))) {
        connection.setAutoCommit(false);
        for (long i = 0; i < events; i++) {
          LedgerEntry entry = PointsAwards.only(PointsAwards.RULES.decide(PointsAwards.ledgerAward(i, ledgerMembers), state));
          state = PointsAwards.RULES.evolve(state, entry);
          insert.setString(1, PointsAwards.RULE.name());
          insert.setString(2, LEDGER_STREAM);
          insert.setLong(3, i + 1);
          insert.setString(4, "award-" + i);
          insert.setString(5, PointsAwards.CODEC.encode(entry));
          insert.addBatch();
          if ((i + 1) % 1000 == 0 || i + 1 == events) {
            insert.executeBatch();
          }
          if ((i + 1) % 50_000 == 0 || i + 1 == events) {
            connection.commit();
          }
        }
        try (PreparedStatement registry = connection.prepareStatement(
            "INSERT INTO gov_stream (rule, stream_id) VALUES (?, ?)")) {
          registry.setString(1, PointsAwards.RULE.name());
          registry.setString(2, LEDGER_STREAM);
          registry.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("VACUUM ANALYZE gov_event");
        }
      }
      entries = state.entryCount();
      totals = state.allTotals();
      check(store.replay(PointsAwards.RULE, LEDGER_STREAM));
    }

    void check(StreamState<PointsState> replayed) {
      if (replayed.version() != events || replayed.state().entryCount() != entries
          || !replayed.state().allTotals().equals(totals)) {
        throw new IllegalStateException("The replayed stream differs from the generated one: version "
            + replayed.version() + " of " + events + ", " + replayed.state().entryCount() + " entries of " + entries);
      }
    }

    /** Drops the schema. */
    @TearDown(Level.Trial)
    public void dropSchema() {
      database.close();
    }
  }

  /**
   * The store's replay of the whole stream: select, decode, fold.
   *
   * @param replaying the stream
   * @return the replayed state
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public StreamState<PointsState> replayThroughStore(Replaying replaying) {
    StreamState<PointsState> replayed = replaying.store.replay(PointsAwards.RULE, LEDGER_STREAM);
    if (replayed.version() != replaying.events) {
      throw new IllegalStateException("Replayed " + replayed.version() + " of " + replaying.events + " events");
    }
    return replayed;
  }

  /**
   * The floor of the replay: the same query, each payload decoded with the same codec.
   *
   * @param replaying the stream
   * @param blackhole takes every decoded entry
   * @return the number of rows read
   * @throws SQLException if the database fails
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public long selectAndDecode(Replaying replaying, Blackhole blackhole) throws SQLException {
    long rows = selectAndDecode(replaying.database, blackhole::consume);
    if (rows != replaying.events) {
      throw new IllegalStateException("Read " + rows + " of " + replaying.events + " events");
    }
    return rows;
  }

  static long selectAndDecode(BenchDatabase database, Consumer<Object> sink) throws SQLException {
    long rows = 0;
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(SELECT_STREAM)) {
      connection.setAutoCommit(false);
      query.setString(1, PointsAwards.RULE.name());
      query.setString(2, LEDGER_STREAM);
      query.setLong(3, 0);
      query.setFetchSize(1000);
      try (ResultSet found = query.executeQuery()) {
        while (found.next()) {
          sink.accept(found.getLong(1));
          sink.accept(found.getLong(2));
          sink.accept(PointsAwards.CODEC.decode(found.getString(3)));
          rows++;
        }
      }
      connection.commit();
    }
    return rows;
  }
}
