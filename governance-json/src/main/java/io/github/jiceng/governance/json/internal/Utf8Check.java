package io.github.jiceng.governance.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that the bytes of a document are well-formed UTF-8 (RFC 3629) as the parser reads them,
 * so that the SDK's strictness does not depend on the Jackson version: Jackson 2 before 2.23
 * accepts some malformed sequences, such as the overlong {@code C0 AF}, inside a property name.
 *
 * <p>The check defers its complaint to the parser's next read after the chunk that holds the first
 * malformed sequence: a parser that finds the bad bytes itself reports them at their JSON Pointer,
 * and one that does not still fails, at the latest when it reads on to the end. A sequence cut
 * short by the end of the input is left to the parser, which reports an incomplete document.
 */
public final class Utf8Check extends FilterInputStream {

  private long offset;
  private long malformedAt = -1;
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;

  /**
   * Wraps a stream.
   *
   * @param in the document's bytes
   */
  public Utf8Check(InputStream in) {
    super(in);
  }

  /** Returns whether every byte read so far belongs to a well-formed UTF-8 sequence. */
  public boolean clean() {
    return malformedAt < 0;
  }

  @Override
  public int read() throws IOException {
    complain();
    int b = super.read();
    if (b >= 0) {
      scan(b);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    complain();
    int n = super.read(b, off, len);
    for (int i = off; i < off + n && malformedAt < 0; i++) {
      scan(b[i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("Utf8Check does not skip: every byte is checked");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void complain() throws CharConversionException {
    if (malformedAt >= 0) {
      throw new CharConversionException("Invalid UTF-8 sequence at byte " + malformedAt
          + " (an overlong form, a surrogate, a value above U+10FFFF or a stray byte)");
    }
  }

  /** Advances the decoder by one byte (the table of RFC 3629, section 4). */
  private void scan(int b) {
    long at = offset++;
    if (pending > 0) {
      if (b < low || b > high) {
        malformedAt = at;
        return;
      }
      pending--;
      low = 0x80;
      high = 0xBF;
      return;
    }
    if (b < 0x80) {
      return;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b == 0xE0) {
      pending = 2;
      low = 0xA0;
    } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
      pending = 2;
    } else if (b == 0xED) {
      pending = 2;
      high = 0x9F;
    } else if (b == 0xF0) {
      pending = 3;
      low = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      pending = 3;
    } else if (b == 0xF4) {
      pending = 3;
      high = 0x8F;
    } else {
      malformedAt = at;
    }
  }
}
