package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

/**
 * How every error message of the SDK quotes input (引文截断): whole when short, else its start and
 * its length, so that a huge input can never make a huge message.
 *
 * <p>This is the one shortening rule of the model, the JSON module and the command line. A quote
 * is at most {@value #SHOWN} characters of the input followed by {@code "... (N characters)"},
 * so no quote is longer than {@value #LONGEST} characters whatever the input. Personal values go
 * through {@link #masked}, which never shows more than the {@link Masking} rules do.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>call</th><th>result</th></tr>
 *   <tr><td>{@code of("g-001")}</td><td>{@code g-001}</td></tr>
 *   <tr><td>{@code of("x".repeat(5_000_000))}</td><td>64 {@code x}, then {@code ... (5000000 characters)}</td></tr>
 *   <tr><td>{@code masked("150622199001010011", 1, 2)}</td><td>{@code 1***************11}</td></tr>
 * </table>
 */
public final class Excerpts {

  /** The most characters of an input a message quotes. */
  public static final int SHOWN = 64;

  /** The longest quote {@link #of} and {@link #masked} return, in characters. */
  public static final int LONGEST = SHOWN + 32;

  private Excerpts() {}

  /**
   * Returns the text as a message quotes it: unchanged up to {@value #SHOWN} characters, else its
   * first {@value #SHOWN} characters (one fewer if that would split a surrogate pair), then
   * {@code "... (N characters)"} with the whole length.
   *
   * @param text the input text, of any length
   * @return the quote, at most {@value #LONGEST} characters
   */
  public static String of(CharSequence text) {
    requireNonNull(text, "text");
    int length = text.length();
    if (length <= SHOWN) {
      return text.toString();
    }
    int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return text.subSequence(0, end) + tail(length);
  }

  /**
   * Returns a personal value (an identity number, a mobile number, a name) as a message quotes
   * it: masked as {@link Masking#keep} does, keeping {@code head} leading and {@code tail}
   * trailing code points, when it is at most {@value #SHOWN} characters; else only the
   * {@code head} leading code points, stars up to {@value #SHOWN} characters and
   * {@code "... (N characters)"}. The masked form of a huge value is never built whole.
   *
   * @param text the raw value, of any length
   * @param head code points kept at the start; from 0 to 16
   * @param tail code points kept at the end of a short value; from 0 to 16
   * @return the masked quote, at most {@value #LONGEST} characters
   * @throws DomainValidationException (rule {@code range}) if {@code head} or {@code tail} is out
   *     of range
   */
  public static String masked(CharSequence text, int head, int tail) {
    requireNonNull(text, "text");
    DomainChecks.inRange("Excerpts.masked", "head", head, 0, 16);
    DomainChecks.inRange("Excerpts.masked", "tail", tail, 0, 16);
    int length = text.length();
    if (length <= SHOWN) {
      return Masking.keep(text, head, tail);
    }
    StringBuilder out = new StringBuilder(LONGEST);
    int i = 0;
    for (int kept = 0; kept < head; kept++) {
      int cp = Character.codePointAt(text, i);
      out.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    while (out.length() < SHOWN) {
      out.append('*');
    }
    return out.append(tail(length)).toString();
  }

  private static String tail(int length) {
    return "... (" + length + " characters)";
  }
}
