package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A replay engine with a workspace is single-writer: replays that overlap on one engine fail
 * fast, and every replay that finishes is right.
 */
final class CompactReplaySingleWriterTest {

  private static final int THREADS = 4;
  private static final int REPLAYS = 40;
  private static final int MAX_ROUNDS = 10;

  @Test
  void overlappingReplaysOnOneEngineFailFastAndTheOthersAreRight() throws Exception {
    SplittableRandom random = new SplittableRandom(14);
    int n = 200_000;
    int members = 5_000;
    long[] ids = new long[n];
    int[] who = new int[n];
    int[] periods = new int[n];
    int[] points = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = random.nextLong() >>> 1;
      who[i] = random.nextInt(members);
      periods[i] = i * 24 / n;
      points[i] = random.nextInt(5) == 0 ? -(1 + random.nextInt(50)) : 1 + random.nextInt(100);
    }
    ReplayBatch batch = ReplayBatch.wrap(ids, who, periods, points, members);
    ReplaySettings settings = new ReplaySettings(500, 12);
    ReplayResult expected = CompactReplay.replay(batch, settings, batch.lastPeriod());
    CompactReplay engine = CompactReplay.withWorkspace();
    int overlaps = 0;
    for (int round = 0; round < MAX_ROUNDS && overlaps == 0; round++) {
      overlaps = oneRound(engine, batch, settings, expected);
    }
    assertThat(overlaps).as("replays overlapped on %s threads in %s rounds", THREADS, MAX_ROUNDS).isPositive();
    assertThat(engine.run(batch, settings, batch.lastPeriod())).isEqualTo(expected);
  }

  /** Replays on one engine from several threads at once; returns how many replays overlapped. */
  private static int oneRound(CompactReplay engine, ReplayBatch batch, ReplaySettings settings, ReplayResult expected)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<int[]>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          int overlaps = 0;
          int done = 0;
          for (int k = 0; k < REPLAYS; k++) {
            try {
              assertThat(engine.run(batch, settings, batch.lastPeriod())).isEqualTo(expected);
              done++;
            } catch (ConcurrentModificationException e) {
              assertThat(e).hasMessageContaining("single-writer");
              overlaps++;
            }
          }
          return new int[] {done, overlaps};
        }));
      }
      start.countDown();
      int done = 0;
      int overlaps = 0;
      for (Future<int[]> f : futures) {
        int[] r = f.get(120, TimeUnit.SECONDS);
        done += r[0];
        overlaps += r[1];
      }
      assertThat(done + overlaps).isEqualTo(THREADS * REPLAYS);
      assertThat(done).isPositive();
      return overlaps;
    } finally {
      pool.shutdownNow();
    }
  }
}
