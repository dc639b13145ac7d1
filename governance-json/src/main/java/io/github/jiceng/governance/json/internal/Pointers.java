package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.shared.Masking;
import java.util.regex.Pattern;

/**
 * JSON Pointer (RFC 6901) pieces, and the masking of names that look like personal data: a
 * property name or a pointer segment may be an identity number or a mobile number typed where a
 * name belongs, and is then shown masked like such a value would be.
 */
public final class Pointers {

  /** What an identity number looks like: 18 characters of the 1999 edition or 15 digits of 1989. */
  private static final Pattern IDENTITY_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]|[0-9]{15}");

  /** What a mobile number looks like, optionally after {@code +86} or {@code 86}. */
  private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1[3-9][0-9]{9}");

  private Pointers() {}

  /** Escapes a property name or index as one pointer segment, with its leading {@code /}. */
  public static String segment(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the name masked as the personal value it looks like: an identity number keeps its
   * first character and last two ({@code 1***************11}), a mobile number its first three
   * and last four digits; any other name is returned unchanged.
   *
   * @param name a property name or an unescaped pointer segment
   * @return the name, masked when it looks like personal data
   */
  public static String masked(String name) {
    if (name.length() < 11 || name.length() > 18) {
      return name;
    }
    if (IDENTITY_NUMBER.matcher(name).matches()) {
      return Masking.idNumber(name);
    }
    if (MOBILE.matcher(name).matches()) {
      return Masking.mobile(name);
    }
    return name;
  }

  /**
   * Returns the pointer with every segment that looks like personal data masked by
   * {@link #masked}; a segment is masked as it is written, escapes and all.
   *
   * @param pointer a JSON Pointer, {@code ""} for the whole document
   * @return the pointer as a message may show it
   */
  public static String maskedPointer(String pointer) {
    if (pointer.length() < 12) {
      return pointer;
    }
    StringBuilder out = null;
    int start = 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      String segment = pointer.substring(start, end);
      String masked = masked(segment);
      if (!masked.equals(segment)) {
        if (out == null) {
          out = new StringBuilder(pointer);
        }
        out.replace(start, end, masked);
      }
      start = end + 1;
    }
    return out == null ? pointer : out.toString();
  }
}
