package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.GovernanceFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whole documents, through any binding's {@link Syntax}: the SDK's limits, reading and writing
 * one value, and the one place where every failure of an untrusted file becomes a
 * {@link GovernanceFormatException}, with the same rule and message whichever parser failed.
 */
public final class Documents {

  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The largest document accepted, in bytes: 512 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  /**
   * The largest record stream accepted, in bytes: 16 GiB. A stream is read one record at a time in
   * bounded memory, so its cap bounds only the time a reader may spend, and can be far above the
   * cap of a document that is read whole.
   */
  public static final long MAX_STREAM_LENGTH = 16L * 1024 * 1024 * 1024;

  /** The start of the message for bytes that are not UTF-8. */
  private static final String NOT_UTF_8 = "the file is not UTF-8 (a file saved as GBK or GB18030 must be saved again"
      + " as UTF-8; 文件不是 UTF-8 编码): ";

  private static final Pattern QUOTED = Pattern.compile("'([^'\\s]{2,})'");

  /** What a parser's failure was, as every binding's adapter classifies its exceptions. */
  public enum Failure {
    /** A limit was broken (depth, lengths). */
    LIMITS,
    /** The input ended inside a value. */
    END_OF_INPUT,
    /** The text is not well-formed JSON, or its bytes are not UTF-8. */
    SYNTAX,
    /** The first bytes are in no encoding of JSON text. */
    ENCODING
  }

  private Documents() {}

  /**
   * Reads one document holding exactly one value of the codec.
   *
   * @throws GovernanceFormatException for any fault of the content
   * @throws IOException only when the stream itself fails
   */
  public static <T> T read(Syntax syntax, InputStream stream, Codec<T> codec) throws IOException {
    try (TokenReader r = syntax.reader(stream, false)) {
      Input in = new Input(r);
      try {
        if (in.next() == null) {
          throw in.fail("not-empty", "the document is empty");
        }
        T value = codec.read(in);
        end(in);
        return value;
      } catch (IOException | RuntimeException e) {
        throw translate(in, e);
      }
    }
  }

  /**
   * Reads the top-level {@code format} property of a document, token by token, without reading
   * the rest of the document into values; properties before it are skipped.
   *
   * @throws GovernanceFormatException if the bytes are not UTF-8 ({@code encoding}), the text is
   *     not well-formed ({@code well-formed}, {@code complete}), the document is empty
   *     ({@code not-empty}) or not an object ({@code object}), or has no {@code format} property
   *     ({@code required}) or one that is not a string ({@code string})
   * @throws IOException only when the stream itself fails
   */
  public static String formatName(Syntax syntax, InputStream stream) throws IOException {
    try (TokenReader r = syntax.reader(stream, false)) {
      Input in = new Input(r);
      try {
        Token first = r.next();
        if (first == null) {
          throw in.fail("not-empty", "the document is empty");
        }
        if (first != Token.START_OBJECT) {
          throw in.mismatch("object", Codecs.string());
        }
        while (r.next() == Token.NAME) {
          String name = r.name();
          Token value = r.next();
          if (name.equals("format")) {
            if (value != Token.STRING) {
              throw in.mismatch("string", Codecs.string());
            }
            return r.text();
          }
          r.skipChildren();
        }
        throw in.failAt("/format", "required",
            "no \"format\" property naming the file's format at the top level");
      } catch (IOException | RuntimeException e) {
        throw translate(in, e);
      }
    }
  }

  /** Requires the end of the input after the root value. */
  static void end(Input in) throws IOException {
    if (in.next() != null) {
      throw in.fail("single-value", "unexpected content after the document's value: " + in.found(Codecs.string()));
    }
  }

  /** Writes one value as a whole document, ending with a newline. */
  public static <T> void write(Syntax syntax, T value, Codec<T> codec, OutputStream out) throws IOException {
    try (TokenWriter w = syntax.writer(out)) {
      codec.write(value, w);
      w.endDocument();
    }
  }

  /**
   * Returns the format error for a failure while reading: format errors pass through; syntax
   * errors, broken limits and undecodable bytes become format errors at the pointer the parser
   * had reached (bytes that are not UTF-8 under the rule {@code encoding}); other I/O errors (of the
   * stream itself) pass through unchanged, and so do other unchecked exceptions, which are thrown.
   */
  public static IOException translate(Input in, Exception e) {
    if (e instanceof GovernanceFormatException) {
      return (GovernanceFormatException) e;
    }
    IOException failure = in.reader().failure(in, e);
    if (failure != null) {
      return failure;
    }
    if (e instanceof IOException) {
      return (IOException) e;
    }
    throw (RuntimeException) e;
  }

  /**
   * Returns the format error for a parser's failure, the same for every binding.
   *
   * @param failure what the binding's exception says happened
   * @param message the parser's message, without location; input it quotes is masked here
   */
  public static GovernanceFormatException failure(Input in, Failure failure, String message) {
    switch (failure) {
      case LIMITS:
        return in.fail("input-limits", message);
      case END_OF_INPUT:
        return in.fail("complete", "the document ends too early: " + masked(message));
      case ENCODING:
        return in.fail("encoding", "not a valid encoding of JSON text: " + message);
      default:
        if (isUndecodable(message)) {
          return in.fail("encoding", NOT_UTF_8 + masked(message));
        }
        if (isComment(message)) {
          return in.fail("well-formed", "not well-formed JSON: comments (// or /* */) are not JSON; remove them");
        }
        return in.fail("well-formed", "not well-formed JSON: " + masked(message));
    }
  }

  /**
   * Returns a parser's message, unless it blames the encoding of bytes that {@link Utf8Check}
   * found to be well-formed UTF-8: older parsers report a multi-byte character where JSON expects
   * a value (such as an unquoted Chinese word) as invalid UTF-8, which is a syntax error instead.
   *
   * @param source the parser's input source, a {@link Utf8Check} when the SDK opened it
   * @param message the parser's message
   * @return the message to classify
   */
  public static String unlessUtf8(@Nullable Object source, String message) {
    if (source instanceof Utf8Check check && check.clean() && isUndecodable(message)) {
      return "Unexpected character: a multi-byte character where JSON expects a value, a name or punctuation";
    }
    return message;
  }

  /** Returns the error for a stream whose first bytes are in no encoding of JSON text. */
  public static GovernanceFormatException undetectable(String message) {
    return new GovernanceFormatException(null, "", "encoding", "not a valid encoding of JSON text: " + message);
  }

  /**
   * Returns whether the parser stopped at bytes that are not UTF-8: a file saved in another
   * encoding, such as GBK or GB18030 from an editor on a Chinese Windows.
   */
  private static boolean isUndecodable(String message) {
    return message.startsWith("Invalid UTF-8");
  }

  /** Returns whether the parser stopped at a comment, which JSON does not have. */
  private static boolean isComment(String message) {
    return message.contains("maybe a (non-standard) comment");
  }

  /** The parser's message with the input it quotes masked: it may be personal data. */
  private static String masked(String message) {
    Matcher m = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String quoted = m.group(1);
      m.appendReplacement(sb, Matcher.quoteReplacement("'" + quoted.charAt(0) + "*".repeat(Math.min(quoted.length() - 1, 16)) + "'"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
