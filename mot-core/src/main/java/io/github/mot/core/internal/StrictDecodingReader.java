package io.github.mot.core.internal;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.RowError;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Locale;

/**
 * Decodes bytes in a given charset and fails, with the line number, on the first byte sequence that
 * is not valid in it: a {@link CharsetDecoder} with {@link CodingErrorAction#REPORT}, never a
 * silently replaced character. Counts lines as CSV readers do (CR LF, CR and LF each end a line).
 * A leading byte-order mark (U+FEFF after decoding) is dropped. The bad bytes become a {@link
 * DataFileException} with one {@link RowError}: the line, the bytes in hexadecimal and the
 * encoding. Every reader of the library decodes files and streams through it. Mutable,
 * single-threaded; does not close the stream. Not API.
 */
public final class StrictDecodingReader extends Reader {

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean endOfInput;
  private boolean done;
  private boolean first = true;
  private long line = 1;
  private boolean lastCr;

  /**
   * A reader of the stream's bytes in the charset.
   *
   * @param in the bytes, not closed by this reader
   * @param charset their encoding
   */
  public StrictDecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (done) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  private void fill() throws IOException {
    chars.clear();
    while (true) {
      CoderResult r = decoder.decode(bytes, chars, endOfInput);
      if (r.isError()) {
        throw error(r);
      }
      if (r.isOverflow()) {
        break;
      }
      // underflow: all bytes decoded that can be
      if (endOfInput) {
        CoderResult f = decoder.flush(chars);
        if (f.isError()) {
          throw error(f);
        }
        done = true;
        break;
      }
      if (chars.position() > 0) {
        break;
      }
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
    chars.flip();
    if (first && chars.hasRemaining()) {
      first = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
    countLines(chars, chars.position(), chars.limit());
  }

  private void countLines(CharBuffer cb, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = cb.get(i);
      if (c == '\n') {
        if (!lastCr) {
          line++;
        }
        lastCr = false;
      } else if (c == '\r') {
        line++;
        lastCr = true;
      } else {
        lastCr = false;
      }
    }
  }

  private DataFileException error(CoderResult r) {
    // lines of the characters decoded before the bad bytes in this chunk
    long saved = line;
    boolean savedCr = lastCr;
    countLines(chars, 0, chars.position());
    long at = line;
    line = saved;
    lastCr = savedCr;
    int length = Math.min(r.length(), bytes.remaining());
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes.get(bytes.position() + i)));
    }
    String what = r.isMalformed() ? "not valid " : "not mappable in ";
    return new DataFileException(List.of(new RowError(at, "", hex.toString(), "the bytes " + hex + " are " + what
        + charset.name() + ANOTHER_ENCODING + LIBRARY_HINT)));
  }

  /** What a decoding error's reason says after the bytes and the encoding. */
  private static final String ANOTHER_ENCODING = ": the file is in another encoding";

  /** The end of a decoding error's reason: how to choose the encoding in the library. */
  private static final String LIBRARY_HINT = " (choose it with withEncoding, e.g. GB18030, x-windows-949, windows-1252)";

  /**
   * Whether an error is this reader's: bytes not valid in the encoding.
   *
   * @param error an error of a read
   * @return true if it reports bytes that are not valid in the file's encoding
   */
  public static boolean isDecodingError(RowError error) {
    return error.reason().endsWith(ANOTHER_ENCODING + LIBRARY_HINT);
  }

  /**
   * A decoding error with another hint than the library's method, such as a command line's option;
   * any other error as it is.
   *
   * @param error an error of a read
   * @param hint the text after "the file is in another encoding", such as {@code " (give it with
   *     --encoding CHARSET)"}
   * @return the error with the hint
   */
  public static RowError withHint(RowError error, String hint) {
    if (!isDecodingError(error)) {
      return error;
    }
    String r = error.reason();
    return new RowError(error.line(), error.column(), error.value(),
        r.substring(0, r.length() - LIBRARY_HINT.length()) + hint);
  }

  @Override
  public void close() {
    // the stream belongs to the caller
  }
}
