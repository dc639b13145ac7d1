package io.github.jiceng.governance.json;

import io.github.jiceng.governance.json.internal.RecordSink;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes a large file one record at a time, in memory bounded by one record: the envelope and
 * header when opened, each record as it is given, the end of the file on {@link #close()}. The
 * file is complete only once closed.
 *
 * @param <R> the records' type
 */
public final class RecordWriter<R> implements Closeable {

  private final RecordSink<R> sink;

  RecordWriter(RecordSink<R> sink) {
    this.sink = sink;
  }

  /**
   * Writes one record.
   *
   * @param record the record
   * @throws IllegalStateException if the writer is closed
   * @throws IOException if the stream cannot be written
   */
  public void write(R record) throws IOException {
    sink.write(record);
  }

  /** Returns how many records have been written. */
  public long count() {
    return sink.count();
  }

  /** Ends the file and flushes it; the underlying stream is left open. */
  @Override
  public void close() throws IOException {
    sink.close();
  }
}
