package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of every file the SDK writes: two spaces of indent, one property or element per line,
 * {@code "key": value}, {@code []} and {@code {}} for empty containers, {@code \n} line ends: the
 * common layout of hand-written and script-written JSON, so files diff cleanly against both.
 * It holds the current depth, so each generator gets its own instance.
 */
final class Layout implements PrettyPrinter {

  private int depth;

  private void newline(JsonGenerator gen) throws IOException {
    gen.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      gen.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator gen) throws IOException {
    gen.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator gen) throws IOException {
    newline(gen);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw(',');
    newline(gen);
  }

  @Override
  public void writeEndObject(JsonGenerator gen, int entries) throws IOException {
    depth--;
    if (entries > 0) {
      newline(gen);
    }
    gen.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator gen) throws IOException {
    gen.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator gen) throws IOException {
    newline(gen);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw(',');
    newline(gen);
  }

  @Override
  public void writeEndArray(JsonGenerator gen, int values) throws IOException {
    depth--;
    if (values > 0) {
      newline(gen);
    }
    gen.writeRaw(']');
  }
}
