package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
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
  private final JsonGenerator gen;
  private boolean closed;
  private long count;

  /** Opens the file and writes its envelope and header. */
  public <H> RecordSink(RecordFormat<H, R> format, H header, OutputStream out) throws IOException {
    this.element = format.element;
    ObjectCodec<?> codec = format.file;
    RecordFormat.Header values = new RecordFormat.Header(codec);
    format.headerWriter.write(header, values);
    this.gen = Documents.generator(out);
    gen.writeStartObject();
    for (int position = 0; position < codec.propertyCount() - 1; position++) {
      int index = codec.indexAtWritePosition(position);
      codec.writeSlotValue(index, index < values.values.length ? values.values[index] : null, gen);
    }
    gen.writeFieldName(format.recordsName());
    gen.writeStartArray();
  }

  /** Writes one record. */
  public void write(R record) throws IOException {
    if (closed) {
      throw new IllegalStateException("the file is closed");
    }
    element.write(record, gen);
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
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeRaw('\n');
    gen.close();
  }
}
