/**
 * JMH benchmarks of the grid hierarchy (B-HIERARCHY): a fixed-seed county-to-building instance of
 * about a million nodes ({@link io.github.jiceng.governance.bench.grid.HierarchyInstance}), the
 * SDK's {@link io.github.jiceng.governance.model.grid.GridHierarchy} and JGraphT 1.5.3 behind one
 * adapter interface ({@link io.github.jiceng.governance.bench.grid.HierarchyAdapter}) so that both
 * are timed in the same run ({@link io.github.jiceng.governance.bench.grid.HierarchyBenchmark}),
 * and a retained-heap probe ({@link io.github.jiceng.governance.bench.grid.RetainedHeap}); every
 * run checks that both implementations give the instance's known answers before its numbers count.
 */
package io.github.jiceng.governance.bench.grid;
