package io.github.jiceng.governance.json.internal;

/** JSON Pointer (RFC 6901) pieces. */
public final class Pointers {

  private Pointers() {}

  /** Escapes a property name or index as one pointer segment, with its leading {@code /}. */
  public static String segment(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
