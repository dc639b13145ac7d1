package io.github.jiceng.governance.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link RecordFormat} file one record at a time: the envelope and header when opened,
 * each record as it comes, and the closing brackets on {@link #close()}. The bytes are those the
 * whole-file codec writes for the same content.
 *
 * @param <R> the record
 */
public final class RecordSink<R> implements Closeable {

  private final Codec<R> element;
  private final TokenWriter out;
  private boolean closed;
  private long count;

  /** Opens the file and writes its envelope and header. */
  public <H> RecordSink(Syntax syntax, RecordFormat<H, R> format, H header, OutputStream stream) throws IOException {
    this.element = format.element;
    ObjectCodec<?> codec = format.file;
    RecordFormat.Header values = new RecordFormat.Header(codec);
    format.headerWriter.write(header, values);
    this.out = syntax.writer(stream);
    out.startObject();
    for (int position = 0; position < codec.propertyCount() - 1; position++) {
      int index = codec.indexAtWritePosition(position);
      codec.writeSlotValue(index, index < values.values.length ? values.values[index] : null, out);
    }
    out.name(format.recordsName());
    out.startArray();
  }

  /** Writes one record. */
  public void write(R record) throws IOException {
    if (closed) {
      throw new IllegalStateException("the file is closed");
    }
    element.write(record, out);
    count++;
  }

  /** Returns how many records were written. */
  public long count() {
    return count;
  }

  /** Ends the array and the file and flushes; the stream stays open. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    out.endArray();
    out.endObject();
    out.endDocument();
    out.close();
  }
}
