package io.github.jiceng.governance.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One JSON binding's streaming layer: readers with the SDK's limits, and writers in the SDK's
 * layout and escapes. {@link Documents}, {@link RecordCursor} and {@link RecordSink} read and
 * write files through it, so every binding reads and writes the same bytes with the same errors.
 */
public interface Syntax {

  /**
   * Returns a reader over a stream it does not close, with the limits of a whole document
   * ({@link Documents#MAX_DOCUMENT_LENGTH}) or of a record stream ({@link Documents#MAX_STREAM_LENGTH}).
   *
   * @throws io.github.jiceng.governance.json.GovernanceFormatException if the first bytes are in no
   *     encoding of JSON text
   */
  TokenReader reader(InputStream in, boolean recordStream) throws IOException;

  /** Returns a UTF-8 writer in the SDK's layout and escapes over a stream it does not close. */
  TokenWriter writer(OutputStream out) throws IOException;
}
