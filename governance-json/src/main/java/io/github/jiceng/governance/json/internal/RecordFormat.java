package io.github.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * A file format read and written as a stream: an envelope and header properties, then one long
 * array of records, always the last property. It is defined over the same table as the whole-file
 * codec (so the two cannot differ): the records are that table's list property, and the header is
 * built from the properties before it.
 *
 * @param <H> the header, such as a {@code LevelScheme}
 * @param <R> the record, such as a {@code GridNode}
 */
public final class RecordFormat<H, R> {

  /**
   * Writes a header's values into the header slots.
   *
   * @param <H> the header
   */
  @FunctionalInterface
  public interface HeaderWriter<H> {
    /** Puts the header's values into the slots of the properties before the records. */
    void write(H header, Header out);
  }

  /** The values of the header properties, by slot. */
  public static final class Header {
    private final ObjectCodec<?> codec;
    final Object[] values;

    Header(ObjectCodec<?> codec) {
      this.codec = codec;
      this.values = new Object[codec.slotCount()];
    }

    /** Sets a header property's value (an {@code Optional} for an optional one). */
    public <V> Header put(Slot<V> slot, V value) {
      values[codec.indexOf(slot)] = requireNonNull(value, slot.name());
      return this;
    }
  }

  final ObjectCodec<?> file;
  final int records;
  final Codec<R> element;
  final Function<Values, H> header;
  final HeaderWriter<H> headerWriter;

  private RecordFormat(ObjectCodec<?> file, int records, Codec<R> element, Function<Values, H> header,
      HeaderWriter<H> headerWriter) {
    this.file = file;
    this.records = records;
    this.element = element;
    this.header = header;
    this.headerWriter = headerWriter;
  }

  /**
   * Defines the streaming form of a file.
   *
   * @param file the file's codec (with its envelope)
   * @param records the slot of its list of records; it must be the last property written
   * @param header builds the header from the slots of the properties before the records
   * @param headerWriter puts a header's values into those slots
   * @return the format
   * @throws IllegalArgumentException if the records are not a list written last
   */
  public static <T, H, R> RecordFormat<H, R> of(ObjectCodec<T> file, Slot<List<R>> records,
      Function<Values, H> header, HeaderWriter<H> headerWriter) {
    int index = file.indexOf(records);
    if (file.writePosition(index) != file.propertyCount() - 1) {
      throw new IllegalArgumentException(records + " must be the last property of " + file.schemaName());
    }
    if (!(file.codecOf(index) instanceof ListCodec)) {
      throw new IllegalArgumentException(records + " is not a list");
    }
    @SuppressWarnings("unchecked")
    Codec<R> element = ((ListCodec<R, List<R>>) file.codecOf(index)).element();
    return new RecordFormat<>(file, index, element, header, headerWriter);
  }

  /** Returns the property name of the records. */
  String recordsName() {
    return file.propertyName(records);
  }
}
