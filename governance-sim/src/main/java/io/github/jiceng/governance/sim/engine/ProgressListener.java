package io.github.jiceng.governance.sim.engine;

/** Told after every simulated day, for a long run's progress display. */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Reports one finished day.
   *
   * @param day the day just finished, from 0
   * @param days the days of the run
   * @param events the events logged so far
   */
  void dayDone(int day, int days, long events);
}
