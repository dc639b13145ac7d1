package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/** The {@link TokenWriter} of a Jackson 2 {@link JsonGenerator}. */
public final class Jackson2Writer implements TokenWriter {

  private final JsonGenerator gen;

  /** Writes to the generator. */
  public Jackson2Writer(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void startObject() throws IOException {
    gen.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    gen.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    gen.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    gen.writeEndArray();
  }

  @Override
  public void name(Name name) throws IOException {
    Object kept = name.encoded();
    SerializedString encoded;
    if (kept instanceof SerializedString) {
      encoded = (SerializedString) kept;
    } else {
      encoded = new SerializedString(name.text());
      name.encoded(encoded);
    }
    gen.writeFieldName(encoded);
  }

  @Override
  public void name(String name) throws IOException {
    gen.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    gen.writeString(value);
  }

  @Override
  public void number(long value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void number(double value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    gen.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    gen.writeNull();
  }

  @Override
  public void endDocument() throws IOException {
    gen.writeRaw('\n');
  }

  @Override
  public void close() throws IOException {
    gen.close();
  }
}
