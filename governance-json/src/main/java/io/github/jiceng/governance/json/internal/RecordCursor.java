package io.github.jiceng.governance.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link RecordFormat} file one record at a time, in memory bounded by one record: the
 * header when opened, then each record on demand. Every record handed out is complete and valid;
 * the file as a whole is known to be valid only once {@link #hasNext()} has returned false,
 * having checked the end of the array, of the envelope and of the input. After an error every
 * later call throws that error again: the parser stands somewhere inside the bad record, and what
 * it would read next is not a record of the file.
 *
 * @param <H> the header
 * @param <R> the record
 */
public final class RecordCursor<H, R> implements Closeable {

  private final RecordFormat<H, R> format;
  private final TokenReader parser;
  private final Input in;
  private final H header;
  private boolean pending;
  private boolean done;
  private long count;
  /** The error that stopped reading, thrown again by every later call: the file is not valid. */
  private @Nullable IOException failed;

  /**
   * Opens the file and reads its envelope and header.
   *
   * @throws io.github.jiceng.governance.json.GovernanceFormatException if they break the format
   */
  public RecordCursor(Syntax syntax, RecordFormat<H, R> format, InputStream stream) throws IOException {
    this.format = format;
    this.parser = syntax.reader(stream, true);
    this.in = new Input(parser);
    try {
      this.header = readHeader();
    } catch (IOException | RuntimeException e) {
      parser.close();
      throw Documents.translate(in, e);
    }
  }

  private H readHeader() throws IOException {
    ObjectCodec<?> codec = format.file;
    Token t = parser.next();
    if (t == null) {
      throw in.fail("not-empty", "the document is empty");
    }
    if (t != Token.START_OBJECT) {
      throw in.mismatch("object", codec);
    }
    Object[] values = new Object[codec.slotCount()];
    long seen = 0;
    for (t = parser.next(); t == Token.NAME; t = parser.next()) {
      String property = parser.name();
      if (codec.indexOf(property) == format.records) {
        break;
      }
      seen = codec.readField(in, property, values, seen, null);
    }
    long records = 1L << format.records;
    if (t != Token.NAME) {
      throw in.failAt(in.pointer() + Pointers.segment(format.recordsName()), "required",
          "'" + format.recordsName() + "' is required");
    }
    Values v = codec.collect(in, values, seen | records, false, codec.requiredMask());
    H h = codec.construct(in, v, false, format.header, codec.slotMask() & ~records);
    if (parser.next() != Token.START_ARRAY) {
      throw in.mismatch("array", format.element);
    }
    return h;
  }

  /** Returns the header. */
  public H header() {
    return header;
  }

  /**
   * Returns whether another record follows; at the end, checks that the file ends properly.
   *
   * @throws io.github.jiceng.governance.json.GovernanceFormatException if the file breaks the format
   */
  public boolean hasNext() throws IOException {
    if (failed != null) {
      throw failed;
    }
    if (pending) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      Token t = parser.next();
      if (t != Token.END_ARRAY) {
        pending = true;
        return true;
      }
      t = parser.next();
      if (t == Token.NAME) {
        throw in.fail("records-last", "'" + format.recordsName() + "' must be the last property, but '"
            + Input.propertyName(parser.name()) + "' follows it");
      }
      Documents.end(in);
      done = true;
      return false;
    } catch (IOException | RuntimeException e) {
      failed = Documents.translate(in, e);
      throw failed;
    }
  }

  /**
   * Reads the next record.
   *
   * @throws NoSuchElementException if there is none
   * @throws io.github.jiceng.governance.json.GovernanceFormatException if the record breaks the format
   */
  public R next() throws IOException {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    pending = false;
    try {
      R r = format.element.read(in);
      count++;
      return r;
    } catch (IOException | RuntimeException e) {
      failed = Documents.translate(in, e);
      throw failed;
    }
  }

  /** Returns how many records were read. */
  public long count() {
    return count;
  }

  /** Closes the parser; the stream stays open. */
  @Override
  public void close() throws IOException {
    parser.close();
  }
}
