package io.github.mot.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Stops a read after a set number of bytes (of a stream) or characters (of a reader): the next read
 * beyond it throws {@link Exceeded}, which the CSV readers of every module turn into an error
 * report with the line they had reached. The returned streams are mutable and single-threaded;
 * closing them does not close the source. Not API.
 */
public final class LimitedInput {

  private LimitedInput() {}

  /** The input went past the limit. */
  public static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limit that was passed. */
    private final long limit;

    Exceeded(long limit) {
      super("the input is larger than the limit of " + limit);
      this.limit = limit;
    }

    /**
     * The limit that was passed.
     *
     * @return the limit, in bytes or characters
     */
    public long limit() {
      return limit;
    }
  }

  /**
   * Adds what a read returned to the count so far: nothing for a negative result (the end of the
   * input).
   *
   * @param count the units read before
   * @param read what the read returned: units read, or -1 at the end
   * @param max the most units that may be read
   * @return the new count
   * @throws Exceeded if the new count is above {@code max}
   */
  private static long counted(long count, long read, long max) throws Exceeded {
    long total = read > 0 ? count + read : count;
    if (total > max) {
      throw new Exceeded(max);
    }
    return total;
  }

  /**
   * A stream that throws {@link Exceeded} once more than {@code max} bytes have been read.
   *
   * @param in the source, not closed by the returned stream
   * @param max the most bytes that may be read
   * @return the limited stream
   */
  public static InputStream of(InputStream in, long max) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count = counted(count, 1, max);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count = counted(count, n, max);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long s = super.skip(n);
        count = counted(count, s, max);
        return s;
      }

      @Override
      public void close() {
        // the stream belongs to the caller
      }
    };
  }

  /**
   * A reader that throws {@link Exceeded} once more than {@code max} characters have been read, and
   * drops a leading byte-order mark (U+FEFF): before, a BOM in front of a quoted first column name
   * ({@code \uFEFF"respondent"}) made the name unreadable.
   *
   * @param in the source, not closed by the returned reader
   * @param max the most characters that may be read
   * @return the limited reader
   */
  public static Reader of(Reader in, long max) {
    return new Reader() {
      private long count;
      private boolean first = true;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        count = counted(count, n, max);
        if (n > 0) {
          if (first) {
            first = false;
            if (buf[off] == '\uFEFF') {
              System.arraycopy(buf, off + 1, buf, off, n - 1);
              n--;
              if (n == 0) {
                return read(buf, off, len);
              }
            }
          }
        }
        return n;
      }

      @Override
      public void close() {
        // the reader belongs to the caller
      }
    };
  }
}
