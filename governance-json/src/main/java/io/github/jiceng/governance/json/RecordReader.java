package io.github.jiceng.governance.json;

import io.github.jiceng.governance.json.internal.RecordCursor;
import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * Reads a large file one record at a time, in memory bounded by one record whatever the file's
 * length: the header when opened, then each record on demand.
 *
 * <p>Each record handed out is complete and validated. The file as a whole is valid only once
 * {@link #hasNext()} has returned {@code false} (it then has checked the end of the records, of
 * the envelope and of the input); a format error may still come after some records were read, so
 * a caller that must not act on part of a file stages the records until then.
 *
 * <pre>{@code
 * try (RecordReader<LevelScheme, GridNode> r = GovernanceJson.files().readGridNodes(in)) {
 *   LevelScheme scheme = r.header();
 *   while (r.hasNext()) {
 *     GridNode node = r.next();
 *   }
 * }
 * }</pre>
 *
 * @param <H> the header's type
 * @param <R> the records' type
 */
public final class RecordReader<H, R> implements Closeable {

  private final RecordCursor<H, R> cursor;

  RecordReader(RecordCursor<H, R> cursor) {
    this.cursor = cursor;
  }

  /** Returns the header, read when the file was opened. */
  public H header() {
    return cursor.header();
  }

  /**
   * Returns whether another record follows.
   *
   * @return false once the whole file has been read and found complete
   * @throws GovernanceFormatException if the file breaks its format
   * @throws IOException if the stream cannot be read
   */
  public boolean hasNext() throws IOException {
    return cursor.hasNext();
  }

  /**
   * Reads the next record.
   *
   * @return the record, validated; never null
   * @throws NoSuchElementException if there is none
   * @throws GovernanceFormatException if the record breaks its format or the model's rules
   * @throws IOException if the stream cannot be read
   */
  public R next() throws IOException {
    return cursor.next();
  }

  /** Returns how many records have been read. */
  public long count() {
    return cursor.count();
  }

  /** Stops reading; the underlying stream is left open. */
  @Override
  public void close() throws IOException {
    cursor.close();
  }
}
