package io.github.jiceng.governance.json.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of every file the SDK writes, for Jackson 3's generators: two spaces of indent, one
 * property or element per line, {@code "key": value}, {@code []} and {@code {}} for empty
 * containers, {@code \n} line ends, as the Jackson 2 binding's {@code Layout}. It holds the
 * current depth, so each generator gets its own instance.
 */
final class Jackson3Layout implements PrettyPrinter {

  private int depth;

  private void newline(JsonGenerator gen) {
    gen.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      gen.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator gen) {
    gen.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator gen) {
    gen.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator gen) {
    newline(gen);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator gen) {
    gen.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator gen) {
    gen.writeRaw(',');
    newline(gen);
  }

  @Override
  public void writeEndObject(JsonGenerator gen, int entries) {
    depth--;
    if (entries > 0) {
      newline(gen);
    }
    gen.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator gen) {
    gen.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator gen) {
    newline(gen);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator gen) {
    gen.writeRaw(',');
    newline(gen);
  }

  @Override
  public void writeEndArray(JsonGenerator gen, int values) {
    depth--;
    if (values > 0) {
      newline(gen);
    }
    gen.writeRaw(']');
  }
}
