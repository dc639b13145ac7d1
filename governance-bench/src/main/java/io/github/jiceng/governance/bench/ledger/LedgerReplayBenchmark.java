package io.github.jiceng.governance.bench.ledger;

import io.github.jiceng.governance.rules.points.CompactReplay;
import io.github.jiceng.governance.rules.points.ReplayBatch;
import io.github.jiceng.governance.rules.points.ReplayResult;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B-LEDGER-REPLAY (performance anchors, section 7): ten million events for a million members,
 * 24 months, a cap of 500 per member per month, a 12-month expiry and 1 % re-delivered ids,
 * replayed from scratch by each implementation in one JMH run ({@code @Param impl}):
 *
 * <ul>
 *   <li>{@code COMPACT}: the SDK's {@link CompactReplay} over the columnar {@link ReplayBatch},
 *       an engine from {@link CompactReplay#withWorkspace()} that keeps its buffers between
 *       replays (as a platform replaying every night would);
 *   <li>{@code COMPACT_FRESH}: the same, with fresh buffers for every replay
 *       ({@link CompactReplay#replay}), so the time includes getting some 250 MB from the JVM;
 *   <li>{@code NAIVE}: {@link NaiveReplay}, {@code HashSet<String>} ids and
 *       {@code HashMap<String, int[]>} members over the same events with text keys.
 * </ul>
 *
 * <p>One operation is the whole replay, result arrays included; divide by the number of events
 * for the time per event. Each fork first replays with both implementations and throws unless
 * every member's balance is equal, and checks its own result again when it tears down.
 *
 * <p>Run (one fork per implementation, about four minutes in all):
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'ledger.LedgerReplayBenchmark' -f 1 -t 1 \
 *     -jvmArgs "-Xms6g -Xmx6g" -rf json -rff governance-bench/target/jmh-ledger.json
 * </pre>
 *
 * <p>A CI smoke run: {@code -p events=100000 -p members=10000 -wi 1 -i 1}.
 */
@Fork(1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 5, batchSize = 1)
public class LedgerReplayBenchmark {

  /** The implementations compared. */
  public enum Impl {
    /** The SDK's replay, buffers kept between replays. */
    COMPACT,
    /** The SDK's replay, fresh buffers every time. */
    COMPACT_FRESH,
    /** JDK collections with text keys. */
    NAIVE
  }

  /** The implementation. */
  @Param({"COMPACT", "COMPACT_FRESH", "NAIVE"})
  public Impl impl;

  /** Number of events. */
  @Param("10000000")
  public int events;

  /** Number of members. */
  @Param("1000000")
  public int members;

  LedgerReplayInstance instance;
  ReplayBatch batch;
  CompactReplay engine;
  long[] expected;

  /** Generates the instance and checks that both implementations agree on every balance. */
  @Setup(Level.Trial)
  public void generateAndCheck() {
    instance = LedgerReplayInstance.generate(events, members);
    batch = instance.batch();
    engine = CompactReplay.withWorkspace();
    ReplayResult compact = engine.run(batch, LedgerReplayInstance.settings(), instance.asOfPeriod());
    long[] naive = naive();
    if (!Arrays.equals(compact.balances(), naive)) {
      throw new IllegalStateException("COMPACT and NAIVE differ in at least one balance");
    }
    ReplayResult fresh = CompactReplay.replay(batch, LedgerReplayInstance.settings(), instance.asOfPeriod());
    if (!fresh.equals(compact)) {
      throw new IllegalStateException("COMPACT_FRESH differs from COMPACT");
    }
    if (compact.duplicates() != instance.duplicates() || !compact.conserves()) {
      throw new IllegalStateException("COMPACT skipped " + compact.duplicates() + " duplicates, the instance has "
          + instance.duplicates() + "; conserves: " + compact.conserves());
    }
    expected = naive;
    System.out.println("ledger replay instance: " + compact);
  }

  /** Checks the measured implementation's answer once more. */
  @TearDown(Level.Trial)
  public void check() {
    if (!Arrays.equals(replay(), expected)) {
      throw new IllegalStateException(impl + " gives other balances after the measurements");
    }
  }

  /** Replays every event from scratch; returns every member's balance. */
  @Benchmark
  public long[] replay() {
    switch (impl) {
      case COMPACT:
        return engine.run(batch, LedgerReplayInstance.settings(), instance.asOfPeriod()).balances();
      case COMPACT_FRESH:
        return CompactReplay.replay(batch, LedgerReplayInstance.settings(), instance.asOfPeriod()).balances();
      default:
        return naive();
    }
  }

  private long[] naive() {
    return NaiveReplay.replay(instance.idKeys(), instance.memberKeys(), instance.periods(), instance.points(),
        instance.memberCount(), LedgerReplayInstance.settings(), instance.asOfPeriod());
  }
}
