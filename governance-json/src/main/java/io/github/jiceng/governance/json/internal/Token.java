package io.github.jiceng.governance.json.internal;

/**
 * The kinds of token a {@link TokenReader} reports, the same for every JSON binding: the codecs
 * read these, never a binding's own token type.
 */
public enum Token {
  /** {@code {}}. */
  START_OBJECT("{"),
  /** {@code }}. */
  END_OBJECT("}"),
  /** {@code [}. */
  START_ARRAY("["),
  /** {@code ]}. */
  END_ARRAY("]"),
  /** A property name. */
  NAME("FIELD_NAME"),
  /** A string value. */
  STRING("a string"),
  /** A number without fraction or exponent. */
  INTEGER("an integer"),
  /** A number with a fraction or an exponent. */
  FLOAT("a number"),
  /** {@code true}. */
  TRUE("true"),
  /** {@code false}. */
  FALSE("false"),
  /** {@code null}. */
  NULL("null"),
  /** A value that is not JSON text: an object a mapper put into a buffered token stream. */
  EMBEDDED("VALUE_EMBEDDED_OBJECT");

  private final String shown;

  Token(String shown) {
    this.shown = shown;
  }

  /** Returns how a message shows the token when it has no value to quote. */
  String shown() {
    return shown;
  }
}
