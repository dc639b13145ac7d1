/**
 * JMH benchmarks of the scenario simulator: events per second over a simulated year of a
 * synthetic district of 100,000 residents and of the small scenario, with exact and greedy
 * matching compared in the same run
 * ({@link io.github.jiceng.governance.bench.sim.SimulatorBenchmark}); every fork first runs the
 * instance with every invariant checked and then checks that each measured run logs the same
 * events.
 */
package io.github.jiceng.governance.bench.sim;
