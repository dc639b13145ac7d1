package io.github.jiceng.governance.json.jackson3.internal;

import io.github.jiceng.governance.json.internal.Name;
import io.github.jiceng.governance.json.internal.TokenWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** The {@link TokenWriter} of a Jackson 3 {@link JsonGenerator}. */
public final class Jackson3Writer implements TokenWriter {

  private final JsonGenerator gen;

  /** Writes to the generator. */
  public Jackson3Writer(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void startObject() {
    gen.writeStartObject();
  }

  @Override
  public void endObject() {
    gen.writeEndObject();
  }

  @Override
  public void startArray() {
    gen.writeStartArray();
  }

  @Override
  public void endArray() {
    gen.writeEndArray();
  }

  @Override
  public void name(Name name) {
    Object kept = name.encoded();
    SerializedString encoded;
    if (kept instanceof SerializedString) {
      encoded = (SerializedString) kept;
    } else {
      encoded = new SerializedString(name.text());
      name.encoded(encoded);
    }
    gen.writeName(encoded);
  }

  @Override
  public void name(String name) {
    gen.writeName(name);
  }

  @Override
  public void string(String value) {
    gen.writeString(value);
  }

  @Override
  public void number(long value) {
    gen.writeNumber(value);
  }

  @Override
  public void number(double value) {
    gen.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    gen.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    gen.writeNull();
  }

  @Override
  public void endDocument() {
    gen.writeRaw('\n');
  }

  @Override
  public void close() {
    gen.close();
  }
}
