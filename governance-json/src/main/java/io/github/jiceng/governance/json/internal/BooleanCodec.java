package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** {@code true} or {@code false}. */
final class BooleanCodec extends Codec<Boolean> {

  BooleanCodec() {
    super(Boolean.class);
  }

  @Override
  public Boolean read(Input in) throws IOException {
    JsonToken t = in.token();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    throw in.mismatch("boolean", this);
  }

  @Override
  public void write(Boolean value, JsonGenerator gen) throws IOException {
    gen.writeBoolean(value);
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    return JsonNodeFactory.instance.objectNode().put("type", "boolean");
  }
}
