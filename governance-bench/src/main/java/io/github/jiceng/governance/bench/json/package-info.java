/**
 * JMH benchmarks of the JSON files (B-JSON-SCENARIO): a fixed-seed grid hierarchy file of a
 * million nodes ({@link io.github.jiceng.governance.bench.json.GridNodeFile}) read node by node by
 * the SDK's streaming reader and by a hand-written Jackson {@code JsonParser} loop over the same
 * bytes, in one run ({@link io.github.jiceng.governance.bench.json.JsonStreamBenchmark}).
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Streaming read 流式读取
 *   <dd>Reading a file record by record, never holding more than one record.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.bench.json;

import org.jspecify.annotations.NullMarked;
