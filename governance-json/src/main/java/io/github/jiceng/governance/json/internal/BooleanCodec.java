package io.github.jiceng.governance.json.internal;

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
    Token t = in.token();
    if (t == Token.TRUE) {
      return Boolean.TRUE;
    }
    if (t == Token.FALSE) {
      return Boolean.FALSE;
    }
    throw in.mismatch("boolean", this);
  }

  @Override
  public void write(Boolean value, TokenWriter out) throws IOException {
    out.bool(value);
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    return JsonNodeFactory.instance.objectNode().put("type", "boolean");
  }
}
